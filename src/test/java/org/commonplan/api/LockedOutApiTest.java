package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonplan.api.ScheduleApiTest.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A lock that leaves a lesson the change needs placed no block at all is refused before solving with a 400 that
 * names the lesson and a block closed to it, on both ways into a re-solve: a changed school with
 * {@code previous=ID&lock=...}, and a re-solve request whose time lock moves a lesson onto its teacher's other,
 * locked lesson. small-middle's groups are busy every period, so with every earlier place locked a lesson that
 * must leave its period finds each other period taken by a locked lesson of its group or teacher.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LockedOutApiTest {

    private static final String SCHOOL = "small-middle";
    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    @Timeout(300)
    void aLockThatLeavesALessonNowhereIsA400NamingIt() throws Exception {
        String base = api.solvedFeasibly(SCHOOL, SOLVE_WAIT);
        List<Map<String, String>> schedule = ApiClient.rows(api.get("/api/v1/schedules/" + base
                + "/export/master_schedule.csv").body());

        // The teacher of the first lesson is away on Friday in its period: it must move, and lock=all keeps the rest.
        Map<String, String> away = schedule.get(0);
        Map<String, byte[]> changed = ApiClient.datasetFiles(SCHOOL);
        changed.put("teachers.csv", ApiClient.teacherAway(changed.get("teachers.csv"), away.get("teacher"),
                "FRI-" + away.get("block")));
        JsonNode changedProblem = assertProblem(api.postFiles("/api/v1/schedules?timeLimit=10s", changed,
                Map.of("previous", base, "lock", "all")), 400);
        assertThat(changedProblem.path("detail").asText()).contains("section \"" + away.get("section") + "\"",
                "nowhere to go", "previous block " + away.get("block") + " is no longer allowed", "Lock less");

        // A time lock onto the period of the teacher's other lesson, every earlier place kept.
        Map<String, String> moved = schedule.get(0);
        Map<String, String> other = schedule.stream().filter(row -> row.get("teacher").equals(moved.get("teacher"))
                && !row.get("block").equals(moved.get("block"))).findFirst().orElseThrow();
        ObjectNode request = ApiClient.JSON.createObjectNode().put("lock", "all");
        request.putObject("fixedBlock").put(moved.get("section"), other.get("block"));
        JsonNode resolveProblem = assertProblem(api.postJson("/api/v1/schedules/" + base + "/resolve",
                request.toString()), 400);
        assertThat(resolveProblem.path("detail").asText()).contains("section \"" + moved.get("section") + "\"",
                "nowhere to go", other.get("block") + " has lesson", "teacher \"" + moved.get("teacher") + "\"");

        // Neither request started a job: the newest is still the base.
        assertThat(ApiClient.json(api.get("/api/v1/schedules")).path("items").get(0).path("id").asText())
                .isEqualTo(base);
    }


}
