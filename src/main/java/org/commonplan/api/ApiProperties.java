package org.commonplan.api;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's limits, set under {@code commonplan.api.*} (see application.properties for what each one does).
 *
 * @param maxConcurrentSolves solves that run at once; each takes one CPU core
 * @param queueCapacity       accepted jobs that may wait for a free solver; beyond it a submit answers 429
 * @param maxTimeLimit        the longest solve a client may ask for; longer requests are cut to it
 * @param minTimeLimit        the shortest solve a client may ask for; a shorter request is refused with 400, since
 *                            construction is cut short below it (the command line's minimum, 1s, by default)
 * @param maxUploadSize       the largest request body (JSON, zip or all multipart files together)
 * @param maxUnzippedSize     the most bytes a zip may inflate to
 * @param maxZipEntries       the most entries a zip may hold
 * @param maxFinishedJobs     finished jobs kept; the oldest go first
 * @param finishedJobMaxAge   how long a finished job is kept
 * @param datasetsDir         folder of the bundled datasets offered under /api/v1/datasets
 * @param eventTimeout        how long a server-sent-events stream stays open
 * @param maxEventSubscribers open event streams per job
 * @param eventHeartbeat      how often an open event stream gets a comment line, so that clients and proxies
 *                            waiting on a quiet job (queued, or between best scores) do not time out
 * @param token               the API token clients must send (Authorization: Bearer TOKEN), or blank for none;
 *                            needed when the service listens on more than loopback
 * @param allowUnauthenticated start without a token even when listening on more than loopback
 */
@ConfigurationProperties("commonplan.api")
public record ApiProperties(
        @DefaultValue("1") int maxConcurrentSolves,
        @DefaultValue("10") int queueCapacity,
        @DefaultValue("10m") Duration maxTimeLimit,
        @DefaultValue("1s") Duration minTimeLimit,
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue("50MB") DataSize maxUnzippedSize,
        @DefaultValue("1000") int maxZipEntries,
        @DefaultValue("100") int maxFinishedJobs,
        @DefaultValue("24h") Duration finishedJobMaxAge,
        @DefaultValue("datasets") Path datasetsDir,
        @DefaultValue("30m") Duration eventTimeout,
        @DefaultValue("16") int maxEventSubscribers,
        @DefaultValue("15s") Duration eventHeartbeat,
        String token,
        @DefaultValue("false") boolean allowUnauthenticated) {

    public ApiProperties {
        if (maxConcurrentSolves < 1) {
            throw new IllegalArgumentException("commonplan.api.max-concurrent-solves must be at least 1");
        }
        if (queueCapacity < 0 || maxFinishedJobs < 0 || maxZipEntries < 1 || maxEventSubscribers < 0) {
            throw new IllegalArgumentException("commonplan.api limits must not be negative");
        }
        if (eventHeartbeat.isNegative() || eventHeartbeat.isZero()) {
            throw new IllegalArgumentException("commonplan.api.event-heartbeat must be positive");
        }
    }

    /** Jobs that may be queued or solving at once. */
    public int maxActiveJobs() {
        return maxConcurrentSolves + queueCapacity;
    }
}
