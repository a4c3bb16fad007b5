-- Schedule jobs of the HTTP service: written in SQL that H2 (the default, in a file) and PostgreSQL both run.
-- Times are epoch milliseconds (UTC), so that both databases and every instance read them alike.

CREATE TABLE schedule_job (
    id              VARCHAR(64)      NOT NULL PRIMARY KEY,
    name            VARCHAR(10000)   NOT NULL,
    based_on        VARCHAR(64),
    status          VARCHAR(16)      NOT NULL,
    created_ms      BIGINT           NOT NULL,
    updated_ms      BIGINT           NOT NULL,
    started_ms      BIGINT,
    finished_ms     BIGINT,
    time_limit_ms   BIGINT           NOT NULL,
    stop_when       VARCHAR(16)      NOT NULL,
    stopped_early   BOOLEAN          NOT NULL,
    error           VARCHAR(100000),
    -- Solving time spent in earlier runs of the service, so that a job continued after a restart solves only the rest.
    solved_ms       BIGINT           NOT NULL,
    score           VARCHAR(200),
    -- The upload as the reader took it: JSON (bundle_form json) or a zip of the bundle's files (zip).
    bundle_form     VARCHAR(8)       NOT NULL,
    bundle_name     VARCHAR(10000)   NOT NULL,
    bundle          BYTEA            NOT NULL,
    -- A re-solve's start: the schedule it copied (master_schedule.csv, team_meetings.csv) and what it pinned there.
    start_lessons   BYTEA,
    start_meetings  BYTEA,
    pinned_lessons  VARCHAR(1000000),
    pinned_meetings VARCHAR(1000000),
    -- The best schedule so far, as master_schedule.csv and team_meetings.csv, saved every few seconds while solving.
    best_lessons    BYTEA,
    best_meetings   BYTEA,
    -- report.json of the final schedule.
    report          BYTEA
);

CREATE INDEX schedule_job_created ON schedule_job (created_ms);
CREATE INDEX schedule_job_status ON schedule_job (status);

-- What each job's event stream told its subscribers (status, best-score, done), in order.
CREATE TABLE schedule_job_event (
    job_id   VARCHAR(64)    NOT NULL REFERENCES schedule_job (id) ON DELETE CASCADE,
    seq      BIGINT         NOT NULL,
    at_ms    BIGINT         NOT NULL,
    name     VARCHAR(32)    NOT NULL,
    data     VARCHAR(10000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);
