package org.commonplan.api;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverJob;

import org.commonplan.domain.School;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One solve of one school: its input, its best schedule so far, its status and its event subscribers. The
 * solver's threads and the request threads both touch it, so every change goes through a synchronized method
 * and readers get an immutable {@link State}. Events are sent under a second lock, {@code events}, so that each
 * stream sees them in the order the job changed: its first event shows the job as it was when the stream
 * joined, and no best score older than one already sent follows.
 */
final class ScheduleJob {

    static final String EVENT_STATUS = "status";
    static final String EVENT_BEST_SCORE = "best-score";
    static final String EVENT_DONE = "done";

    /**
     * Everything a view of the job needs, taken at one instant.
     *
     * @param best the best schedule so far, or null before the solver's first one
     */
    record State(String id, String name, String basedOn, JobStatus status, Instant createdAt, Instant updatedAt,
            Instant startedAt, Instant finishedAt, Duration timeLimit, StopWhen stopWhen, boolean stoppedEarly,
            String error, School problem, School best) {

        /** The schedule to show: the best so far, else the input as submitted. */
        School schedule() {
            return best != null ? best : problem;
        }

        Duration elapsed(Instant now) {
            if (startedAt == null) {
                return Duration.ZERO;
            }
            return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
        }
    }

    private final String id;
    private final String name;
    private final String basedOn;
    private final Instant createdAt;
    private final Duration timeLimit;
    private final StopWhen stopWhen;
    private final School problem;
    private final List<SseEmitter> subscribers = new ArrayList<>();
    /** Held while an event is sent, and taken before the job's own lock, never after. */
    private final Object events = new Object();

    private JobStatus status = JobStatus.QUEUED;
    private Instant updatedAt;
    private Instant startedAt;
    private Instant finishedAt;
    private boolean stoppedEarly;
    private String error;
    private School best;
    private SolverJob<School, String> solverJob;
    private JobOutputs outputs;
    /** Solving time of the service's earlier runs (a job continued after a restart), and when this run began. */
    private Duration solvedBefore = Duration.ZERO;
    private Instant runStartedAt;

    ScheduleJob(String id, String name, String basedOn, Instant createdAt, Duration timeLimit, StopWhen stopWhen,
            School problem) {
        this.id = id;
        this.name = name;
        this.basedOn = basedOn;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.timeLimit = timeLimit;
        this.stopWhen = stopWhen;
        this.problem = problem;
    }

    /**
     * A job read back from the store after a restart, as it was last saved; an active one waits (QUEUED) for a
     * solver again, keeping the time it was first started.
     *
     * @param solvedBefore solving time its earlier runs spent
     */
    static ScheduleJob restored(JobStore.StoredJob stored, School problem, School best) {
        ScheduleJob job = new ScheduleJob(stored.id(), stored.name(), stored.basedOn(), stored.createdAt(),
                stored.timeLimit(), stored.stopWhen(), problem);
        synchronized (job) {
            job.status = stored.status().isActive() ? JobStatus.QUEUED : stored.status();
            job.updatedAt = stored.updatedAt();
            job.startedAt = stored.startedAt();
            job.finishedAt = stored.finishedAt();
            job.stoppedEarly = stored.stoppedEarly();
            job.error = stored.error();
            job.best = best;
            job.solvedBefore = stored.solved();
        }
        return job;
    }

    String id() {
        return id;
    }

    synchronized State state() {
        return new State(id, name, basedOn, status, createdAt, updatedAt, startedAt, finishedAt, timeLimit, stopWhen,
                stoppedEarly, error, problem, best);
    }

    synchronized boolean isActive() {
        return status.isActive();
    }

    synchronized Instant finishedAt() {
        return finishedAt;
    }

    synchronized void attach(SolverJob<School, String> solverJob) {
        this.solverJob = solverJob;
    }

    synchronized SolverJob<School, String> solverJob() {
        return solverJob;
    }

    synchronized void started(Instant now) {
        if (status == JobStatus.QUEUED) {
            status = JobStatus.SOLVING;
            if (startedAt == null) {
                startedAt = now;
            }
            runStartedAt = now;
            updatedAt = now;
        }
    }

    /** Solving time spent so far, over every run of the service. */
    synchronized Duration solved(Instant now) {
        if (runStartedAt == null) {
            return solvedBefore;
        }
        return solvedBefore.plus(Duration.between(runStartedAt, finishedAt != null ? finishedAt : now));
    }

    /**
     * Ends every event stream of a job the service leaves unfinished at shutdown (it continues at the next start):
     * each gets a last {@code status} event and closes.
     */
    void closeStreams() {
        synchronized (events) {
            List<SseEmitter> toClose;
            synchronized (this) {
                toClose = List.copyOf(subscribers);
                subscribers.clear();
            }
            JobViews.ScoreEvent event = JobViews.ScoreEvent.of(state(), Instant.now());
            for (SseEmitter emitter : toClose) {
                send(emitter, SseEmitter.event().name(EVENT_STATUS).data(event));
                emitter.complete();
            }
        }
    }

    /** Keeps a new best schedule and sends its score to every subscriber; ignored once the job has finished. */
    void newBest(School solution, Instant now) {
        synchronized (events) {
            List<SseEmitter> toTell;
            synchronized (this) {
                if (!status.isActive()) {
                    return;
                }
                started(now);
                best = solution;
                updatedAt = now;
                toTell = List.copyOf(subscribers);
            }
            JobViews.ScoreEvent event = JobViews.ScoreEvent.of(state(), now);
            for (SseEmitter emitter : toTell) {
                send(emitter, SseEmitter.event().name(EVENT_BEST_SCORE).data(event));
            }
        }
    }

    /** Marks a stop asked for by the client, before the solver is told to terminate. */
    synchronized boolean requestStop() {
        if (status.isActive()) {
            stoppedEarly = true;
            return true;
        }
        return false;
    }

    /**
     * Ends the job with its final best schedule; an unscored one (the solver stopped before its first schedule)
     * is not kept.
     *
     * @return false when the job had already finished
     */
    boolean finish(School finalBest, Instant now) {
        return end(JobStatus.DONE, finalBest != null && finalBest.getScore() != null ? finalBest : null, null, now);
    }

    /**
     * Ends a job stopped before a solver took it up: nothing was solved, so it has no schedule.
     *
     * @return false when the job had already finished
     */
    boolean cancel(Instant now) {
        return end(JobStatus.CANCELLED, null, null, now);
    }

    /** @return false when the job had already finished */
    boolean fail(String message, Instant now) {
        return end(JobStatus.FAILED, null, message, now);
    }

    /** Ends the job, then sends every subscriber a last {@code done} event with its final state and closes it. */
    private boolean end(JobStatus endStatus, School finalBest, String message, Instant now) {
        synchronized (events) {
            List<SseEmitter> toClose;
            synchronized (this) {
                if (!status.isActive()) {
                    return false;
                }
                if (finalBest != null) {
                    best = finalBest;
                }
                status = endStatus;
                error = message;
                if (startedAt == null && status != JobStatus.CANCELLED) {
                    startedAt = now;
                }
                finishedAt = now;
                updatedAt = now;
                solverJob = null;
                toClose = List.copyOf(subscribers);
                subscribers.clear();
            }
            JobViews.ScoreEvent event = JobViews.ScoreEvent.of(state(), now);
            for (SseEmitter emitter : toClose) {
                send(emitter, SseEmitter.event().name(EVENT_DONE).data(event));
                emitter.complete();
            }
            return true;
        }
    }

    /**
     * Adds an event subscriber and sends it the job as it is now: a {@code status} event while the job is active,
     * else a {@code done} event, after which the stream closes.
     *
     * @throws ApiException 429 when the job already has {@code max} subscribers
     */
    void subscribe(SseEmitter emitter, int max) {
        synchronized (events) {
            boolean active;
            synchronized (this) {
                active = status.isActive();
                if (active && subscribers.size() >= max) {
                    throw ApiException.tooManyRequests("Job " + id + " already has " + max + " event streams open "
                            + "(commonplan.api.max-event-subscribers).", Duration.ofSeconds(5));
                }
                if (active) {
                    subscribers.add(emitter);
                }
            }
            send(emitter, SseEmitter.event().name(active ? EVENT_STATUS : EVENT_DONE)
                    .data(JobViews.ScoreEvent.of(state(), Instant.now())));
            if (!active) {
                emitter.complete();
            }
        }
    }

    /** A comment line to every subscriber, so that a stream with nothing to tell is not taken for a dead one. */
    void heartbeat() {
        synchronized (events) {
            for (SseEmitter emitter : subscribers()) {
                send(emitter, SseEmitter.event().comment("heartbeat"));
            }
        }
    }

    synchronized void unsubscribe(SseEmitter emitter) {
        subscribers.remove(emitter);
    }

    synchronized List<SseEmitter> subscribers() {
        return List.copyOf(subscribers);
    }

    /**
     * The report, analysis and files of the best schedule so far, rendered once for each best schedule (outside
     * the lock, so that the solver's new best schedules never wait for a rendering), or null before the first.
     */
    JobOutputs outputs() {
        School current;
        JobOutputs cached;
        synchronized (this) {
            current = best;
            cached = outputs;
        }
        if (current == null) {
            return null;
        }
        if (cached != null && cached.source() == current) {
            return cached;
        }
        JobOutputs rendered = JobOutputs.render(current);
        synchronized (this) {
            if (best == current) {
                outputs = rendered;
            }
        }
        return rendered;
    }

    /** Sends one event; a subscriber that has gone away is dropped. */
    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            unsubscribe(emitter);
            emitter.completeWithError(e);
        }
    }
}
