package org.commonplan.api;

/**
 * Where a schedule job is: waiting for a solver, being solved, finished (solved or stopped while solving),
 * cancelled (stopped while it waited, so never solved and without a schedule) or failed.
 */
public enum JobStatus {
    QUEUED,
    SOLVING,
    DONE,
    CANCELLED,
    FAILED;

    /** Queued or solving: the job holds a place among the bounded active jobs. */
    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }
}
