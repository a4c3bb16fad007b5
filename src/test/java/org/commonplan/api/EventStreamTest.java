package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Event streams while nothing happens and when the service stops: one solver, so that a second job waits, and a
 * heartbeat short enough to see.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"commonplan.api.max-concurrent-solves=1", "commonplan.api.event-heartbeat=200ms"})
@ActiveProfiles("test")
class EventStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SUBMIT = "/api/v1/schedules?timeLimit=60s";

    @LocalServerPort
    int port;

    @Test
    @Timeout(60)
    void aQueuedJobsStreamGetsHeartbeatsWhileItWaits() {
        ApiClient api = new ApiClient(port);
        byte[] school = ApiClient.datasetZip("small-elementary");
        String solving = ApiClient.idOf(api.postZip(SUBMIT, school));
        String queued = ApiClient.idOf(api.postZip(SUBMIT, school));
        try (EventStream events = EventStream.open(port, queued)) {
            EventStream.Event first = events.next(WAIT).orElseThrow();
            assertThat(first.name()).isEqualTo("status");
            assertThat(first.data().path("status").asText()).isEqualTo("QUEUED");

            Optional<EventStream.Event> next = events.next(WAIT);
            assertThat(next).hasValueSatisfying(event -> assertThat(event.comment()).isEqualTo("heartbeat"));
            assertThat(ApiClient.json(api.get("/api/v1/schedules/" + queued + "?view=summary")).path("status")
                    .asText()).isEqualTo("QUEUED");
        } finally {
            api.delete("/api/v1/schedules/" + queued);
            api.delete("/api/v1/schedules/" + solving);
        }
    }

    @Test
    @Timeout(120)
    void whenTheServiceStopsEveryOpenStreamEndsWithItsStatusAndTheJobsContinueAtTheNextStart(@TempDir Path data) {
        String[] args = {"--server.port=0", "--commonplan.api.max-concurrent-solves=1",
                "--spring.datasource.url=jdbc:h2:file:" + data.toAbsolutePath() + "/commonplan"};
        ConfigurableApplicationContext service = new SpringApplicationBuilder(ServiceApplication.class)
                .profiles("test").run(args);
        int ownPort = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        ApiClient api = new ApiClient(ownPort);
        byte[] school = ApiClient.datasetZip("small-elementary");
        String submit = "/api/v1/schedules?timeLimit=8s";
        String solving = ApiClient.idOf(api.postZip(submit, school));
        String queued = ApiClient.idOf(api.postZip(submit, school));
        api.awaitScore(solving, WAIT);
        try (EventStream solvingEvents = EventStream.open(ownPort, solving);
                EventStream queuedEvents = EventStream.open(ownPort, queued)) {
            assertThat(solvingEvents.next(WAIT).orElseThrow().name()).isEqualTo("status");
            assertThat(queuedEvents.next(WAIT).orElseThrow().name()).isEqualTo("status");

            service.close();

            // Not done: each job stays as it was, to continue at the next start, and the stream ends.
            List<EventStream.Event> solvingRest = named(solvingEvents.rest(WAIT));
            assertThat(solvingRest).isNotEmpty();
            EventStream.Event solvingLast = solvingRest.get(solvingRest.size() - 1);
            assertThat(solvingLast.name()).isEqualTo("status");
            assertThat(solvingLast.data().path("status").asText()).isEqualTo("SOLVING");
            assertThat(solvingLast.data().path("score").asText()).isNotBlank();

            List<EventStream.Event> queuedRest = named(queuedEvents.rest(WAIT));
            assertThat(queuedRest).extracting(EventStream.Event::name).containsExactly("status");
            assertThat(queuedRest.get(0).data().path("status").asText()).isEqualTo("QUEUED");
        } finally {
            service.close();
        }

        ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ServiceApplication.class)
                .profiles("test").run(args);
        try {
            ApiClient again = new ApiClient(restarted.getEnvironment().getRequiredProperty("local.server.port",
                    Integer.class));
            JsonNode list = ApiClient.json(again.get("/api/v1/schedules"));
            assertThat(list.path("items").findValuesAsText("id")).containsExactlyInAnyOrder(solving, queued);
            // The solving job starts from the best schedule it had: a score at once, before solving again.
            String saved = ApiClient.json(again.get("/api/v1/schedules/" + solving + "?view=summary")).path("score")
                    .asText();
            assertThat(saved).isNotBlank();
            for (String id : List.of(solving, queued)) {
                JsonNode done = again.awaitFinished(id, WAIT);
                assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
                assertThat(done.path("score").asText()).as(done.toString()).isNotBlank();
            }
            String last = ApiClient.json(again.get("/api/v1/schedules/" + solving + "?view=summary")).path("score")
                    .asText();
            assertThat(HardMediumSoftLongScore.parseScore(last)).isGreaterThanOrEqualTo(
                    HardMediumSoftLongScore.parseScore(saved));
        } finally {
            restarted.close();
        }
    }

    /** The events, without heartbeats. */
    private static List<EventStream.Event> named(List<EventStream.Event> events) {
        return events.stream().filter(event -> event.name() != null).toList();
    }
}
