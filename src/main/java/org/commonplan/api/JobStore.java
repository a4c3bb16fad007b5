package org.commonplan.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where the service keeps its jobs so that a restart loses none: each job's input, status, best schedule so far,
 * final report and events. {@link JdbcJobStore} keeps them in SQL (an H2 file by default, or PostgreSQL).
 */
interface JobStore {

    /**
     * A job as stored.
     *
     * @param solved       solving time spent by earlier runs of the service, up to the last saved best schedule
     * @param start        a re-solve's starting schedule, or null
     * @param previous     the earlier schedule a re-solve keeps close to (rule moved-from-previous), or null
     * @param pinnedLessons  lesson ids a re-solve pinned beyond the bundle's own locks
     * @param pinnedMeetings meeting ids a re-solve pinned beyond the bundle's own locks
     * @param best         the best schedule saved, or null before the first
     */
    record StoredJob(String id, String name, String basedOn, JobStatus status, Instant createdAt, Instant updatedAt,
            Instant startedAt, Instant finishedAt, Duration timeLimit, StopWhen stopWhen, boolean stoppedEarly,
            String error, Duration solved, StoredBundle bundle, SavedSchedule start, SavedSchedule previous,
            Set<String> pinnedLessons, Set<String> pinnedMeetings, SavedSchedule best) {
    }

    void insert(StoredJob job);

    void started(String id, Instant startedAt);

    /** Saves the best schedule so far of a job still solving, with its score and the solving time spent. */
    void saveBest(String id, SavedSchedule best, String score, Duration solved, Instant now);

    /**
     * Saves how a job ended (its status, times, stop and error as the job has them), with its final schedule (null
     * keeps the saved one) and report.json (or null).
     */
    void finish(ScheduleJob.State ended, SavedSchedule best, String score, Duration solved, byte[] report);

    /** Appends an event the job's stream sent. */
    void event(String id, String name, String data, Instant at);

    /** An event a job's stream sent, numbered in order from 1. */
    record StoredEvent(long seq, String name, String data) {
    }

    /** The job's events numbered after {@code after}, in order. */
    List<StoredEvent> events(String id, long after);

    /** The number of the job's last event, 0 when it has none. */
    long lastEvent(String id);

    /** The job's status, or null when there is no such job. */
    JobStatus status(String id);

    void delete(String id);

    /** The upload of a stored job, or null when there is no such job. */
    StoredBundle bundle(String id);

    /** Every stored job, oldest first. */
    List<StoredJob> all();

    /** One stored job, or null when there is none. */
    StoredJob one(String id);

    /** Asks the instance solving a job to stop it (a cluster's instances poll the flag). */
    void requestStop(String id);

    boolean stopRequested(String id);

    /** Cancels a job no instance has taken yet; false when it is not queued any more. */
    boolean cancelQueued(String id, Instant now);

    /** Notes that an instance of a cluster takes the job up. */
    void takenBy(String id, String instance);

    /** The instances that took a job up, in order; empty outside a cluster. */
    List<String> takenBy(String id);

    /** How many jobs have this status, on every instance. */
    long count(JobStatus status);

    /** Deletes finished jobs that ended before {@code cutoff}, then all but the {@code kept} last to end. */
    void deleteFinished(Instant cutoff, int kept);
}
