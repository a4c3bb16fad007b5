package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.output.ScheduleWriter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The HTTP service on a real server: submit, follow, read, stop and re-solve schedules, and every way a client
 * can get it wrong answered with a 4xx problem, never a 500.
 */
// A 1 ms minimum, so that one test can make a job whose construction is cut short (QueueLimitTest keeps 1s).
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "commonplan.api.min-time-limit=1ms")
@ActiveProfiles("test")
class ScheduleApiTest {

    private static final List<String> DATASETS = List.of("small-middle", "small-elementary");
    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void everyBundledDatasetInEveryFormSolvesToAFeasibleSchedule() throws Exception {
        // All six at once, so the two solver threads share the work; each stops at its first feasible schedule.
        Map<String, String> jobs = new LinkedHashMap<>();
        String query = "/api/v1/schedules?timeLimit=120s&stopWhen=feasible";
        for (String dataset : DATASETS) {
            String json = api.get("/api/v1/datasets/" + dataset).body();
            jobs.put(dataset + " as JSON", accepted(api.postJson(query, json)));
            jobs.put(dataset + " as CSV files", accepted(api.postFiles(query, ApiClient.datasetFiles(dataset))));
            jobs.put(dataset + " as zip", accepted(api.postZip(query, ApiClient.datasetZip(dataset))));
        }
        for (Map.Entry<String, String> job : jobs.entrySet()) {
            JsonNode done = api.awaitFinished(job.getValue(), SOLVE_WAIT);
            assertThat(done.path("status").asText()).as(job.getKey()).isEqualTo("DONE");
            assertThat(done.path("feasible").asBoolean()).as(job.getKey() + ": " + done).isTrue();
            assertThat(done.path("lessonsPlaced").asInt()).as(job.getKey()).isEqualTo(done.path("lessons").asInt());

            JsonNode full = ApiClient.json(api.get("/api/v1/schedules/" + job.getValue()));
            assertThat(full.path("schedule").path("lessons")).isNotEmpty().allSatisfy(lesson -> {
                assertThat(lesson.path("block").asText()).isNotBlank();
                assertThat(lesson.path("room").asText()).isNotBlank();
            });
            JsonNode report = ApiClient.json(api.get("/api/v1/schedules/" + job.getValue() + "/report"));
            assertThat(report.path("summary").path("feasible").asBoolean()).as(job.getKey()).isTrue();
            assertThat(api.get("/api/v1/schedules/" + job.getValue() + "/analysis").statusCode()).isEqualTo(200);
        }
        // The three forms of one dataset are one school.
        for (String dataset : DATASETS) {
            List<Integer> lessonCounts = jobs.entrySet().stream().filter(job -> job.getKey().startsWith(dataset))
                    .map(job -> ApiClient.json(api.get("/api/v1/schedules/" + job.getValue() + "?view=summary"))
                            .path("lessons").asInt())
                    .toList();
            assertThat(lessonCounts).hasSize(3).containsOnly(lessonCounts.get(0));
        }
    }

    @Test
    void submitAnswers202WithLocationAndTheJobAppearsInTheList() {
        HttpResponse<String> response = api.postZip("/api/v1/schedules?timeLimit=1s&name=Zip%20upload",
                ApiClient.datasetZip("small-elementary"));
        assertThat(response.statusCode()).isEqualTo(202);
        String id = ApiClient.idOf(response);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/v1/schedules/" + id));
        assertThat(ApiClient.json(response).path("name").asText()).isEqualTo("Zip upload");

        JsonNode page = ApiClient.json(api.get("/api/v1/schedules?page=0&size=100"));
        assertThat(page.path("items").findValuesAsText("id")).contains(id);
        JsonNode done = api.awaitFinished(id, SOLVE_WAIT);
        assertThat(done.path("timeLimitSeconds").asInt()).isEqualTo(1);
        assertThat(done.has("schedule")).isFalse();
    }

    @Test
    void exportGivesTheOutputFilesAsAZipAndOneByOne() throws Exception {
        String id = accepted(api.postZip("/api/v1/schedules?timeLimit=1s&stopWhen=complete",
                ApiClient.datasetZip("small-elementary")));
        api.awaitFinished(id, SOLVE_WAIT);

        HttpResponse<byte[]> zip = api.getBytes("/api/v1/schedules/" + id + "/export");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactlyElementsOf(ScheduleWriter.FILES);

        HttpResponse<String> csv = api.get("/api/v1/schedules/" + id + "/export/master_schedule.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("section,lesson,course,teacher,co_teacher,groups,block,room");
        assertThat(csv.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        assertProblem(api.get("/api/v1/schedules/" + id + "/export/passwords.csv"), 404);
        assertProblem(api.get("/api/v1/schedules/" + id + "/export/..%252F..%252Fpom.xml"), 404);
    }

    @Test
    void progressEventsArriveUntilTheJobIsDone() throws Exception {
        String id = accepted(api.postZip("/api/v1/schedules?timeLimit=3s", ApiClient.datasetZip("small-elementary")));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/schedules/" + id
                + "/events")).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        // The stream ends by itself after the done event.
        List<String> lines = CompletableFuture.supplyAsync(() -> response.body().toList()).get(60, TimeUnit.SECONDS);

        List<String> events = lines.stream().filter(line -> line.startsWith("event:")).toList();
        assertThat(events).contains("event:best-score");
        assertThat(events.get(events.size() - 1)).isEqualTo("event:done");
        String lastData = lines.stream().filter(line -> line.startsWith("data:")).reduce((a, b) -> b).orElseThrow();
        JsonNode last = ApiClient.JSON.readTree(lastData.substring("data:".length()));
        assertThat(last.path("status").asText()).isEqualTo("DONE");
        assertThat(last.path("score").asText()).isNotBlank();

        // A stream opened on a finished job tells it is done at once.
        HttpResponse<String> late = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(late.body()).contains("event:done");
    }

    @Test
    void stopAnswersOnceTheSolverHasStoppedAndKeepsTheBestSchedule() {
        String id = accepted(api.postZip("/api/v1/schedules?timeLimit=60s", ApiClient.datasetZip("small-middle")));
        api.awaitScore(id, SOLVE_WAIT);

        // Answered once the solver stops, long before its 60 s limit ends the solve.
        HttpResponse<String> stopped = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> api.delete("/api/v1/schedules/" + id));
        assertThat(stopped.statusCode()).isEqualTo(200);

        JsonNode job = ApiClient.json(stopped);
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        assertThat(job.path("stoppedEarly").asBoolean()).isTrue();
        assertThat(job.path("score").asText()).isNotBlank();
        assertThat(job.path("elapsedSeconds").asDouble()).isLessThan(60);
        assertThat(job.path("schedule").path("lessons")).isNotEmpty();

        // Nothing changes after the answer: while another job solves to its end, the stopped one is not updated.
        String other = accepted(api.postZip("/api/v1/schedules?timeLimit=1s",
                ApiClient.datasetZip("small-elementary")));
        api.awaitFinished(other, SOLVE_WAIT);
        JsonNode later = ApiClient.json(api.get("/api/v1/schedules/" + id));
        assertThat(later.path("updatedAt")).isEqualTo(job.path("updatedAt"));
        assertThat(later.path("score")).isEqualTo(job.path("score"));
        assertThat(later.path("schedule")).isEqualTo(job.path("schedule"));

        // Stopping again is harmless; discarding forgets the job.
        assertThat(api.delete("/api/v1/schedules/" + id).statusCode()).isEqualTo(200);
        assertThat(api.delete("/api/v1/schedules/" + id + "?discard=true").statusCode()).isEqualTo(204);
        assertProblem(api.get("/api/v1/schedules/" + id), 404);
    }

    @Test
    void theAnalysisOfAJobThatRanOutOfTimeWhileBuildingItsFirstScheduleSaysSo() {
        String id = accepted(api.postZip("/api/v1/schedules?timeLimit=1ms", ApiClient.datasetZip("small-middle")));
        JsonNode done = api.awaitFinished(id, SOLVE_WAIT);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        // The premise: a millisecond is too short to give every one of 62 sections a block and a room.
        assertThat(done.path("lessonsPlaced").asInt()).isLessThan(done.path("lessons").asInt());

        JsonNode problem = assertProblem(api.get("/api/v1/schedules/" + id + "/analysis"), 409);
        assertThat(problem.path("detail").asText())
                .contains("ended with " + done.path("lessonsPlaced").asInt() + " of " + done.path("lessons").asInt()
                        + " lessons placed", "time limit of 1ms ran out", "longer timeLimit")
                .doesNotContain("is still building");
        assertThat(api.get("/api/v1/schedules/" + id + "/report").statusCode()).isEqualTo(200);
    }

    @Test
    void resolveStartsFromTheCurrentScheduleAndKeepsThePinnedLessonsAndMeetings() {
        String id = accepted(api.postZip("/api/v1/schedules?timeLimit=30s&stopWhen=complete",
                ApiClient.datasetZip("small-elementary")));
        api.awaitFinished(id, SOLVE_WAIT);
        JsonNode before = ApiClient.json(api.get("/api/v1/schedules/" + id)).path("schedule");
        List<JsonNode> pinnedLessons = new ArrayList<>();
        before.path("lessons").forEach(lesson -> {
            if (pinnedLessons.size() < 8 && pinnedLessons.size() < before.path("lessons").size() / 2) {
                pinnedLessons.add(lesson);
            }
        });
        JsonNode pinnedMeeting = before.path("meetings").get(0);
        assertThat(pinnedMeeting.path("block").asText()).isNotBlank();

        ObjectNode request = ApiClient.JSON.createObjectNode();
        pinnedLessons.forEach(lesson -> request.withArray("pinLessons").add(lesson.path("id").asText()));
        request.withArray("pinMeetings").add(pinnedMeeting.path("id").asText());
        request.put("timeLimit", "2s");
        HttpResponse<String> response = api.postJson("/api/v1/schedules/" + id + "/resolve", request.toString());
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = ApiClient.json(response);
        assertThat(accepted.path("basedOn").asText()).isEqualTo(id);
        String resolvedId = accepted.path("id").asText();
        assertThat(resolvedId).isNotEqualTo(id);

        assertThat(api.awaitFinished(resolvedId, SOLVE_WAIT).path("status").asText()).isEqualTo("DONE");
        JsonNode after = ApiClient.json(api.get("/api/v1/schedules/" + resolvedId)).path("schedule");
        Map<String, JsonNode> lessonsAfter = new LinkedHashMap<>();
        after.path("lessons").forEach(lesson -> lessonsAfter.put(lesson.path("id").asText(), lesson));
        for (JsonNode lesson : pinnedLessons) {
            JsonNode now = lessonsAfter.get(lesson.path("id").asText());
            assertThat(now.path("pinned").asBoolean()).isTrue();
            assertThat(now.path("block")).as(lesson.path("id").asText()).isEqualTo(lesson.path("block"));
            assertThat(now.path("room")).as(lesson.path("id").asText()).isEqualTo(lesson.path("room"));
        }
        after.path("meetings").forEach(meeting -> {
            if (meeting.path("id").equals(pinnedMeeting.path("id"))) {
                assertThat(meeting.path("pinned").asBoolean()).isTrue();
                assertThat(meeting.path("block")).isEqualTo(pinnedMeeting.path("block"));
            }
        });
        // The original job keeps its own schedule, unpinned.
        JsonNode original = ApiClient.json(api.get("/api/v1/schedules/" + id)).path("schedule");
        assertThat(original).isEqualTo(before);

        // Unknown ids are listed, and nothing is started.
        HttpResponse<String> bad = api.postJson("/api/v1/schedules/" + id + "/resolve",
                "{\"pinLessons\":[\"no-such-section\"],\"pinMeetings\":[\"NOPE#9\"]}");
        JsonNode problem = assertProblem(bad, 400);
        assertThat(problem.path("errors").findValuesAsText("column")).containsExactly("pinLessons", "pinMeetings");
    }

    @Test
    void invalidBundleListsEveryProblemExactlyAsValidateDoes() throws Exception {
        ObjectNode document = (ObjectNode) ApiClient.json(api.get("/api/v1/datasets/small-elementary"));
        ((ObjectNode) document.withArray("teachers").get(1)).put("homeroom", "3C");
        ((ObjectNode) document.withArray("rooms").get(0)).put("capacity", "many");
        ((ObjectNode) document.withArray("sections").get(2)).put("teacher", "nobody");
        String json = document.toString();
        List<JsonNode> expected = new ArrayList<>();
        try {
            BundleReader.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "school");
            throw new AssertionError("the document should not read");
        } catch (BundleException e) {
            e.problems().forEach(problem -> expected.add(ApiClient.JSON.valueToTree(problem)));
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        int jobsBefore = ApiClient.json(api.get("/api/v1/schedules")).path("totalItems").asInt();

        for (String path : List.of("/api/v1/validate", "/api/v1/schedules")) {
            JsonNode problem = assertProblem(api.postJson(path, json), 400);
            assertThat(problem.path("title").asText()).isEqualTo("Invalid bundle");
            List<JsonNode> errors = new ArrayList<>();
            problem.path("errors").forEach(errors::add);
            assertThat(errors).containsExactlyElementsOf(expected);
            assertThat(errors).allSatisfy(error -> assertThat(error.fieldNames()).toIterable()
                    .containsExactly("file", "line", "column", "message"));
        }
        assertThat(ApiClient.json(api.get("/api/v1/schedules")).path("totalItems").asInt()).isEqualTo(jobsBefore);

        // The same mistake in CSV files is reported on the same file, line and column.
        Map<String, byte[]> files = ApiClient.datasetFiles("small-elementary");
        String teachers = new String(files.get("teachers.csv"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(ApiClient.lines(teachers));
        lines.set(1, lines.get(1).replaceFirst("^([^,]*),", "$1-renamed,"));
        files.put("teachers.csv", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("notes.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        JsonNode problem = assertProblem(api.postFiles("/api/v1/validate", files), 400);
        assertThat(problem.path("errors").findValuesAsText("file")).contains("notes.csv");
        assertThat(problem.path("errors")).anySatisfy(error -> {
            assertThat(error.path("line").asInt()).isPositive();
            assertThat(error.path("column").asText()).isNotBlank();
        });

        JsonNode summary = ApiClient.json(api.postZip("/api/v1/validate", ApiClient.datasetZip("small-middle")));
        assertThat(summary.path("valid").asBoolean()).isTrue();
        assertThat(summary.path("sections").asInt()).isEqualTo(62);
    }

    @Test
    void validateNamesWhatNoScheduleOfAReadableSchoolCanGive() {
        // Cedar Grove's PE teacher gets 4 lessons a week with each of 9 classes: 36, in a week of 35 CLASS periods.
        Map<String, byte[]> files = ApiClient.datasetFiles("small-middle");
        String sections = new String(files.get("sections.csv"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^(PE[678]-[ABC],.*,SINGLE,)3$", "$14");
        files.put("sections.csv", sections.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = api.postFiles("/api/v1/validate", files);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = ApiClient.json(response);
        assertThat(summary.path("valid").asBoolean()).isTrue();
        assertThat(summary.path("schedulable").asBoolean()).isFalse();
        assertThat(summary.path("summary").asText()).startsWith("Cedar Grove Middle School: CANNOT BE SCHEDULED IN "
                + "FULL (2 cause(s) below)");
        assertThat(summary.path("infeasibility").findValuesAsText("check")).containsExactly("teacher-time",
                "room-time");
        assertThat(summary.path("infeasibility").get(0).path("message").asText()).startsWith("teacher pe (Carlos "
                + "Mendez) has lessons that fill 36 timeslots a week, more than the 30 they can teach: they are "
                + "available in all 35 CLASS timeslots");

        JsonNode schedulable = ApiClient.json(api.postFiles("/api/v1/validate",
                ApiClient.datasetFiles("small-middle")));
        assertThat(schedulable.path("schedulable").asBoolean()).isTrue();
        assertThat(schedulable.path("infeasibility")).isEmpty();
    }

    @Test
    void zipsThatReachOutsideTheBundleOrHoldArchivesOrInflateTooFarAreRefused() {
        Map<String, byte[]> slip = new LinkedHashMap<>();
        ApiClient.datasetFiles("small-elementary").forEach((name, bytes) -> slip.put("school/" + name, bytes));
        slip.put("school/../../etc/cron.d/evil.csv", "a\n".getBytes(StandardCharsets.UTF_8));
        slip.put("/tmp/absolute.csv", "a\n".getBytes(StandardCharsets.UTF_8));
        slip.put("C:/windows/drive.csv", "a\n".getBytes(StandardCharsets.UTF_8));
        JsonNode problem = assertProblem(api.postZip("/api/v1/schedules", ApiClient.zip(slip)), 400);
        assertThat(problem.path("errors")).hasSize(3);
        assertThat(problem.path("errors").findValuesAsText("message"))
                .allSatisfy(message -> assertThat(message).contains("outside the bundle folder"));

        Map<String, byte[]> nested = new LinkedHashMap<>();
        nested.put("school/inner.zip", ApiClient.datasetZip("small-elementary"));
        nested.put("school/teachers.csv", ApiClient.datasetZip("small-elementary"));
        problem = assertProblem(api.postZip("/api/v1/schedules", ApiClient.zip(nested)), 400);
        assertThat(problem.path("errors").findValuesAsText("message"))
                .hasSize(2).allSatisfy(message -> assertThat(message).contains("archive inside the archive"));

        // 2 MB of zeros deflate to a few KB, under the upload limit, but inflate past the test limit of 1 MB.
        Map<String, byte[]> bomb = new LinkedHashMap<>(ApiClient.datasetFiles("small-elementary"));
        bomb.put("sections.csv", new byte[2 * 1024 * 1024]);
        byte[] bombZip = ApiClient.zip(bomb);
        assertThat(bombZip.length).isLessThan(256 * 1024);
        problem = assertProblem(api.postZip("/api/v1/validate", bombZip), 400);
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("inflates to more than");

        assertProblem(api.postZip("/api/v1/schedules", "not a zip".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void oversizedUploadsAreRefusedWith413() {
        byte[] big = new byte[300 * 1024];
        JsonNode problem = assertProblem(api.postZip("/api/v1/schedules", big), 413);
        assertThat(problem.path("detail").asText()).contains("limit of 256 KB");
        assertProblem(api.postJson("/api/v1/validate", "{\"x\":\"" + "a".repeat(300 * 1024) + "\"}"), 413);
        Map<String, byte[]> files = new LinkedHashMap<>(ApiClient.datasetFiles("small-elementary"));
        files.put("teachers.csv", big);
        assertProblem(api.postFiles("/api/v1/schedules", files), 413);
    }

    @Test
    void anUploadPastThePartLimitsIsToldWhichLimitItPassed() {
        // 51 small parts, 17 KB in all: under the size limit, over Tomcat's count of parts.
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int part = 0; part < 51; part++) {
            parts.put("extra-" + part + ".csv", "a\n".repeat(150).getBytes(StandardCharsets.UTF_8));
        }
        JsonNode problem = assertProblem(api.postFiles("/api/v1/validate", parts), 413);
        assertThat(problem.path("title").asText()).isEqualTo("Too many parts");
        assertThat(problem.path("detail").asText()).contains("limit of 50 parts", "server.tomcat.max-part-count")
                .doesNotContain("256 KB");

        Map<String, byte[]> longName = Map.of("t".repeat(600) + ".csv", "id\n".getBytes(StandardCharsets.UTF_8));
        problem = assertProblem(api.postFiles("/api/v1/validate", longName), 413);
        assertThat(problem.path("detail").asText()).contains("limit of 512 bytes", "server.tomcat.max-part-header-size")
                .doesNotContain("256 KB");
    }

    @Test
    void clientMistakesAreProblemsNeverServerErrors() {
        assertProblem(api.get("/api/v1/schedules/no-such-job"), 404);
        assertProblem(api.get("/api/v1/schedules/no-such-job/report"), 404);
        assertProblem(api.get("/api/v1/schedules/no-such-job/events"), 404);
        assertProblem(api.delete("/api/v1/schedules/no-such-job"), 404);
        assertProblem(api.postJson("/api/v1/schedules/no-such-job/resolve", "{}"), 404);
        assertProblem(api.get("/api/v1/schedules?page=-1"), 400);
        assertProblem(api.get("/api/v1/schedules?size=lots"), 400);
        assertProblem(api.get("/api/v1/datasets/no-such-dataset"), 404);
        assertProblem(api.get("/api/v1/datasets/..%252F..%252Fetc"), 404);
        // An encoded slash is refused by the web server itself, still as a client error.
        assertProblem(api.get("/api/v1/datasets/..%2F..%2Fetc"), 400);
        assertProblem(api.post("/api/v1/schedules", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(api.postJson("/api/v1/schedules", "{\"teachers\": [}"), 400);
        assertProblem(api.postJson("/api/v1/schedules", ""), 400);
        String json = api.get("/api/v1/datasets/small-elementary").body();
        assertProblem(api.postJson("/api/v1/schedules?timeLimit=soon", json), 400);
        assertProblem(api.postJson("/api/v1/schedules?stopWhen=whenever", json), 400);

        String id = accepted(api.postJson("/api/v1/schedules?timeLimit=1s&stopWhen=complete", json));
        assertProblem(api.get("/api/v1/schedules/" + id + "?view=everything"), 400);
        assertProblem(api.postJson("/api/v1/schedules/" + id + "/resolve", "{not json"), 400);
        api.awaitFinished(id, SOLVE_WAIT);
        assertThat(api.get("/api/v1/schedules/" + id).body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void durationsTooLargeToCountAndMultipartWithoutABoundaryAre400sNamingTheParameter() {
        String json = api.get("/api/v1/datasets/small-elementary").body();
        for (String timeLimit : List.of("99999999999999999999", "9999999999999999h")) {
            JsonNode problem = assertProblem(api.postJson("/api/v1/schedules?timeLimit=" + timeLimit, json), 400);
            assertThat(problem.path("detail").asText()).contains("timeLimit \"" + timeLimit + "\"", "at most 2m");
        }
        String id = accepted(api.postJson("/api/v1/schedules?timeLimit=1s&stopWhen=complete", json));
        api.awaitFinished(id, SOLVE_WAIT);
        JsonNode problem = assertProblem(api.postJson("/api/v1/schedules/" + id + "/resolve",
                "{\"timeLimit\":\"9999999999999999h\"}"), 400);
        assertThat(problem.path("detail").asText()).contains("timeLimit \"9999999999999999h\"");

        byte[] part = ("--x\r\nContent-Disposition: form-data; name=\"teachers.csv\"\r\n\r\nid\r\n--x--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        problem = assertProblem(api.post("/api/v1/schedules", "multipart/form-data", part), 400);
        assertThat(problem.path("detail").asText()).contains("no boundary parameter");
        byte[] cutShort = Arrays.copyOf(part, part.length - 10);
        problem = assertProblem(api.post("/api/v1/validate", "multipart/form-data; boundary=x", cutShort), 400);
        assertThat(problem.path("detail").asText()).contains("boundary parameter of the Content-Type");
    }

    @Test
    void requestsTheWebServerRefusesItselfAreProblemsThatNameTheLimit() {
        String json = api.get("/api/v1/datasets/small-elementary").body();
        JsonNode problem = assertProblem(api.postJson("/api/v1/schedules?name=" + "a".repeat(100 * 1024), json), 400);
        assertThat(problem.path("detail").asText()).contains("limit of 8 KB", "server.max-http-request-header-size");
        problem = assertProblem(api.get("/api/v1/schedules/" + "a".repeat(10 * 1024)), 400);
        assertThat(problem.path("detail").asText()).contains("server.max-http-request-header-size");
        // Spring Boot's own error page, asked for directly, is not a 500.
        assertProblem(api.get("/error"), 404);
    }

    @Test
    void twentyClientsSubmittingAndPollingAtOnceAllGetAnswers() throws Exception {
        String json = api.get("/api/v1/datasets/small-elementary").body();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int client = 0; client < 20; client++) {
                results.add(clients.submit(() -> {
                    ApiClient own = new ApiClient(port);
                    List<Integer> statuses = new ArrayList<>();
                    HttpResponse<String> submitted = own.postJson("/api/v1/schedules?timeLimit=500ms", json);
                    statuses.add(submitted.statusCode());
                    String id = ApiClient.idOf(submitted);
                    Awaitility.await("job " + id + " finished").atMost(SOLVE_WAIT).pollInterval(Duration.ofMillis(250))
                            .until(() -> {
                                HttpResponse<String> poll = own.get("/api/v1/schedules/" + id + "?view=summary");
                                statuses.add(poll.statusCode());
                                String status = ApiClient.json(poll).path("status").asText();
                                if (status.equals("DONE") || status.equals("FAILED")) {
                                    return true;
                                }
                                statuses.add(own.get("/api/v1/schedules?size=5").statusCode());
                                return false;
                            });
                    statuses.add(own.get("/api/v1/schedules/" + id + "/report").statusCode());
                    statuses.add(own.get("/api/v1/schedules/" + id).statusCode());
                    return statuses;
                }));
            }
            for (Future<List<Integer>> result : results) {
                List<Integer> statuses = result.get(120, TimeUnit.SECONDS);
                assertThat(statuses.get(0)).isEqualTo(202);
                assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
                assertThat(statuses.subList(1, statuses.size())).containsOnly(200);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void datasetsOpenApiSwaggerAndHealthAreServed() {
        JsonNode datasets = ApiClient.json(api.get("/api/v1/datasets"));
        assertThat(datasets.findValuesAsText("name")).containsAll(DATASETS);
        datasets.forEach(dataset -> {
            if (DATASETS.contains(dataset.path("name").asText())) {
                assertThat(dataset.path("valid").asBoolean()).isTrue();
            }
        });
        assertThat(api.getBytes("/api/v1/datasets/small-middle/bundle.zip").statusCode()).isEqualTo(200);

        JsonNode openApi = ApiClient.json(api.get("/v3/api-docs"));
        assertThat(openApi.path("paths").has("/api/v1/schedules")).isTrue();
        assertThat(openApi.path("paths").has("/api/v1/schedules/{id}/resolve")).isTrue();
        HttpResponse<String> swagger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html")).build(),
                        HttpResponse.BodyHandlers.ofString()).join();
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api.get("/actuator/health")).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void byDefaultTheServiceAnswersOnLoopbackOnly() throws IOException {
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
        List<InetAddress> ownAddresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> address instanceof Inet4Address).forEach(ownAddresses::add);
            }
        }
        assumeFalse(ownAddresses.isEmpty(), "this machine has no network address but loopback");
        for (InetAddress address : ownAddresses) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                        .as("port %d on %s", port, address).isInstanceOf(ConnectException.class);
            }
        }
    }

    private static String accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ApiClient.idOf(response);
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ", "Exception");
        return problem;
    }
}
