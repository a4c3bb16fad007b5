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

    /** The school that took the service down (19,000 teachers, one team of all): refused at once, health answers. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aSchoolOfNineteenThousandTeachersInOneTeamIsRefusedAndHealthKeepsAnswering() throws Exception {
        ApiClient api = new ApiClient(port);
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        org.commonplan.bundle.TestBundles.filesOf("small-elementary").forEach((name, bytes) -> {
            if (name.equals("bell_schedule.csv") || name.equals("rooms.csv")) {
                files.put("huge/" + name, bytes);
            }
        });
        StringBuilder teachers = new StringBuilder("id\n");
        StringBuilder team = new StringBuilder("id,kind,members\nALL,GRADE,");
        for (int i = 0; i < 19_000; i++) {
            teachers.append('t').append(i).append('\n');
            team.append(i == 0 ? "" : ";").append('t').append(i);
        }
        files.put("huge/teachers.csv", teachers.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("huge/teams.csv", team.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("huge/sections.csv", "id,course,teacher\nS1,C1,t0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<String> refused = api.postZip("/api/v1/schedules?timeLimit=5s", ApiClient.zip(files));

        assertThat(ScheduleApiTest.assertProblem(refused, 400).toString()).contains("a school has at most 1,000 teachers");
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
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
