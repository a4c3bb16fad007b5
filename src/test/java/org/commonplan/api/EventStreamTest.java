package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
    void whenTheServiceStopsEveryOpenStreamEndsWithDone() {
        ConfigurableApplicationContext service = new SpringApplicationBuilder(ServiceApplication.class)
                .profiles("test").run("--server.port=0", "--commonplan.api.max-concurrent-solves=1");
        int ownPort = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        ApiClient api = new ApiClient(ownPort);
        byte[] school = ApiClient.datasetZip("small-elementary");
        String solving = ApiClient.idOf(api.postZip(SUBMIT, school));
        String queued = ApiClient.idOf(api.postZip(SUBMIT, school));
        api.awaitScore(solving, WAIT);
        try (EventStream solvingEvents = EventStream.open(ownPort, solving);
                EventStream queuedEvents = EventStream.open(ownPort, queued)) {
            assertThat(solvingEvents.next(WAIT).orElseThrow().name()).isEqualTo("status");
            assertThat(queuedEvents.next(WAIT).orElseThrow().name()).isEqualTo("status");

            service.close();

            List<EventStream.Event> solvingRest = named(solvingEvents.rest(WAIT));
            assertThat(solvingRest).isNotEmpty();
            EventStream.Event solvingLast = solvingRest.get(solvingRest.size() - 1);
            assertThat(solvingLast.name()).isEqualTo("done");
            assertThat(solvingLast.data().path("status").asText()).isEqualTo("DONE");
            assertThat(solvingLast.data().path("score").asText()).isNotBlank();

            List<EventStream.Event> queuedRest = named(queuedEvents.rest(WAIT));
            assertThat(queuedRest).extracting(EventStream.Event::name).containsExactly("done");
            assertThat(queuedRest.get(0).data().path("status").asText()).isEqualTo("CANCELLED");
        } finally {
            service.close();
        }
    }

    /** The events, without heartbeats. */
    private static List<EventStream.Event> named(List<EventStream.Event> events) {
        return events.stream().filter(event -> event.name() != null).toList();
    }
}
