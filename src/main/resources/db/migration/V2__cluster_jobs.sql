-- A cluster of instances on one PostgreSQL (commonplan.cluster.enabled): a stop asked on any instance, which the
-- solving instance polls, and the instances that took the job up, one name per run (a second after a takeover).
ALTER TABLE schedule_job ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE schedule_job ADD COLUMN solved_by VARCHAR(10000);

-- db-scheduler's table (its PostgreSQL schema, in types H2 reads too): one row per job waiting or solving, picked by
-- one instance at a time, whose heartbeat tells the others it still solves.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(200)             NOT NULL,
    task_instance        VARCHAR(200)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(200),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
