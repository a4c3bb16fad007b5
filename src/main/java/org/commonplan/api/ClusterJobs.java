package org.commonplan.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The jobs of a cluster of instances on one PostgreSQL, through db-scheduler: each job is a one-time task in its
 * table, taken by one instance at a time (at most {@code max-concurrent-solves} each); an instance that stops
 * sending heartbeats has its job revived and taken by another, which continues from the saved best schedule.
 */
@Component
@ConditionalOnProperty(name = "commonplan.cluster.enabled", havingValue = "true")
class ClusterJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);
    static final String TASK = "solve-schedule";

    private final DataSource dataSource;
    private final ApiProperties properties;
    private final Duration pollingInterval;
    private final Duration heartbeat;
    private final int missedHeartbeats;
    private final Duration stopPoll;
    private final String instance;
    private volatile Scheduler scheduler;
    private volatile OneTimeTask<Void> task;

    ClusterJobs(DataSource dataSource, ApiProperties properties,
            @Value("${commonplan.cluster.polling-interval:5s}") Duration pollingInterval,
            @Value("${commonplan.cluster.heartbeat:30s}") Duration heartbeat,
            @Value("${commonplan.cluster.missed-heartbeats:4}") int missedHeartbeats,
            @Value("${commonplan.cluster.stop-poll:1s}") Duration stopPoll,
            @Value("${commonplan.cluster.instance-name:}") String instance) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.pollingInterval = pollingInterval;
        this.heartbeat = heartbeat;
        this.missedHeartbeats = missedHeartbeats;
        this.stopPoll = stopPoll;
        this.instance = instance.isBlank() ? defaultName() : instance.strip();
    }

    /** The host and process: unique among instances, also several on one machine. */
    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    String instance() {
        return instance;
    }

    /** How often the instance solving a job looks for a stop asked on another instance. */
    Duration stopPoll() {
        return stopPoll;
    }

    /**
     * Starts taking jobs: {@code solve} runs each on one of the scheduler's threads and returns when the job has
     * ended here; it throws when the job must be taken again (this instance is shutting down).
     */
    void start(Consumer<String> solve) {
        task = Tasks.oneTime(TASK, Void.class)
                // A job given back by a shutting-down instance is taken again a second later, by whichever instance
                // polls then (the one shutting down gives it back again until its scheduler stops).
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(1)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> solve.accept(instance.getId()));
        scheduler = Scheduler.create(dataSource, task)
                .threads(properties.maxConcurrentSolves())
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .schedulerName(new SchedulerName.Fixed(instance))
                .enableImmediateExecution()
                .build();
        scheduler.start();
        LOG.info("Instance {} takes jobs from the cluster: {} at once, heartbeat {}, taken over after {} missed",
                instance, properties.maxConcurrentSolves(), heartbeat, missedHeartbeats);
    }

    /** Queues a stored job for the cluster. */
    void schedule(String id) {
        scheduler.schedule(task.instance(id), Instant.now());
    }

    /** Stops taking jobs; solves running here were already ended and given back by the service's shutdown. */
    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
