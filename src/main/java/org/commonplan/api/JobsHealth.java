package org.commonplan.api;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The job engine's part of {@code /actuator/health} (as {@code jobs}): up while it takes jobs, out of service once
 * it is shutting down; the database has its own part ({@code db}).
 */
@Component("jobs")
class JobsHealth implements HealthIndicator {

    private final ScheduleJobService jobs;

    JobsHealth(ScheduleJobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public Health health() {
        Health.Builder health = jobs.isShuttingDown() ? Health.outOfService() : Health.up();
        if (jobs.clusterInstance() != null) {
            // Queued counts the cluster's one queue; solving, this instance's solves.
            health.withDetail("clusterInstance", jobs.clusterInstance());
        }
        return health.withDetail("queued", jobs.count(JobStatus.QUEUED))
                .withDetail("solving", jobs.count(JobStatus.SOLVING)).build();
    }
}
