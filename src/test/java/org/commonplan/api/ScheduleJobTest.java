package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The events of a job as one stream sees them, whatever the solver does while the stream joins. */
class ScheduleJobTest {

    @Test
    @Timeout(30)
    void aBestScoreFoundWhileAStreamJoinsComesAfterItsFirstEventNeverBeforeIt() throws Exception {
        ScheduleJob job = job();
        job.newBest(scored(-30), Instant.now());
        School better = scored(-10);

        RecordedStream stream = joinWhile(job, () -> job.newBest(better, Instant.now()));

        assertThat(stream.events).extracting(Event::name).containsExactly("status", "best-score");
        assertThat(stream.events).extracting(event -> event.data().score())
                .containsExactly("0hard/0medium/-30soft", "0hard/0medium/-10soft");
    }

    @Test
    @Timeout(30)
    void aJobThatEndsWhileAStreamJoinsEndsThatStreamWithDoneLast() throws Exception {
        ScheduleJob job = job();
        job.newBest(scored(-30), Instant.now());

        RecordedStream stream = joinWhile(job, () -> job.finish(null, Instant.now()));

        assertThat(stream.events).extracting(Event::name).containsExactly("status", "done");
        assertThat(stream.events.get(1).data().status()).isEqualTo(JobStatus.DONE);
        assertThat(stream.completed).isTrue();
    }

    /**
     * Opens a stream on the job; while its first event is on its way (the job's state already read), another
     * thread does {@code meanwhile}, and the first event is written once that thread has finished or waits.
     */
    private static RecordedStream joinWhile(ScheduleJob job, Runnable meanwhile) throws InterruptedException {
        AtomicReference<Thread> solver = new AtomicReference<>();
        RecordedStream stream = new RecordedStream(first -> {
            Thread thread = new Thread(meanwhile);
            solver.set(thread);
            thread.start();
            while (thread.getState() != Thread.State.BLOCKED && thread.getState() != Thread.State.WAITING
                    && thread.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait();
            }
        });
        job.subscribe(stream, 16);
        solver.get().join();
        return stream;
    }

    private static ScheduleJob job() throws BundleException {
        return new ScheduleJob("job", "school", null, Instant.now(), Duration.ofSeconds(10), StopWhen.TIME_LIMIT,
                school());
    }

    private static School scored(long soft) throws BundleException {
        School school = school();
        school.setScore(HardMediumSoftLongScore.of(0, 0, soft));
        return school;
    }

    private static School school() throws BundleException {
        return BundleReader.read(ApiClient.datasetFiles("small-elementary"), "school");
    }

    record Event(String name, JobViews.ScoreEvent data) {
    }

    /** An event stream that keeps what is sent to it, and runs a hook before it writes its first event. */
    private static final class RecordedStream extends SseEmitter {

        final List<Event> events = new CopyOnWriteArrayList<>();
        volatile boolean completed;
        private Consumer<SseEventBuilder> beforeFirst;

        RecordedStream(Consumer<SseEventBuilder> beforeFirst) {
            this.beforeFirst = beforeFirst;
        }

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            Consumer<SseEventBuilder> hook;
            synchronized (this) {
                hook = beforeFirst;
                beforeFirst = null;
            }
            if (hook != null) {
                hook.accept(builder);
            }
            String name = null;
            JobViews.ScoreEvent data = null;
            for (ResponseBodyEmitter.DataWithMediaType part : builder.build()) {
                if (part.getData() instanceof String text && text.contains("event:")) {
                    name = text.substring(text.indexOf("event:") + 6, text.indexOf('\n', text.indexOf("event:")));
                } else if (part.getData() instanceof JobViews.ScoreEvent event) {
                    data = event;
                }
            }
            events.add(new Event(name, data));
        }

        @Override
        public void complete() {
            completed = true;
        }
    }
}
