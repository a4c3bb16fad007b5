package org.commonplan.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;

import org.commonplan.bundle.BundleException;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.bundle.TimeLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.ScheduleSolver;
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
 * bounded count and age, the oldest evicted first. Every job is also kept in a {@link JobStore} (its input, status,
 * best schedule every {@code commonplan.jobs.save-interval}, report and events), so that a restart, even after
 * kill -9, lists every job again and continues the unfinished ones from their last saved best schedule.
 */
@Service
public class ScheduleJobService {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleJobService.class);

    private final SolverManager<School, String> solverManager;
    private final ApiProperties properties;
    private final JobStore store;
    private final BundleUploads uploads;
    private final ObjectMapper json;
    private final JobMetrics metrics;
    /** The cluster the jobs are shared with, or null on a single instance. */
    private final ClusterJobs cluster;
    /** In a cluster, the event streams of jobs solved on other instances. */
    private final StoredEventStreams storedStreams;
    private final Map<String, ScheduleJob> jobs = new ConcurrentHashMap<>();
    /** The best schedule last saved of each active job, so that an unchanged one is not saved again. */
    private final Map<String, School> savedBest = new ConcurrentHashMap<>();
    /** Jobs of a school not read from an upload: solved, but not stored (nothing to read them again from). */
    private final Set<String> unstored = ConcurrentHashMap.newKeySet();
    private volatile boolean shuttingDown;

    public ScheduleJobService(SolverManager<School, String> solverManager, ApiProperties properties, JobStore store,
            BundleUploads uploads, ObjectMapper json, MeterRegistry meters, Optional<ClusterJobs> cluster) {
        this.solverManager = solverManager;
        this.cluster = cluster.orElse(null);
        this.storedStreams = this.cluster == null ? null : new StoredEventStreams(store);
        this.properties = properties;
        this.store = store;
        this.uploads = uploads;
        this.json = json;
        this.metrics = new JobMetrics(meters, () -> count(JobStatus.QUEUED), () -> count(JobStatus.SOLVING));
    }

    /** Jobs of this instance in one status; in a cluster, the queued ones are the cluster's one queue. */
    long count(JobStatus status) {
        if (cluster != null && status == JobStatus.QUEUED) {
            return store.count(status);
        }
        return jobs.values().stream().filter(job -> job.state().status() == status).count();
    }

    /** This instance's name in its cluster, or null when it is not in one. */
    String clusterInstance() {
        return cluster == null ? null : cluster.instance();
    }

    boolean isShuttingDown() {
        return shuttingDown;
    }

    /**
     * What a job is stored with to be read again: the upload, and for a re-solve the schedule it starts from and
     * what it pins there beyond the bundle's own locks.
     */
    private record Input(StoredBundle bundle, SavedSchedule start, SavedSchedule previous, Set<String> pinnedLessons,
            Set<String> pinnedMeetings) {

        /** The school of a stored job, as it was submitted: a re-solve's still close to its earlier schedule. */
        static School read(JobStore.StoredJob stored) throws BundleException, java.io.IOException {
            School school = stored.bundle().read();
            if (stored.previous() != null) {
                stored.previous().startAsPrevious(school);
            }
            if (stored.start() != null) {
                stored.start().placeInto(school);
            }
            for (Lesson lesson : school.getLessons()) {
                if (stored.pinnedLessons().contains(lesson.getId())) {
                    lesson.setPinned(true);
                }
            }
            for (TeamMeeting meeting : school.getMeetings()) {
                if (stored.pinnedMeetings().contains(meeting.getId())) {
                    meeting.setPinned(true);
                }
            }
            return school;
        }
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
        Input input = new Input(uploads.takeSourceOf(school), null, null, Set.of(), Set.of());
        return start(school, name, requested != null ? requested : school.getSettings().timeLimit(), stopWhen, null,
                input);
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
                source.id(), startedInput(uploads.takeSourceOf(school), school, PreviousJob.scheduleOf(source)));
    }

    private synchronized ScheduleJob start(School school, String name, Duration requested, StopWhen stopWhen,
            String basedOn, Input input) {
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
        if (cluster != null && input.bundle() != null
                && store.count(JobStatus.QUEUED) >= properties.queueCapacity()) {
            throw ApiException.tooManyRequests(String.format("The cluster has %d schedules waiting, its limit "
                    + "(commonplan.api.queue-capacity); try again later.", properties.queueCapacity()), retryAfter());
        }
        String jobName = name == null || name.isBlank() ? school.getName() : name.strip();
        ScheduleJob job = new ScheduleJob(UUID.randomUUID().toString(), jobName, basedOn, now(), limit,
                stopWhen, school);
        if (input.bundle() == null) {
            LOG.warn("Job {} ({}) was not uploaded and is kept in memory only", job.id(), jobName);
            unstored.add(job.id());
        } else {
            store.insert(new JobStore.StoredJob(job.id(), jobName, basedOn, JobStatus.QUEUED, job.state().createdAt(),
                    job.state().createdAt(), null, null, limit, stopWhen, false, null, Duration.ZERO, input.bundle(),
                    input.start(), input.previous(), input.pinnedLessons(), input.pinnedMeetings(), null));
        }
        if (cluster != null && input.bundle() != null) {
            // Any instance of the cluster takes it; until one has, it is read from the store.
            cluster.schedule(job.id());
            record(job, ScheduleJob.EVENT_STATUS);
            LOG.info("Job {} ({}) queued in the cluster with a time limit of {}", job.id(), jobName, limit);
            return job;
        }
        jobs.put(job.id(), job);
        try {
            launch(job, school, limit);
        } catch (RuntimeException e) {
            // A job the solver never took must not hold a place in the queue.
            jobs.remove(job.id());
            forget(job.id());
            throw e;
        }
        record(job, ScheduleJob.EVENT_STATUS);
        LOG.info("Job {} ({}) queued with a time limit of {}", job.id(), jobName, limit);
        return job;
    }

    /** Hands a job's school to the solver, to solve for {@code limit} (or until the job's early stop). */
    private void launch(ScheduleJob job, School school, Duration limit) {
        // Its time limit also picks the solver built for that limit (SolverFactoryPerTimeLimit).
        TerminationConfig termination = job.state().stopWhen().applyTo(new TerminationConfig().withSpentLimit(limit));
        SolverJob<School, String> solverJob = solverManager.<School, String>solveBuilder()
                .withProblemId(job.id())
                .withProblem(school)
                .withConfigOverride(new SolverConfigOverride<School>().withTerminationConfig(termination))
                .withSolverJobStartedEventConsumer(event -> onStarted(job))
                .withBestSolutionEventConsumer(event -> onNewBest(job,
                        ScheduleSolver.scoredAsPlaced(event.solution(), event.producerId())))
                .withFinalBestSolutionEventConsumer(event -> onFinished(job, event.solution()))
                .withExceptionHandler((id, error) -> onFailed(job, error))
                .run();
        job.attach(solverJob);
    }

    /**
     * Reads every stored job back at startup: finished ones with their final schedule, and the ones that were
     * queued or solving queued again, to solve the rest of their time limit from their last saved best schedule.
     */
    @PostConstruct
    void restore() {
        if (cluster != null) {
            // The cluster hands out every unfinished job, also those an instance left when it died.
            cluster.start(this::solveHere);
            return;
        }
        int continued = 0;
        List<JobStore.StoredJob> stored = store.all();
        for (JobStore.StoredJob job : stored) {
            try {
                continued += restore(job) ? 1 : 0;
            } catch (BundleException | java.io.IOException | RuntimeException e) {
                // Left in the store as it is, for a later version to read; it is not listed meanwhile.
                LOG.error("Job {} could not be read back from the store and is left out", job.id(), e);
            }
        }
        if (!stored.isEmpty()) {
            LOG.info("Restored {} stored jobs; {} continue solving", stored.size(), continued);
        }
    }

    /** The school of a stored job as it was submitted, a re-solve's with its earlier schedule and pins. */
    static School schoolOf(JobStore.StoredJob stored) throws BundleException, java.io.IOException {
        return Input.read(stored);
    }

    /** The stored job's school with its saved best schedule in place and scored, or null when none was saved. */
    private static School savedBestOf(JobStore.StoredJob stored) throws BundleException, java.io.IOException {
        if (stored.best() == null) {
            return null;
        }
        School best = Input.read(stored);
        stored.best().placeInto(best);
        ScheduleSolver.score(best);
        return best;
    }

    /** @return whether the job continues solving */
    private boolean restore(JobStore.StoredJob stored) throws BundleException, java.io.IOException {
        School problem = Input.read(stored);
        School best = savedBestOf(stored);
        if (!stored.status().isActive()) {
            jobs.put(stored.id(), ScheduleJob.restored(stored, best != null ? best : problem, best));
            return false;
        }
        if (best != null) {
            stored.best().placeInto(problem);
            savedBest.put(stored.id(), best);
        }
        ScheduleJob job = ScheduleJob.restored(stored, problem, best);
        jobs.put(job.id(), job);
        Duration rest = stored.timeLimit().minus(stored.solved());
        // Whole seconds, at least the shortest solve: each distinct limit builds a solver factory of its own.
        long seconds = Math.max(properties.minTimeLimit().toSeconds(), (rest.toMillis() + 999) / 1000);
        launch(job, problem, Duration.ofSeconds(Math.max(1, seconds)));
        LOG.info("Job {} ({}) continues for {}s from its {}", job.id(), stored.name(), seconds,
                best == null ? "input" : "saved best schedule " + best.getScore());
        return true;
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
        return start(copy, source.name(), requested != null ? requested : source.timeLimit(), stopWhen, id,
                startedInput(unstored.contains(id) ? null : store.bundle(id), copy, PreviousJob.scheduleOf(job)));
    }

    /**
     * A job that starts from an earlier schedule (a re-solve, or a changed school with previous=ID) is stored as
     * its upload, the schedule it starts from, the earlier schedule it keeps close to and every pin of it.
     */
    private Input startedInput(StoredBundle bundle, School copy, SavedSchedule previous) {
        Set<String> pinnedLessons = new LinkedHashSet<>();
        copy.getLessons().stream().filter(Lesson::isPinned).forEach(lesson -> pinnedLessons.add(lesson.getId()));
        Set<String> pinnedMeetings = new LinkedHashSet<>();
        copy.getMeetings().stream().filter(TeamMeeting::isPinned)
                .forEach(meeting -> pinnedMeetings.add(meeting.getId()));
        return new Input(bundle, SavedSchedule.of(copy), previous, pinnedLessons, pinnedMeetings);
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
        if (job == null && cluster != null) {
            job = fromStore(id);
        }
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
        Instant now = now();
        Map<String, ScheduleJob> listed = jobs;
        if (cluster != null) {
            // Every job of the cluster, as solved here or as another instance last saved it.
            listed = new java.util.HashMap<>();
            for (JobStore.StoredJob stored : store.all()) {
                ScheduleJob job = jobs.containsKey(stored.id()) ? jobs.get(stored.id()) : view(stored);
                if (job != null) {
                    listed.put(job.id(), job);
                }
            }
        }
        List<ScheduleJob.State> all = listed.values().stream().map(ScheduleJob::state)
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
        if (cluster != null && !jobs.containsKey(id)) {
            return stopInCluster(get(id));
        }
        return stop(get(id));
    }

    /**
     * Stops a job of the cluster solved elsewhere or not yet taken: a queued one is cancelled in the store, a
     * solving one gets the stop flag that its instance polls, and the answer waits until that instance has saved
     * how it ended (or, should that instance die meanwhile, until the wait gives up and says so).
     */
    private ScheduleJob stopInCluster(ScheduleJob job) {
        if (!job.isActive()) {
            return job;
        }
        store.requestStop(job.id());
        if (store.cancelQueued(job.id(), now())) {
            LOG.info("Job {} cancelled in the cluster before any instance took it", job.id());
            return fromStore(job.id());
        }
        long deadline = System.nanoTime() + properties.eventTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            ScheduleJob now = fromStore(job.id());
            if (now == null || !now.isActive()) {
                return now == null ? job : now;
            }
            try {
                Thread.sleep(cluster.stopPoll().toMillis() / 2 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Stop pending", "Job " + job.id() + " was asked to "
                + "stop, but the instance solving it has not said it stopped; it stops when that instance next looks, "
                + "or is taken over stopped if that instance is gone.", null);
    }

    /**
     * Solves a job of the cluster on this instance, from its last saved best schedule, on one of db-scheduler's
     * threads; returns when the job has ended and its end is saved. Throws when the service shuts down first, so
     * that the job goes back to the cluster and another instance takes it.
     */
    void solveHere(String id) {
        if (shuttingDown) {
            // Taken again by this instance's own scheduler after it gave the job back: give it back once more.
            throw new IllegalStateException("Job " + id + " not taken: this instance shuts down");
        }
        JobStore.StoredJob stored = store.one(id);
        if (stored == null || !stored.status().isActive()) {
            return;
        }
        if (store.stopRequested(id) && store.cancelQueued(id, now())) {
            return;
        }
        store.takenBy(id, cluster.instance());
        try {
            restore(stored);
        } catch (BundleException | java.io.IOException | RuntimeException e) {
            if (shuttingDown) {
                // The solvers stopped while it was read back: it goes back to the cluster, not out of it.
                throw new IllegalStateException("Job " + id + " given back to the cluster: this instance shuts down", e);
            }
            LOG.error("Job {} could not be read back from the store and is left out", id, e);
            return;
        }
        ScheduleJob job = jobs.get(id);
        try {
            while (job.isActive() && !shuttingDown) {
                if (store.stopRequested(id)) {
                    stop(job);
                }
                Thread.sleep(cluster.stopPoll().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (job.isActive()) {
            // Given back only once its solver has stopped and its best schedule is saved, for the next to read.
            try {
                if (job.solverJob() != null) {
                    job.solverJob().getFinalBestSolution();
                }
            } catch (ExecutionException e) {
                LOG.info("Job {} ended by the service's shutdown: {}", id, e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            saveBest(job);
            throw new IllegalStateException("Job " + id + " given back to the cluster: this instance shuts down");
        }
        jobs.remove(id);
    }

    /** A job as the store has it, or null when there is none. */
    private ScheduleJob fromStore(String id) {
        JobStore.StoredJob stored = store.one(id);
        return stored == null ? null : view(stored);
    }

    /** A stored job to show, as its instance last saved it; null when it cannot be read back. */
    private static ScheduleJob view(JobStore.StoredJob stored) {
        try {
            School problem = Input.read(stored);
            School best = savedBestOf(stored);
            ScheduleJob job = ScheduleJob.restored(stored, best != null ? best : problem, best);
            if (stored.status() == JobStatus.SOLVING) {
                job.started(stored.startedAt());
            }
            return job;
        } catch (BundleException | java.io.IOException | RuntimeException e) {
            LOG.error("Job {} could not be read back from the store", stored.id(), e);
            return null;
        }
    }

    private ScheduleJob stop(ScheduleJob job) {
        SolverJob<School, String> solverJob = job.solverJob();
        if (solverJob == null || !job.requestStop()) {
            return job;
        }
        solverJob.terminateEarly();
        try {
            School finalBest = solverJob.getFinalBestSolution();
            if (finalBest == job.state().problem() && job.state().best() != null) {
                // A job continued after a restart, stopped before it started again: its saved best is its result.
                onFinished(job, null);
            } else if (finalBest == job.state().problem()) {
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
        forget(id);
    }

    /**
     * Opens a server-sent-event stream for a job: a {@code status} event at once, a {@code best-score} event at
     * each new best schedule, and a {@code done} event when the job ends, after which the stream closes.
     */
    public SseEmitter subscribe(String id) {
        if (cluster != null && !jobs.containsKey(id)) {
            return subscribeInCluster(id);
        }
        ScheduleJob job = get(id);
        SseEmitter emitter = new SseEmitter(properties.eventTimeout().toMillis());
        emitter.onTimeout(emitter::complete);
        emitter.onCompletion(() -> job.unsubscribe(emitter));
        emitter.onError(error -> job.unsubscribe(emitter));
        job.subscribe(emitter, properties.maxEventSubscribers());
        return emitter;
    }

    /**
     * A stream of a cluster's job this instance does not solve: the job as the database has it, then the events its
     * solving instance stores (its best score at each save), read every {@code commonplan.cluster.event-poll}.
     */
    private SseEmitter subscribeInCluster(String id) {
        // Numbered before the job is read, so that no event stored in between is missed.
        long after = store.lastEvent(id);
        ScheduleJob job = get(id);
        SseEmitter emitter = new SseEmitter(properties.eventTimeout().toMillis());
        emitter.onTimeout(emitter::complete);
        if (job.isActive()) {
            storedStreams.checkRoom(id, properties.maxEventSubscribers());
        }
        // Sends the status, or done and closes the stream when the job has ended; the view is not followed itself.
        job.subscribe(emitter, properties.maxEventSubscribers());
        job.unsubscribe(emitter);
        if (job.isActive()) {
            storedStreams.follow(id, emitter, after);
        }
        return emitter;
    }

    /** Sends the streams of jobs solved on other instances what those stored since the last poll. */
    @Scheduled(fixedDelayString = "${commonplan.cluster.event-poll:1s}",
            initialDelayString = "${commonplan.cluster.event-poll:1s}")
    public void followStoredEvents() {
        if (storedStreams != null) {
            storedStreams.poll(this::fromStore);
        }
    }

    /** A comment on every open stream, at {@code commonplan.api.event-heartbeat}, so that idle clients wait on. */
    @Scheduled(fixedDelayString = "${commonplan.api.event-heartbeat:15s}",
            initialDelayString = "${commonplan.api.event-heartbeat:15s}")
    public void sendHeartbeats() {
        for (ScheduleJob job : jobs.values()) {
            job.heartbeat();
        }
        if (storedStreams != null) {
            storedStreams.heartbeat();
        }
    }

    private void onStarted(ScheduleJob job) {
        job.started(now());
        if (!unstored.contains(job.id())) {
            quietly(job, "its start", () -> store.started(job.id(), job.state().startedAt()));
        }
        record(job, ScheduleJob.EVENT_STATUS);
    }

    private void onNewBest(ScheduleJob job, School solution) {
        job.newBest(solution, now());
    }

    private void onFinished(ScheduleJob job, School finalBest) {
        // A solve cut off inside construction hands over a score one placement ahead of its schedule.
        ScheduleSolver.scoredAsPlaced(finalBest);
        if (shuttingDown) {
            // Not finished: the job continues at the next start from the best schedule that shutDown saves.
            if (finalBest != null && finalBest.getScore() != null) {
                job.newBest(finalBest, now());
            }
            return;
        }
        if (job.finish(finalBest, now())) {
            ScheduleJob.State state = job.state();
            LOG.info("Job {} done: score {}", job.id(), state.best() == null ? "none" : state.best().getScore());
            saveEnd(job);
        }
    }

    private void onCancelled(ScheduleJob job) {
        if (job.cancel(now())) {
            LOG.info("Job {} cancelled before it started", job.id());
            saveEnd(job);
        }
    }

    private void onFailed(ScheduleJob job, Throwable error) {
        if (shuttingDown) {
            // Left as it was stored: it continues at the next start.
            LOG.info("Job {} ended by the service's shutdown", job.id());
            return;
        }
        LOG.error("Job {} failed", job.id(), error);
        if (job.fail("The solver failed: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()), now())) {
            saveEnd(job);
        }
    }

    /**
     * Saves the best schedule of every active job that improved since it was last saved, at most once every
     * {@code commonplan.jobs.save-interval}: a kill loses no more than that much solving.
     */
    @Scheduled(fixedDelayString = "${commonplan.jobs.save-interval:5s}",
            initialDelayString = "${commonplan.jobs.save-interval:5s}")
    public void saveBestSchedules() {
        for (ScheduleJob job : jobs.values()) {
            if (job.isActive()) {
                saveBest(job);
            }
        }
    }

    private void saveBest(ScheduleJob job) {
        School best = job.state().best();
        if (best == null || unstored.contains(job.id()) || savedBest.get(job.id()) == best) {
            return;
        }
        Instant now = now();
        quietly(job, "its best schedule", () -> store.saveBest(job.id(), SavedSchedule.of(best),
                String.valueOf(best.getScore()), job.solved(now), now));
        savedBest.put(job.id(), best);
        record(job, ScheduleJob.EVENT_BEST_SCORE);
    }

    /** Saves how a job ended, with its final schedule and report.json. */
    private void saveEnd(ScheduleJob job) {
        savedBest.remove(job.id());
        metrics.ended(job.state().status(), job.solved(now()));
        if (unstored.contains(job.id())) {
            return;
        }
        ScheduleJob.State state = job.state();
        quietly(job, "its end", () -> {
            byte[] report = null;
            if (state.best() != null) {
                report = job.outputs().files().get(ScheduleWriter.REPORT);
            }
            store.finish(state, state.best() == null ? null : SavedSchedule.of(state.best()),
                    state.best() == null ? null : String.valueOf(state.best().getScore()), job.solved(now()), report);
        });
        record(job, ScheduleJob.EVENT_DONE);
    }

    /** Stores an event as the job's stream sends it. */
    private void record(ScheduleJob job, String name) {
        if (unstored.contains(job.id())) {
            return;
        }
        Instant now = now();
        quietly(job, "an event", () -> {
            try {
                store.event(job.id(), name, json.writeValueAsString(JobViews.ScoreEvent.of(job.state(), now)), now);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A store that fails on the solver's threads must not end the solve: the failure is logged and it goes on. */
    private static void quietly(ScheduleJob job, String what, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.error("Job {}: could not store {}", job.id(), what, e);
        }
    }

    private void forget(String id) {
        savedBest.remove(id);
        if (!unstored.remove(id)) {
            store.delete(id);
        }
    }

    /** Drops finished jobs past the retention age, then the oldest beyond the retained count. */
    @Scheduled(fixedDelayString = "${commonplan.api.eviction-interval:60s}")
    public synchronized void evictFinished() {
        Instant cutoff = now().minus(properties.finishedJobMaxAge());
        if (cluster != null) {
            // Finished jobs of a cluster are in the store only, whichever instance solved them.
            store.deleteFinished(cutoff, properties.maxFinishedJobs());
        }
        List<ScheduleJob> finished = jobs.values().stream().filter(job -> job.finishedAt() != null)
                .sorted(Comparator.comparing(ScheduleJob::finishedAt)).toList();
        int surplus = finished.size() - properties.maxFinishedJobs();
        for (ScheduleJob job : finished) {
            if (surplus > 0 || job.finishedAt().isBefore(cutoff)) {
                jobs.remove(job.id());
                forget(job.id());
                surplus--;
            }
        }
    }

    /** The time now, to the millisecond the store keeps, so that a job reads back exactly as it was shown. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
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
        Instant now = now();
        return jobs.values().stream().map(ScheduleJob::state)
                .filter(state -> state.status() == JobStatus.SOLVING && state.startedAt() != null)
                .map(state -> state.timeLimit().minus(state.elapsed(now)))
                .min(Comparator.naturalOrder())
                .filter(remaining -> remaining.toSeconds() >= 1)
                .orElse(Duration.ofSeconds(1));
    }

    /**
     * On shutdown: stops every solver, the waiting jobs first so that none starts, then the solving ones, and saves
     * each one's best schedule as it is; the jobs stay queued or solving in the store and continue at the next
     * start. Each open event stream gets its job's {@code status} event and closes, before a graceful shutdown
     * waits for open requests.
     */
    @EventListener(ContextClosedEvent.class)
    void shutDown() {
        shuttingDown = true;
        List<ScheduleJob> active = jobs.values().stream().filter(ScheduleJob::isActive)
                .sorted(Comparator.comparing(job -> job.state().status() != JobStatus.QUEUED)).toList();
        for (ScheduleJob job : active) {
            SolverJob<School, String> solverJob = job.solverJob();
            if (solverJob != null) {
                solverJob.terminateEarly();
            }
        }
        for (ScheduleJob job : active) {
            SolverJob<School, String> solverJob = job.solverJob();
            try {
                if (solverJob != null) {
                    solverJob.getFinalBestSolution();
                }
            } catch (ExecutionException e) {
                LOG.info("Job {} ended by the service's shutdown: {}", job.id(), e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            saveBest(job);
            job.closeStreams();
        }
    }
}
