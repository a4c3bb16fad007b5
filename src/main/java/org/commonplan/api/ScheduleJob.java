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
 * and readers get an immutable {@link State}; events are sent outside the lock.
 */
final class ScheduleJob {

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

    private JobStatus status = JobStatus.QUEUED;
    private Instant updatedAt;
    private Instant startedAt;
    private Instant finishedAt;
    private boolean stoppedEarly;
    private String error;
    private School best;
    private SolverJob<School, String> solverJob;
    private JobOutputs outputs;

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
            startedAt = now;
            updatedAt = now;
        }
    }

    /** @return false when the job had already finished, so the solution is stale */
    synchronized boolean newBest(School solution, Instant now) {
        if (!status.isActive()) {
            return false;
        }
        started(now);
        best = solution;
        updatedAt = now;
        return true;
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
     * @return the subscribers to tell and close, or null when the job had already finished
     */
    synchronized List<SseEmitter> finish(School finalBest, Instant now) {
        if (!status.isActive()) {
            return null;
        }
        if (finalBest != null && finalBest.getScore() != null) {
            best = finalBest;
        }
        status = JobStatus.DONE;
        return end(now);
    }

    /**
     * Ends a job stopped before a solver took it up: nothing was solved, so it has no schedule.
     *
     * @return the subscribers to tell and close, or null when the job had already finished
     */
    synchronized List<SseEmitter> cancel(Instant now) {
        if (!status.isActive()) {
            return null;
        }
        status = JobStatus.CANCELLED;
        return end(now);
    }

    /** @return the subscribers to tell and close, or null when the job had already finished */
    synchronized List<SseEmitter> fail(String message, Instant now) {
        if (!status.isActive()) {
            return null;
        }
        status = JobStatus.FAILED;
        error = message;
        return end(now);
    }

    private List<SseEmitter> end(Instant now) {
        if (startedAt == null && status != JobStatus.CANCELLED) {
            startedAt = now;
        }
        finishedAt = now;
        updatedAt = now;
        solverJob = null;
        List<SseEmitter> toClose = List.copyOf(subscribers);
        subscribers.clear();
        return toClose;
    }

    /**
     * Adds an event subscriber while the job is active.
     *
     * @return false when the job has finished (the caller tells the subscriber so and closes it)
     * @throws ApiException 429 when the job already has {@code max} subscribers
     */
    synchronized boolean subscribe(SseEmitter emitter, int max) {
        if (!status.isActive()) {
            return false;
        }
        if (subscribers.size() >= max) {
            throw ApiException.tooManyRequests("Job " + id + " already has " + max + " event streams open "
                    + "(commonplan.api.max-event-subscribers).", Duration.ofSeconds(5));
        }
        subscribers.add(emitter);
        return true;
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
    void send(SseEmitter emitter, String eventName, Object data) {
        try {
            emitter.send(SseEmitter.event().name(eventName).data(data));
        } catch (IOException | IllegalStateException e) {
            unsubscribe(emitter);
            emitter.completeWithError(e);
        }
    }
}
