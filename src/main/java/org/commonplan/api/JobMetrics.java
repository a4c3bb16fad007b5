package org.commonplan.api;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The job service's figures for Micrometer (scraped at {@code /actuator/prometheus}): jobs waiting, solves running
 * on this instance, and how long finished jobs solved, by how they ended.
 */
final class JobMetrics {

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry, Supplier<Long> queued, Supplier<Long> solving) {
        this.registry = registry;
        Gauge.builder("commonplan.jobs.queued", () -> queued.get())
                .description("Jobs waiting for a solver").register(registry);
        Gauge.builder("commonplan.jobs.solving", () -> solving.get())
                .description("Solves running on this instance").register(registry);
    }

    /** Records a finished job's solving time under its final status. */
    void ended(JobStatus status, Duration solved) {
        Timer.builder("commonplan.jobs.solve.duration").description("Solving time of finished jobs")
                .tag("status", status.name()).register(registry).record(solved);
    }
}
