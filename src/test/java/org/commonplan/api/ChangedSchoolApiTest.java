package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonplan.api.ScheduleApiTest.assertProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * A changed school submitted with {@code previous=ID} starts from that job's schedule, as solve --previous does:
 * the {@code lock} keeps what it names, changes.csv and report.json say what moved; a re-solve takes the
 * bundle's kinds of lock. Every mistake is a 4xx problem.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChangedSchoolApiTest {

    private static final String SCHOOL = "small-elementary";
    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);
    /** The teacher who becomes unavailable for a day, and the one whose lessons are locked. */
    private static final String AWAY = "thompson";
    private static final String LOCKED = "silva";

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    @Timeout(300)
    void aChangedSchoolStartsFromThePreviousJobKeepsItsLocksAndSaysWhatMoved() throws Exception {
        String base = api.solvedFeasibly(SCHOOL, SOLVE_WAIT);
        List<Map<String, String>> before = ApiClient.rows(api.get(export(base, "master_schedule.csv")).body());
        String day = before.stream().filter(row -> row.get("teacher").equals(AWAY)).findFirst().orElseThrow()
                .get("block").split("-")[0];
        List<String> hadToMove = before.stream()
                .filter(row -> row.get("teacher").equals(AWAY) && row.get("block").startsWith(day + "-"))
                .map(row -> row.get("section") + "#" + row.get("lesson")).toList();
        Map<String, byte[]> changed = ApiClient.datasetFiles(SCHOOL);
        changed.put("teachers.csv", ApiClient.teacherAway(changed.get("teachers.csv"), AWAY, day));

        // previous and lock as form fields of the upload, as a web form sends them.
        HttpResponse<String> response = api.postFiles("/api/v1/schedules?timeLimit=60s&stopWhen=complete", changed,
                Map.of("previous", base, "lock", "teachers:" + LOCKED));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(ApiClient.json(response).path("basedOn").asText()).isEqualTo(base);
        String id = ApiClient.idOf(response);
        JsonNode done = api.awaitFinished(id, SOLVE_WAIT);
        assertThat(done.path("feasible").asBoolean()).as(done.toString()).isTrue();

        Map<String, Map<String, String>> after = bySectionLesson(
                ApiClient.rows(api.get(export(id, "master_schedule.csv")).body()));
        for (Map<String, String> row : before) {
            Map<String, String> now = after.get(row.get("section") + "#" + row.get("lesson"));
            if (row.get("teacher").equals(LOCKED)) {
                assertThat(List.of(now.get("block"), now.get("room"))).as("locked " + row)
                        .containsExactly(row.get("block"), row.get("room"));
            }
            if (row.get("teacher").equals(AWAY)) {
                assertThat(now.get("block")).as("away on " + day).doesNotStartWith(day + "-");
            }
        }
        List<Map<String, String>> changes = ApiClient.rows(api.get(export(id, "changes.csv")).body());
        List<String> forced = changes.stream().filter(row -> row.get("reason").startsWith("unavailable"))
                .map(row -> row.get("id") + "#" + row.get("lesson")).toList();
        assertThat(forced).containsExactlyInAnyOrderElementsOf(hadToMove);
        JsonNode report = ApiClient.json(api.get(export(id, "report.json"))).path("changes");
        assertThat(report.path("lessonsHadToMove").asInt()).isEqualTo(hadToMove.size());
        assertThat(report.path("lessonsMoved").asInt()).isEqualTo(changes.stream()
                .filter(row -> row.get("kind").equals("lesson")).count()).isGreaterThanOrEqualTo(hadToMove.size());
        // A job solved from scratch has no changes.
        assertProblem(api.get(export(base, "changes.csv")), 404);
    }

    @Test
    @Timeout(300)
    void aPreviousJobThatIsUnknownUnfinishedOrWronglyLockedIsAProblem() {
        byte[] zip = ApiClient.datasetZip(SCHOOL);
        JsonNode unknown = assertProblem(api.postZip("/api/v1/schedules?previous=no-such-job", zip), 404);
        assertThat(unknown.path("detail").asText()).contains("previous=no-such-job");
        JsonNode lockAlone = assertProblem(api.postZip("/api/v1/schedules?lock=all", zip), 400);
        assertThat(lockAlone.path("detail").asText()).contains("previous=ID");

        String running = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=120s", zip));
        try {
            JsonNode unfinished = assertProblem(api.postZip("/api/v1/schedules?previous=" + running, zip), 409);
            assertThat(unfinished.path("detail").asText()).contains(running, "DONE");
            JsonNode badLock = assertProblem(api.postZip("/api/v1/schedules?previous=" + running
                    + "&lock=rooms:GYM", zip), 400);
            assertThat(badLock.path("detail").asText()).contains("rooms:GYM", "sections:ID;ID");
            JsonNode nobody = assertProblem(api.postZip("/api/v1/schedules?previous=" + running
                    + "&lock=teachers:nobody", zip), 400);
            assertThat(nobody.path("detail").asText()).contains("teacher \"nobody\"");
        } finally {
            api.delete("/api/v1/schedules/" + running + "?discard=true");
        }
    }

    @Test
    @Timeout(300)
    void aResolveLocksLessonsByTimeOrRoomAndMeetingsAsABundleDoes() throws Exception {
        String base = api.solvedFeasibly(SCHOOL, SOLVE_WAIT);
        JsonNode schedule = ApiClient.json(api.get("/api/v1/schedules/" + base)).path("schedule");
        Map<String, JsonNode> lessons = new LinkedHashMap<>();
        schedule.path("lessons").forEach(lesson -> lessons.put(lesson.path("id").asText(), lesson));
        // Time only: ART-KA to the block of another lesson of its teacher, which must make way.
        JsonNode art = lessons.get("ART-KA");
        String otherBlock = lessons.values().stream()
                .filter(lesson -> lesson.path("teacher").equals(art.path("teacher")) && lesson.path("section")
                        .asText().startsWith("ART-") && !lesson.path("block").equals(art.path("block")))
                .findFirst().orElseThrow().path("block").asText();
        // Room only: both lessons of PE-KA stay in their rooms, their times free.
        JsonNode pe1 = lessons.get("PE-KA#1");
        JsonNode pe2 = lessons.get("PE-KA#2");
        JsonNode meeting = schedule.path("meetings").get(0);

        ObjectNode request = ApiClient.JSON.createObjectNode();
        request.putObject("fixedBlock").put("ART-KA", otherBlock);
        request.putObject("fixedRoom").put("PE-KA", pe1.path("room").asText() + ";" + pe2.path("room").asText());
        String team = meeting.path("team").asText();
        int meetings = (int) ApiClient.json(api.get("/api/v1/schedules/" + base)).path("schedule").path("meetings")
                .findValuesAsText("team").stream().filter(team::equals).count();
        request.putObject("fixedBlocks").put(team, meeting.path("block").asText() + ";".repeat(meetings - 1));
        request.put("timeLimit", "20s").put("stopWhen", "feasible");
        HttpResponse<String> response = api.postJson("/api/v1/schedules/" + base + "/resolve", request.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = ApiClient.idOf(response);
        assertThat(api.awaitFinished(id, SOLVE_WAIT).path("status").asText()).isEqualTo("DONE");

        JsonNode after = ApiClient.json(api.get("/api/v1/schedules/" + id)).path("schedule");
        Map<String, JsonNode> lessonsAfter = new LinkedHashMap<>();
        after.path("lessons").forEach(lesson -> lessonsAfter.put(lesson.path("id").asText(), lesson));
        assertThat(lessonsAfter.get("ART-KA").path("block").asText()).isEqualTo(otherBlock);
        assertThat(lessonsAfter.get("PE-KA#1").path("room")).isEqualTo(pe1.path("room"));
        assertThat(lessonsAfter.get("PE-KA#2").path("room")).isEqualTo(pe2.path("room"));
        JsonNode meetingAfter = after.path("meetings").get(0);
        assertThat(meetingAfter.path("block")).isEqualTo(meeting.path("block"));
        assertThat(meetingAfter.path("pinned").asBoolean()).isTrue();
        // The lesson that had to move for ART-KA, and ART-KA itself, are listed.
        assertThat(ApiClient.rows(api.get(export(id, "changes.csv")).body())).extracting(row -> row.get("id"))
                .contains("ART-KA");

        // Locks the lessons cannot take are named, and nothing is started.
        ObjectNode bad = ApiClient.JSON.createObjectNode();
        bad.putObject("fixedBlock").put("NO-SUCH", "MON-P1").put("PE-KA", "MON-P1").put("ART-KA", "XYZ-P9");
        bad.putObject("fixedRoom").put("ART-KA", "NO-ROOM");
        bad.putObject("fixedBlocks").put(team, "MON-P1;MON-P2;MON-P3;MON-P4;MON-P5");
        bad.put("lock", "sometimes");
        JsonNode problem = assertProblem(api.postJson("/api/v1/schedules/" + base + "/resolve", bad.toString()), 400);
        assertThat(problem.path("errors").findValuesAsText("column")).containsExactly("fixedBlock", "fixedBlock",
                "fixedBlock", "fixedRoom", "fixedBlocks");
        assertThat(problem.path("errors").findValuesAsText("message")).anySatisfy(message ->
                assertThat(message).contains("NO-SUCH")).anySatisfy(message ->
                assertThat(message).contains("PE-KA", "2 lessons", "lists 1")).anySatisfy(message ->
                assertThat(message).contains("XYZ-P9", "no such block"));
        JsonNode badLock = assertProblem(api.postJson("/api/v1/schedules/" + base + "/resolve",
                "{\"lock\":\"sometimes\"}"), 400);
        assertThat(badLock.path("detail").asText()).contains("sometimes");
        // Two locks that put one teacher in two places at once are named before solving.
        ObjectNode clash = ApiClient.JSON.createObjectNode();
        clash.putObject("fixedBlock").put("ART-KA", otherBlock).put("ART-KB", otherBlock);
        JsonNode clashes = assertProblem(api.postJson("/api/v1/schedules/" + base + "/resolve", clash.toString()),
                400);
        assertThat(clashes.path("errors").findValuesAsText("column")).containsExactly("fixedBlock");
        assertThat(clashes.path("errors").findValuesAsText("message")).singleElement().satisfies(message ->
                assertThat(message).contains("section \"ART-KA\"", "both need teacher \""
                        + art.path("teacher").asText() + "\" in " + otherBlock));
    }

    /** A finished, complete schedule of a bundled dataset. */

    private static String export(String id, String file) {
        return "/api/v1/schedules/" + id + "/export/" + file;
    }


    private static Map<String, Map<String, String>> bySectionLesson(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.get("section") + "#" + row.get("lesson"), row));
        return byId;
    }

}
