package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.commonplan.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A job solves as {@code solve} does with the same time limit, also when the service's longest limit
 * (commonplan.api.max-time-limit, 120s under the test profile) is far longer than the job's.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServiceSolvesLikeTheCliTest {

    /**
     * Long enough for {@code solve} to reach the drop phase on a loaded two-core machine: construction (up to about
     * 2 s), the first repair (2 s) and the repair (a third of the limit) end well before it.
     */
    private static final String TIME_LIMIT = "10s";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    /**
     * small-middle with one more team: two part-time teachers, one in school on Mondays only and the other on
     * Fridays only. They share no free timeslot, so its meeting cannot be placed and the repair, which keeps every
     * meeting, cannot end complete: only the drop phase makes the schedule feasible.
     */
    private static Map<String, byte[]> schoolWithATeamThatCannotMeet() {
        Map<String, byte[]> files = new LinkedHashMap<>(ApiClient.datasetFiles("small-middle"));
        append(files, "teachers.csv", "pt-mon,Ana Lopez,ela,TEACHER,,TUE;WED;THU;FRI,\n"
                + "pt-fri,Ben Moore,math,TEACHER,,MON;TUE;WED;THU,\n");
        append(files, "teams.csv", "PT,Part-time team,CONTENT,pt-mon;pt-fri,,1,SINGLE,1\n");
        return files;
    }

    private static void append(Map<String, byte[]> files, String file, String rows) {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        assertThat(text).as(file + " ends its last row").endsWith("\n");
        files.put(file, (text + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(120)
    void aShortJobOnASchoolWhoseMeetingsCannotAllBePlacedEndsFeasibleLikeSolve() throws IOException {
        Map<String, byte[]> files = schoolWithATeamThatCannotMeet();
        Path bundle = Files.createDirectories(dir.resolve("part-time"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(bundle.resolve(file.getKey()), file.getValue());
        }
        ApiClient api = new ApiClient(port);

        // Both at once: the job on the service's solver thread, solve on this one.
        String id = ApiClient.idOf(api.postFiles("/api/v1/schedules?timeLimit=" + TIME_LIMIT, files));
        CommandRun cli = new CommandRun();
        int exit = cli.run("solve", bundle.toString(), "--time-limit", TIME_LIMIT, "--out",
                dir.resolve("out").toString());
        JsonNode job = api.awaitFinished(id, Duration.ofSeconds(90));

        assertThat(exit).as("solve: " + cli.out + cli.err).isZero(); // 0: feasible
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        assertThat(job.path("feasible").asBoolean()).as(job.toString()).isTrue();
        JsonNode meetings = ApiClient.json(api.get("/api/v1/schedules/" + id)).path("schedule").path("meetings");
        assertThat(meetings.findValues("id")).isNotEmpty();
        assertThat(meetings).filteredOn(meeting -> meeting.path("id").asText().startsWith("PT#"))
                .singleElement().satisfies(meeting -> assertThat(meeting.path("block").asText(null)).isNull());
    }
}
