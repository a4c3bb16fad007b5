package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the service on its default database (H2 in a data folder), then a start on the same folder. */
class ServiceRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    @Timeout(240)
    void afterAKillEveryJobIsListedFinishedOnesIntactAndTheOthersFinish(@TempDir Path temp) throws Exception {
        String[] settings = {"--data-dir", temp.resolve("data").toString(),
                "--commonplan.api.max-concurrent-solves=1", "--commonplan.jobs.save-interval=500ms"};
        byte[] school = ApiClient.datasetZip("small-elementary");
        String finished;
        String solving;
        String queued;
        JsonNode finishedBefore;
        byte[] scheduleBefore;
        try (ServiceProcess service = ServiceProcess.start(temp.resolve("first.log"), WAIT, settings)) {
            ApiClient api = service.client();
            finished = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=30s&stopWhen=feasible", school));
            finishedBefore = api.awaitFinished(finished, WAIT);
            scheduleBefore = api.getBytes("/api/v1/schedules/" + finished + "/export/master_schedule.csv").body();
            solving = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=6s", school));
            queued = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=6s", school));
            api.awaitScore(solving, WAIT);
            service.kill();
        }

        try (ServiceProcess service = ServiceProcess.start(temp.resolve("second.log"), WAIT, settings)) {
            ApiClient api = service.client();
            JsonNode list = ApiClient.json(api.get("/api/v1/schedules"));
            assertThat(list.path("items").findValuesAsText("id")).as(service.output())
                    .containsExactlyInAnyOrder(finished, solving, queued);

            JsonNode finishedAfter = ApiClient.json(api.get("/api/v1/schedules/" + finished + "?view=summary"));
            assertThat(finishedAfter.path("feasible").asBoolean()).isTrue();
            for (String field : List.of("status", "score", "feasible", "createdAt", "finishedAt")) {
                assertThat(finishedAfter.path(field)).as(field).isEqualTo(finishedBefore.path(field));
            }
            assertThat(api.getBytes("/api/v1/schedules/" + finished + "/export/master_schedule.csv").body())
                    .isEqualTo(scheduleBefore);

            for (String id : List.of(solving, queued)) {
                JsonNode done = api.awaitFinished(id, WAIT);
                assertThat(done.path("status").asText()).as(service.output()).isEqualTo("DONE");
                assertThat(done.path("score").asText()).isNotBlank();
            }
        }
    }
}
