package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.commonplan.batch.BatchRunner;
import org.commonplan.batch.SchoolResult;
import org.commonplan.batch.ServerSolves;
import org.commonplan.bundle.TestBundles;
import org.commonplan.cli.CommandRun;
import org.commonplan.cli.CommonPlanCommand;
import org.commonplan.output.ScheduleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code batch DIR --server URL}: the schools are solved by a running service, the outputs are the batch's own. */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BatchThroughServiceTest {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    /** small-middle, small-elementary and a broken copy that is never sent. */
    private Path district() throws IOException {
        Path in = dir.resolve("district");
        TestBundles.copyOf("small-middle", in, "small-middle");
        TestBundles.copyOf("small-elementary", in, "small-elementary");
        Path broken = TestBundles.copyOf("small-elementary", in, "broken");
        Path teachers = broken.resolve("teachers.csv");
        Files.writeString(teachers, Files.readString(teachers).replace("chen,Lily Chen,elementary,TEACHER,,KB",
                "chen,Lily Chen,elementary,TEACHER,,ZZ"));
        return in;
    }

    private String server() {
        return "http://localhost:" + port;
    }

    /** The service's jobs by name, each with its status. */
    /** Jobs other test classes left on the shared service before this test began: not this test's to count. */
    private final java.util.Set<String> earlierJobs = new java.util.HashSet<>();

    @org.junit.jupiter.api.BeforeEach
    void noteEarlierJobs() {
        JsonNode page = ApiClient.json(new ApiClient(port).get("/api/v1/schedules?size=100"));
        page.path("items").forEach(job -> earlierJobs.add(job.path("id").asText()));
    }

    /** This test's jobs on the service, by name: their statuses, oldest first. */
    private Map<String, String> jobsOnTheService() {
        JsonNode page = ApiClient.json(new ApiClient(port).get("/api/v1/schedules?size=100"));
        Map<String, String> jobs = new java.util.TreeMap<>();
        page.path("items").forEach(job -> {
            if (!earlierJobs.contains(job.path("id").asText())) {
                jobs.merge(job.path("name").asText(), job.path("status").asText(),
                        (first, second) -> first + "," + second);
            }
        });
        return jobs;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theServiceSolvesEachGoodSchoolOnceAndAResumeSendsOnlyWhatIsMissing() throws IOException {
        Path in = district();
        Path out = dir.resolve("out");
        CommandRun command = new CommandRun();

        int exit = command.run("batch", in.toString(), "--out", out.toString(), "--server", server(),
                "--time-limit", "1s", "--parallel", "2");

        assertThat(exit).as(command.err.toString()).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(jobsOnTheService()).containsExactlyInAnyOrderEntriesOf(
                Map.of("small-elementary", "DONE", "small-middle", "DONE"));
        Map<String, SchoolResult> summary = BatchRunner.readState(out.resolve(BatchRunner.SUMMARY));
        assertThat(summary.keySet()).containsExactly("broken", "small-elementary", "small-middle");
        assertThat(summary.get("broken").status()).isEqualTo(SchoolResult.Status.INVALID);
        assertThat(summary.get("broken").errors()).contains("teachers.csv line 3, column homeroom");
        for (String school : List.of("small-elementary", "small-middle")) {
            SchoolResult row = summary.get(school);
            assertThat(row.status()).isEqualTo(SchoolResult.Status.SOLVED);
            assertThat(row.feasible()).isNotNull();
            assertThat(row.bound()).isEqualTo(row.meetingsRequested());
            assertThat(row.seconds()).isPositive();
            for (String file : ScheduleWriter.FILES) {
                assertThat(out.resolve(school).resolve(file)).isRegularFile();
            }
            JsonNode report = ApiClient.json(new ApiClient(port).get("/api/v1/schedules?size=100"));
            assertThat(report.path("items").findValuesAsText("score")).contains(row.score());
        }
        SchoolResult middle = summary.get("small-middle");
        assertThat(middle.bound()).isEqualTo(8);
        assertThat(middle.staff()).isEqualTo(18);
        assertThat(middle.staffOnNoTeam()).isEqualTo(5);
        assertThat(summary.get("small-elementary").bound()).isEqualTo(7);
        assertThat(command.err.toString()).contains("on " + server(), "[3 of 3]");
        assertThat(command.out.toString()).contains("broken: INVALID", "3 school(s)", "1 invalid");

        // One school's outputs are lost: the resumed batch sends that one only.
        deleteTree(out.resolve("small-elementary"));
        CommandRun resumed = new CommandRun();
        int again = resumed.run("batch", in.toString(), "--out", out.toString(), "--server", server(),
                "--time-limit", "1s", "--resume");

        assertThat(again).as(resumed.err.toString()).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(jobsOnTheService()).containsExactlyInAnyOrderEntriesOf(
                Map.of("small-elementary", "DONE,DONE", "small-middle", "DONE"));
        Map<String, SchoolResult> after = BatchRunner.readState(out.resolve(BatchRunner.SUMMARY));
        assertThat(after.get("small-middle")).isEqualTo(middle);
        assertThat(after.get("small-elementary").status()).isEqualTo(SchoolResult.Status.SOLVED);
        assertThat(out.resolve("small-elementary").resolve(ScheduleWriter.REPORT)).isRegularFile();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStoppedBatchWithdrawsItsJobAndWritesNothingForIt() throws Exception {
        Path in = dir.resolve("district");
        TestBundles.copyOf("small-middle", in, "stopped-middle");
        Path out = dir.resolve("out");
        CountDownLatch solving = new CountDownLatch(1);
        BatchRunner runner = new BatchRunner(new BatchRunner.Options(in, out, 1, Duration.ofSeconds(60), null, false),
                new ServerSolves(URI.create(server()), null, Duration.ofSeconds(60)), new BatchRunner.Listener() {
                    @Override
                    public void newBest(String school, String score) {
                        solving.countDown();
                    }
                });
        CompletableFuture<BatchRunner.Outcome> batch = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        solving.await();

        assertThat(runner.cancel(Duration.ofSeconds(30))).isTrue();

        BatchRunner.Outcome outcome = batch.get();
        assertThat(outcome.interrupted()).isTrue();
        assertThat(outcome.results()).extracting(SchoolResult::status).containsExactly(SchoolResult.Status.PENDING);
        assertThat(out.resolve("stopped-middle")).doesNotExist();
        assertThat(jobsOnTheService()).doesNotContainKey("stopped-middle");
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedAndNothingIsWritten() throws IOException {
        Path in = district();
        Path out = dir.resolve("out");
        CommandRun command = new CommandRun();

        // Port 9 (discard) on loopback: nothing listens there.
        int exit = command.run("batch", in.toString(), "--out", out.toString(), "--server", "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_FAILURE);
        assertThat(command.err.toString()).contains("cannot reach the service at http://127.0.0.1:9/",
                "nothing solved");
        assertThat(out).doesNotExist();
    }

    private static void deleteTree(Path folder) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
