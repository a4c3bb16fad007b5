package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Health names the database and the job engine; Prometheus gets the queue, the running solves and job times. */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Spring Boot leaves metrics export out of tests unless asked.
@AutoConfigureObservability
class JobMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Test
    void healthShowsTheDatabaseAndTheJobEngine() {
        JsonNode health = ApiClient.json(new ApiClient(port).get("/actuator/health"));
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("jobs").path("status").asText()).isEqualTo("UP");
    }

    @Test
    @Timeout(120)
    void prometheusCountsQueuedAndSolvingJobsAndTimesFinishedOnes() {
        ApiClient api = new ApiClient(port);
        String scrape = api.get("/actuator/prometheus").body();
        assertThat(scrape).contains("commonplan_jobs_queued ", "commonplan_jobs_solving ");

        String id = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=30s&stopWhen=feasible",
                ApiClient.datasetZip("small-elementary")));
        api.awaitFinished(id, WAIT);

        assertThat(api.get("/actuator/prometheus").body())
                .containsPattern("commonplan_jobs_solve_duration_seconds_count\\{[^}]*status=\"DONE\"[^}]*} [1-9]");
    }
}
