package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Finished jobs beyond the retained count leave the database too, with their events: it stays bounded. */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "commonplan.api.max-finished-jobs=1")
@ActiveProfiles("test")
class JobRetentionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Timeout(120)
    void theOldestFinishedJobIsDeletedFromTheDatabase() {
        ApiClient api = new ApiClient(port);
        byte[] school = ApiClient.datasetZip("small-elementary");
        String older = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=30s&stopWhen=feasible", school));
        api.awaitFinished(older, WAIT);
        assertThat(rows("schedule_job_event", "job_id", older)).isPositive();
        String newer = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=30s&stopWhen=feasible", school));
        api.awaitFinished(newer, WAIT);

        api.get("/api/v1/schedules");

        assertThat(rows("schedule_job", "id", newer)).isEqualTo(1);
        assertThat(rows("schedule_job", "id", older)).isZero();
        assertThat(rows("schedule_job_event", "job_id", older)).isZero();
    }

    private int rows(String table, String column, String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, id);
    }
}
