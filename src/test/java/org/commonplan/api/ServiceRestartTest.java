package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the service, then a start on the same database: the default (H2 in a data folder) and a real
 * PostgreSQL.
 */
class ServiceRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A service's start, generous: on a busy machine a JVM and Spring take long to start. */
    private static final Duration START = Duration.ofSeconds(150);

    @Test
    @Timeout(400)
    void onTheDefaultDatabaseAKillLosesNoJob(@TempDir Path temp) throws Exception {
        killAndRestart(temp, "--data-dir", temp.resolve("data").toString());
    }

    @Test
    @Timeout(400)
    void onPostgresqlAKillLosesNoJob(@TempDir Path temp) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            killAndRestart(temp, "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres");
        }
    }

    /**
     * One job finished, one solving and one queued when the service is killed: after a start on the same database
     * all three are listed, the finished one as it was, and the other two finish.
     */
    private static void killAndRestart(Path temp, String... database) throws Exception {
        List<String> all = new ArrayList<>(List.of(database));
        all.addAll(List.of("--commonplan.api.max-concurrent-solves=1", "--commonplan.jobs.save-interval=500ms"));
        String[] settings = all.toArray(String[]::new);
        byte[] school = ApiClient.datasetZip("small-elementary");
        String finished;
        String solving;
        String queued;
        JsonNode finishedBefore;
        byte[] scheduleBefore;
        try (ServiceProcess service = ServiceProcess.start(temp.resolve("first.log"), START, settings)) {
            ApiClient api = service.client();
            finished = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=30s&stopWhen=feasible", school));
            finishedBefore = api.awaitFinished(finished, WAIT);
            scheduleBefore = api.getBytes("/api/v1/schedules/" + finished + "/export/master_schedule.csv").body();
            solving = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=6s", school));
            queued = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=6s", school));
            api.awaitScore(solving, WAIT);
            service.kill();
        }

        try (ServiceProcess service = ServiceProcess.start(temp.resolve("second.log"), START, settings)) {
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
