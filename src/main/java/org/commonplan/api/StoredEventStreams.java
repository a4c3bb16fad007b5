package org.commonplan.api;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams a cluster instance serves for jobs it does not solve: each follows the events that the solving
 * instance stores (its status, its best score at each save, its end), read from the database at every poll.
 */
final class StoredEventStreams {

    /** One open stream and the number of the last stored event it was sent. */
    private static final class Follower {

        final String jobId;
        final SseEmitter emitter;
        long after;

        Follower(String jobId, SseEmitter emitter, long after) {
            this.jobId = jobId;
            this.emitter = emitter;
            this.after = after;
        }
    }

    private final JobStore store;
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();

    StoredEventStreams(JobStore store) {
        this.store = store;
    }

    /** @throws ApiException 429 when the job already has {@code max} streams followed here */
    void checkRoom(String jobId, int max) {
        if (followers.stream().filter(follower -> follower.jobId.equals(jobId)).count() >= max) {
            throw ApiException.tooManyRequests("Job " + jobId + " already has " + max + " event streams open "
                    + "(commonplan.api.max-event-subscribers).", Duration.ofSeconds(5));
        }
    }

    /** Follows the job on this stream from the stored event numbered after {@code after} on. */
    void follow(String jobId, SseEmitter emitter, long after) {
        Follower follower = new Follower(jobId, emitter, after);
        emitter.onCompletion(() -> followers.remove(follower));
        emitter.onError(error -> followers.remove(follower));
        followers.add(follower);
    }

    /**
     * Sends every stream the events stored since its last poll; a stream whose job ended is sent {@code done} and
     * closed, also when the job ended without storing one (a queued job cancelled in the database).
     *
     * @param stored the job as the database has it now, or null when it is gone
     */
    void poll(Function<String, ScheduleJob> stored) {
        for (Follower follower : List.copyOf(followers)) {
            try {
                if (!pollOne(follower, stored)) {
                    followers.remove(follower);
                    follower.emitter.complete();
                }
            } catch (IOException | RuntimeException e) {
                // The client went away, or the database did not answer: the client reconnects or polls.
                followers.remove(follower);
                follower.emitter.completeWithError(e);
            }
        }
    }

    /** @return false when the stream is over */
    private boolean pollOne(Follower follower, Function<String, ScheduleJob> stored) throws IOException {
        for (JobStore.StoredEvent event : store.events(follower.jobId, follower.after)) {
            follower.emitter.send(SseEmitter.event().name(event.name()).data(event.data()));
            follower.after = event.seq();
            if (event.name().equals(ScheduleJob.EVENT_DONE)) {
                return false;
            }
        }
        JobStatus status = store.status(follower.jobId);
        if (status != null && status.isActive()) {
            return true;
        }
        ScheduleJob ended = status == null ? null : stored.apply(follower.jobId);
        if (ended != null) {
            follower.emitter.send(SseEmitter.event().name(ScheduleJob.EVENT_DONE)
                    .data(JobViews.ScoreEvent.of(ended.state(), Instant.now())));
        }
        return false;
    }

    /** A comment line on every stream, so that a quiet one (a queued job) is not taken for a dead one. */
    void heartbeat() {
        for (Follower follower : List.copyOf(followers)) {
            try {
                follower.emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | RuntimeException e) {
                followers.remove(follower);
                follower.emitter.completeWithError(e);
            }
        }
    }
}
