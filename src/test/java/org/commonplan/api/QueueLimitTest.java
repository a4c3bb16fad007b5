package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Bounded work: one solve at once, one waiting, the next refused with 429; finished jobs kept up to a count. */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"commonplan.api.max-concurrent-solves=1", "commonplan.api.queue-capacity=1",
                "commonplan.api.max-finished-jobs=2"})
@ActiveProfiles("test")
class QueueLimitTest {

    private static final String SUBMIT = "/api/v1/schedules?timeLimit=60s";

    @LocalServerPort
    int port;

    @Test
    void aTimeLimitTooShortToPlaceEveryLessonIsRefusedWith400() {
        ApiClient api = new ApiClient(port);

        HttpResponse<String> refused = api.postZip("/api/v1/schedules?timeLimit=500ms",
                ApiClient.datasetZip("small-elementary"));

        assertThat(ScheduleApiTest.assertProblem(refused, 400).path("detail").asText())
                .contains("timeLimit \"500ms\" is shorter than the shortest solve, 1s");
    }

    @Test
    void aFullQueueAnswers429WithRetryAfterAndFinishedJobsAreEvictedOldestFirst() {
        ApiClient api = new ApiClient(port);
        byte[] school = ApiClient.datasetZip("small-elementary");
        String solving = ApiClient.idOf(api.postZip(SUBMIT, school));
        HttpResponse<String> queuedResponse = api.postZip(SUBMIT, school);
        assertThat(queuedResponse.statusCode()).isEqualTo(202);
        String queued = ApiClient.idOf(queuedResponse);

        HttpResponse<String> refused = api.postZip(SUBMIT, school);
        ScheduleApiTest.assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isPositive());

        // A job stopped while it waits is cancelled: never solved, without a schedule, and its place is freed.
        JsonNode stopped = ApiClient.json(api.delete("/api/v1/schedules/" + queued));
        assertThat(stopped.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(stopped.path("score").isNull() || stopped.path("score").isMissingNode()).isTrue();
        for (String output : List.of("/report", "/analysis", "/export")) {
            JsonNode problem = ScheduleApiTest.assertProblem(api.get("/api/v1/schedules/" + queued + output), 409);
            assertThat(problem.path("detail").asText()).as(output).contains("was cancelled", "never solved")
                    .doesNotContain("poll");
        }
        assertThat(ApiClient.json(api.get("/api/v1/schedules/" + queued + "?view=summary")).path("status").asText())
                .isEqualTo("CANCELLED");
        String next = ApiClient.idOf(api.postZip(SUBMIT, school));

        api.awaitScore(solving, Duration.ofSeconds(60));
        assertThat(ApiClient.json(api.delete("/api/v1/schedules/" + solving)).path("status").asText())
                .isEqualTo("DONE");
        assertThat(ApiClient.json(api.delete("/api/v1/schedules/" + next)).path("status").asText())
                .isEqualTo("DONE");

        // Three finished, two kept: the first to finish is gone.
        JsonNode page = ApiClient.json(api.get("/api/v1/schedules"));
        assertThat(page.path("totalItems").asInt()).isEqualTo(2);
        assertThat(page.path("items").findValuesAsText("id")).containsExactlyInAnyOrder(solving, next);
        ScheduleApiTest.assertProblem(api.get("/api/v1/schedules/" + queued), 404);
    }
}
