package org.commonplan.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.TimeLimits;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.School;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.http.HttpStatus;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Schedule jobs around one SolverManager: at most {@code max-concurrent-solves} solve at once, at most
 * {@code queue-capacity} wait (beyond that a submit is refused with 429), and finished jobs are kept for a
 * bounded count and age, the oldest evicted first.
 */
@Service
public class ScheduleJobService {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleJobService.class);

    private final SolverManager<School, String> solverManager;
    private final ApiProperties properties;
    private final Map<String, ScheduleJob> jobs = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    public ScheduleJobService(SolverManager<School, String> solverManager, ApiProperties properties) {
        this.solverManager = solverManager;
        this.properties = properties;
    }

    /**
     * Queues a solve of {@code school}, for the client's time limit or else the school's {@code time_limit}, cut
     * to the configured maximum.
     *
     * @param timeLimit the client's time limit (e.g. {@code 30s}), or null
     * @throws ApiException 400 for a time limit that is not one, 429 when the queue is full
     */
    public ScheduleJob submit(School school, String name, String timeLimit, StopWhen stopWhen) {
        Duration requested = parseTimeLimit(timeLimit);
        return start(school, name, requested != null ? requested : school.getSettings().timeLimit(), stopWhen, null);
    }

    /**
     * Queues a solve of a changed school that starts from the best schedule of the finished job {@code previous},
     * as {@code solve --previous} does, with the earlier placements {@code lock} names pinned (as {@code --lock}).
     *
     * @throws ApiException 400 for a lock without a previous job or one that is not one, 404 for an unknown job,
     *                      409 for a job that is not finished or has no schedule
     */
    public ScheduleJob submit(School school, String name, String timeLimit, StopWhen stopWhen, String previous,
            String lock) throws BundleException {
        if (previous == null || previous.isBlank()) {
            if (lock != null && !lock.isBlank()) {
                throw ApiException.badRequest("lock keeps placements of an earlier schedule: give its job with "
                        + "previous=ID.");
            }
            return submit(school, name, timeLimit, stopWhen);
        }
        Duration requested = parseTimeLimit(timeLimit);
        PreviousSchedule.Lock locks = PreviousJob.lock(lock, school);
        ScheduleJob source = jobs.get(previous.strip());
        if (source == null) {
            throw ApiException.notFound("previous=" + previous.strip() + ": there is no schedule job with that id; it"
                    + " may have been removed after the retention time.");
        }
        PreviousSchedule.Start start = PreviousJob.startFrom(school, source, locks);
        LOG.info("Starting from job {}: {} lessons and {} meetings where they were, {} locked", source.id(),
                start.lessonsKept(), start.meetingsKept(), start.locked());
        return start(school, name, requested != null ? requested : school.getSettings().timeLimit(), stopWhen,
                source.id());
    }

    private synchronized ScheduleJob start(School school, String name, Duration requested, StopWhen stopWhen,
            String basedOn) {
        Duration limit = requested.compareTo(properties.maxTimeLimit()) > 0 ? properties.maxTimeLimit() : requested;
        if (shuttingDown) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Shutting down", "The service is shutting "
                    + "down and takes no new jobs.", null);
        }
        evictFinished();
        long active = jobs.values().stream().filter(ScheduleJob::isActive).count();
        if (active >= properties.maxActiveJobs()) {
            throw ApiException.tooManyRequests(String.format("The service is at its limit of %d solving and %d "
                    + "waiting schedules (commonplan.api.max-concurrent-solves, commonplan.api.queue-capacity); "
                    + "try again later.", properties.maxConcurrentSolves(), properties.queueCapacity()),
                    retryAfter());
        }
        String jobName = name == null || name.isBlank() ? school.getName() : name.strip();
        ScheduleJob job = new ScheduleJob(UUID.randomUUID().toString(), jobName, basedOn, Instant.now(), limit,
                stopWhen, school);
        jobs.put(job.id(), job);
        // Its time limit also picks the solver built for that limit (SolverFactoryPerTimeLimit).
        TerminationConfig termination = stopWhen.applyTo(new TerminationConfig().withSpentLimit(limit));
        try {
            SolverJob<School, String> solverJob = solverManager.<School, String>solveBuilder()
                    .withProblemId(job.id())
                    .withProblem(school)
                    .withConfigOverride(new SolverConfigOverride<School>().withTerminationConfig(termination))
                    .withSolverJobStartedEventConsumer(event -> job.started(Instant.now()))
                    .withBestSolutionEventConsumer(event -> onNewBest(job, event.solution()))
                    .withFinalBestSolutionEventConsumer(event -> onFinished(job, event.solution()))
                    .withExceptionHandler((id, error) -> onFailed(job, error))
                    .run();
            job.attach(solverJob);
        } catch (RuntimeException e) {
            // A job the solver never took must not hold a place in the queue.
            jobs.remove(job.id());
            throw e;
        }
        LOG.info("Job {} ({}) queued with a time limit of {}", job.id(), jobName, limit);
        return job;
    }

    /** Re-solves a finished job's schedule with more lessons and meetings pinned or locked, as a new job. */
    public ScheduleJob resolve(String id, ResolveRequest request) throws BundleException {
        ScheduleJob job = get(id);
        ScheduleJob.State source = job.state();
        if (source.status().isActive()) {
            throw ApiException.conflict("Job " + id + " is still " + source.status() + "; stop it (DELETE) or wait "
                    + "until it is DONE before re-solving.");
        }
        if (source.best() == null) {
            throw noSchedule(source);
        }
        School copy = PinnedCopy.of(source.best(), request);
        // The rest stays near where it was and what moves is listed, as in a solve from a previous schedule.
        PreviousJob.startFrom(copy, job, PreviousJob.lock(request.lock(), copy));
        Duration requested = parseTimeLimit(request.timeLimit());
        StopWhen stopWhen = request.stopWhen() != null ? StopWhen.parse(request.stopWhen()) : source.stopWhen();
        return start(copy, source.name(), requested != null ? requested : source.timeLimit(), stopWhen, id);
    }

    /** 409 for a job without a schedule, saying why it has none: not yet, never (cancelled), or not any more. */
    static ApiException noSchedule(ScheduleJob.State job) {
        String id = job.id();
        return ApiException.conflict(switch (job.status()) {
            case QUEUED, SOLVING -> "Job " + id + " has no schedule yet (status " + job.status() + "); poll GET "
                    + "/api/v1/schedules/" + id + " until it has a score.";
            case CANCELLED -> "Job " + id + " was cancelled while it waited for a solver: it was never solved and "
                    + "has no schedule. Submit the school again to solve it.";
            case FAILED -> "Job " + id + " failed before the solver had a schedule: " + job.error();
            case DONE -> "Job " + id + " ended before the solver had its first schedule"
                    + (job.stoppedEarly() ? " (it was stopped)" : "") + "; submit the school again to solve it.";
        });
    }

    public ScheduleJob get(String id) {
        ScheduleJob job = jobs.get(id);
        if (job == null) {
            throw ApiException.jobNotFound(id);
        }
        return job;
    }

    /** One page of jobs, newest first. */
    public JobViews.Page list(int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw ApiException.badRequest("page must be 0 or more and size from 1 to 100.");
        }
        evictFinished();
        Instant now = Instant.now();
        List<ScheduleJob.State> all = jobs.values().stream().map(ScheduleJob::state)
                .sorted(Comparator.comparing(ScheduleJob.State::createdAt).reversed()
                        .thenComparing(ScheduleJob.State::id))
                .toList();
        List<JobViews.Summary> items = all.stream().skip((long) page * size).limit(size)
                .map(state -> JobViews.Summary.of(state, now)).toList();
        return new JobViews.Page(items, page, size, all.size(), (all.size() + size - 1) / size);
    }

    /**
     * Stops a queued or solving job and returns once the solver has really stopped, with its final best schedule
     * kept. A finished job is left as it is.
     */
    public ScheduleJob stop(String id) {
        return stop(get(id));
    }

    private ScheduleJob stop(ScheduleJob job) {
        SolverJob<School, String> solverJob = job.solverJob();
        if (solverJob == null || !job.requestStop()) {
            return job;
        }
        solverJob.terminateEarly();
        try {
            School finalBest = solverJob.getFinalBestSolution();
            if (finalBest == job.state().problem()) {
                // Timefold hands back the submitted problem itself for a job it never started: nothing was solved.
                onCancelled(job);
            } else {
                onFinished(job, finalBest);
            }
        } catch (ExecutionException e) {
            onFailed(job, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for job " + job.id() + " to stop", e);
        }
        return job;
    }

    /** Stops a job if it runs, then forgets it. */
    public void discard(String id) {
        stop(id);
        jobs.remove(id);
    }

    /**
     * Opens a server-sent-event stream for a job: a {@code status} event at once, a {@code best-score} event at
     * each new best schedule, and a {@code done} event when the job ends, after which the stream closes.
     */
    public SseEmitter subscribe(String id) {
        ScheduleJob job = get(id);
        SseEmitter emitter = new SseEmitter(properties.eventTimeout().toMillis());
        emitter.onTimeout(emitter::complete);
        emitter.onCompletion(() -> job.unsubscribe(emitter));
        emitter.onError(error -> job.unsubscribe(emitter));
        job.subscribe(emitter, properties.maxEventSubscribers());
        return emitter;
    }

    /** A comment on every open stream, at {@code commonplan.api.event-heartbeat}, so that idle clients wait on. */
    @Scheduled(fixedDelayString = "${commonplan.api.event-heartbeat:15s}",
            initialDelayString = "${commonplan.api.event-heartbeat:15s}")
    public void sendHeartbeats() {
        for (ScheduleJob job : jobs.values()) {
            job.heartbeat();
        }
    }

    private void onNewBest(ScheduleJob job, School solution) {
        job.newBest(solution, Instant.now());
    }

    private void onFinished(ScheduleJob job, School finalBest) {
        if (job.finish(finalBest, Instant.now())) {
            ScheduleJob.State state = job.state();
            LOG.info("Job {} done: score {}", job.id(), state.best() == null ? "none" : state.best().getScore());
        }
    }

    private void onCancelled(ScheduleJob job) {
        if (job.cancel(Instant.now())) {
            LOG.info("Job {} cancelled before it started", job.id());
        }
    }

    private void onFailed(ScheduleJob job, Throwable error) {
        if (shuttingDown) {
            LOG.info("Job {} ended by the service's shutdown", job.id());
        } else {
            LOG.error("Job {} failed", job.id(), error);
        }
        job.fail("The solver failed: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()), Instant.now());
    }

    /** Drops finished jobs past the retention age, then the oldest beyond the retained count. */
    @Scheduled(fixedDelayString = "${commonplan.api.eviction-interval:60s}")
    public synchronized void evictFinished() {
        Instant cutoff = Instant.now().minus(properties.finishedJobMaxAge());
        List<ScheduleJob> finished = jobs.values().stream().filter(job -> job.finishedAt() != null)
                .sorted(Comparator.comparing(ScheduleJob::finishedAt)).toList();
        int surplus = finished.size() - properties.maxFinishedJobs();
        for (ScheduleJob job : finished) {
            if (surplus > 0 || job.finishedAt().isBefore(cutoff)) {
                jobs.remove(job.id());
                surplus--;
            }
        }
    }

    /** A client's time limit such as {@code 30s}, or null when none is given. */
    private Duration parseTimeLimit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Duration limit;
        try {
            limit = TimeLimits.parse(text);
        } catch (ArithmeticException | NumberFormatException e) {
            // Digits beyond what a duration can hold: the client's mistake, not the service's.
            throw ApiException.badRequest("timeLimit \"" + text + "\" is too large a number to be a duration; ask "
                    + "for at most " + shortForm(properties.maxTimeLimit())
                    + " (commonplan.api.max-time-limit).");
        }
        if (limit == null) {
            throw ApiException.badRequest("timeLimit \"" + text + "\" is not a duration such as 30s, 2m or PT30S.");
        }
        if (limit.compareTo(properties.minTimeLimit()) < 0) {
            throw ApiException.badRequest("timeLimit \"" + text + "\" is shorter than the shortest solve, "
                    + shortForm(properties.minTimeLimit()) + " (commonplan.api.min-time-limit): a shorter one ends "
                    + "before every lesson has a place.");
        }
        return limit;
    }

    /** A duration as a client writes it: {@code 10m}, {@code 90s}, {@code 500ms}. */
    static String shortForm(Duration duration) {
        if (duration.toMillisPart() != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    /** The soonest a running solve ends, at least a second. */
    private Duration retryAfter() {
        Instant now = Instant.now();
        return jobs.values().stream().map(ScheduleJob::state)
                .filter(state -> state.status() == JobStatus.SOLVING && state.startedAt() != null)
                .map(state -> state.timeLimit().minus(state.elapsed(now)))
                .min(Comparator.naturalOrder())
                .filter(remaining -> remaining.toSeconds() >= 1)
                .orElse(Duration.ofSeconds(1));
    }

    /**
     * On shutdown: stops every job as DELETE does (jobs are in memory only, so they end with the service), the
     * waiting ones first so that none starts, then the solving ones. Each open event stream gets its job's
     * {@code done} event and closes, before a graceful shutdown waits for open requests.
     */
    @EventListener(ContextClosedEvent.class)
    void shutDown() {
        shuttingDown = true;
        List<ScheduleJob> active = jobs.values().stream().filter(ScheduleJob::isActive)
                .sorted(Comparator.comparing(job -> job.state().status() != JobStatus.QUEUED)).toList();
        for (ScheduleJob job : active) {
            stop(job);
        }
    }
}
