package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One instance of a cluster (db-scheduler on the test's own database): the queue limit and the retention of
 * finished jobs hold for the jobs in the store, whichever instance took them.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"commonplan.cluster.enabled=true", "commonplan.cluster.polling-interval=100ms",
                "commonplan.cluster.stop-poll=100ms", "commonplan.api.max-concurrent-solves=1",
                "commonplan.api.queue-capacity=1", "commonplan.api.max-finished-jobs=1"})
@ActiveProfiles("test")
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
class ClusterStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theQueueLimitAndTheRetentionCountHoldForTheWholeStore() {
        ApiClient api = new ApiClient(port);
        byte[] school = ApiClient.datasetZip("small-elementary");
        String first = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=1s", school));
        assertThat(api.awaitFinished(first, WAIT).path("status").asText()).isEqualTo("DONE");
        String second = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=1s", school));
        assertThat(api.awaitFinished(second, WAIT).path("status").asText()).isEqualTo("DONE");

        // One solving, one waiting: the cluster's queue is full. The submits also evict all but one finished job.
        String solving = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=60s", school));
        api.awaitScore(solving, WAIT);
        String waiting = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=60s", school));
        HttpResponse<String> refused = api.postZip("/api/v1/schedules?timeLimit=60s", school);

        assertThat(ScheduleApiTest.assertProblem(refused, 429).path("detail").asText())
                .contains("The cluster has 1 schedules waiting");
        assertThat(api.get("/api/v1/schedules/" + first).statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api.get("/api/v1/schedules")).path("items").findValuesAsText("id"))
                .containsExactlyInAnyOrder(second, solving, waiting);
        assertThat(api.get("/actuator/prometheus").body()).containsPattern("(?m)^commonplan_jobs_queued 1\\.0$");

        // Stopped: the waiting job is cancelled in the store, the solving one stops with its schedule.
        assertThat(ApiClient.json(api.delete("/api/v1/schedules/" + waiting)).path("status").asText())
                .isEqualTo("CANCELLED");
        JsonNode stopped = ApiClient.json(api.delete("/api/v1/schedules/" + solving));
        assertThat(stopped.path("status").asText()).isEqualTo("DONE");
        assertThat(stopped.path("stoppedEarly").asBoolean()).isTrue();
    }
}
