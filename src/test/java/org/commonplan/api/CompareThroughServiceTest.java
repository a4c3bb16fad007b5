package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;

import org.commonplan.batch.ServerSolves;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.cli.CommandRun;
import org.commonplan.cli.CommonPlanCommand;
import org.commonplan.compare.Comparison;
import org.commonplan.compare.ComparisonWriter;
import org.commonplan.compare.ServiceScenarios;
import org.commonplan.domain.School;
import org.commonplan.output.ScheduleWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code compare --server URL}: the scenarios are solved by a running service, and the comparison is the one
 * {@code compare} writes when it solves them itself.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompareThroughServiceTest {

    /** Figures of the problems alone: a solve anywhere gives these the same values. */
    private static final List<String> PROBLEM_FIGURES = List.of("school", "class_periods_per_day",
            "mean_period_minutes", "teachers", "teaching_staff", "teachers_on_teams", "staff_on_no_team", "sections",
            "teams", "meetings_requested", "meeting_bound", "release_fte", "release_cost", "staff_teaching_lessons",
            "mean_teaching_minutes");

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private final Set<String> earlierJobs = new HashSet<>();

    @BeforeEach
    void noteEarlierJobs() {
        JsonNode page = ApiClient.json(new ApiClient(port).get("/api/v1/schedules?size=100"));
        page.path("items").forEach(job -> earlierJobs.add(job.path("id").asText()));
    }

    private String server() {
        return "http://localhost:" + port;
    }

    /** This test's jobs on the service by name: their status and score. */
    private Map<String, JsonNode> jobsOnTheService() {
        JsonNode page = ApiClient.json(new ApiClient(port).get("/api/v1/schedules?size=100"));
        Map<String, JsonNode> jobs = new TreeMap<>();
        page.path("items").forEach(job -> {
            if (!earlierJobs.contains(job.path("id").asText())) {
                assertThat(jobs.put(job.path("name").asText(), job)).as("one job per scenario").isNull();
            }
        });
        return jobs;
    }

    /** Maple Street as it is, and with a third release period for the coach, a new teacher and fewer GK meetings. */
    private Path scenarios() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        TestBundles.copyOf("small-elementary", scenarios, "base");
        Path more = TestBundles.copyOf("small-elementary", scenarios, "more-release");
        replace(more.resolve("teachers.csv"), "TEACHER_LEADER,2,", "TEACHER_LEADER,3,");
        Files.writeString(more.resolve("teachers.csv"), "newbie,Noor Ali,elementary,TEACHER,,,\n",
                StandardOpenOption.APPEND);
        replace(more.resolve("teams.csv"), "GK,Kindergarten team,GRADE,rivera;chen;okafor,,2,SINGLE",
                "GK,Kindergarten team,GRADE,rivera;chen;okafor;newbie,,1,SINGLE");
        return scenarios;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s holds %s", file.getFileName(), from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void theServiceSolvesEachScenarioAndTheComparisonIsTheLocalOne() throws Exception {
        Path scenarios = scenarios();
        Path local = dir.resolve("local");
        Path remote = dir.resolve("remote");
        CommandRun here = new CommandRun();
        int localExit = here.run("compare", scenarios.toString(), "--out", local.toString(), "--time-limit", "2s");
        CommandRun there = new CommandRun();

        int exit = there.run("compare", scenarios.toString(), "--out", remote.toString(), "--server", server(),
                "--time-limit", "2s");

        assertThat(localExit).as(here.err.toString()).isIn(CommonPlanCommand.EXIT_OK,
                CommonPlanCommand.EXIT_INFEASIBLE);
        Map<String, JsonNode> jobs = jobsOnTheService();
        assertThat(jobs.keySet()).containsExactly("base", "more-release");
        assertThat(jobs.values()).allSatisfy(job -> assertThat(job.path("status").asText()).isEqualTo("DONE"));
        assertThat(there.err.toString()).contains("on " + server(), "[2 of 2]");
        // The same files, the same rows and columns.
        assertThat(files(remote)).isEqualTo(files(local));
        Map<String, List<String>> localRows = rows(local.resolve(ComparisonWriter.CSV));
        Map<String, List<String>> rows = rows(remote.resolve(ComparisonWriter.CSV));
        assertThat(rows.keySet()).containsExactlyElementsOf(localRows.keySet());
        assertThat(rows.get("section,metric")).containsExactly("base", "more-release");
        for (String figure : PROBLEM_FIGURES) {
            assertThat(rows.get("summary," + figure)).as(figure).isEqualTo(localRows.get("summary," + figure));
        }
        localRows.keySet().stream().filter(key -> key.startsWith("changes from ")
                || key.startsWith("team requested minutes,")).forEach(key ->
                        assertThat(rows.get(key)).as(key).isEqualTo(localRows.get(key)));
        // Each scenario's figures are the service's schedule counted again here: its report's own.
        boolean allFeasible = true;
        for (int s = 0; s < 2; s++) {
            String scenario = List.of("base", "more-release").get(s);
            JsonNode report = ApiClient.JSON.readTree(remote.resolve(scenario).resolve(ScheduleWriter.REPORT)
                    .toFile());
            JsonNode summary = report.path("collaboration").path("summary");
            assertThat(report.path("score").asText()).isEqualTo(jobs.get(scenario).path("score").asText());
            // A solve stopped while still building its first schedule may be scored otherwise (said on stderr).
            if (everyLessonPlaced(remote.resolve(scenario))) {
                // The CSV quotes a leading minus as '- so that no spreadsheet takes it for a formula.
                assertThat(rows.get("summary,score").get(s).replaceFirst("^'", ""))
                        .isEqualTo(report.path("score").asText());
                assertThat(there.err.toString()).doesNotContain(scenario + ": the service reported score");
            }
            assertThat(rows.get("summary,feasible").get(s)).isEqualTo(report.path("feasible").asText());
            assertThat(Integer.parseInt(rows.get("summary,meetings_placed").get(s)))
                    .isEqualTo(summary.path("meetingsScheduled").asInt());
            assertThat(Double.parseDouble(rows.get("summary,mean_collab_minutes_all_staff").get(s)))
                    .isEqualTo(summary.path("meanCollaborativeMinutesAllStaff").asDouble());
            assertThat(Integer.parseInt(rows.get("summary,min_collab_minutes").get(s)))
                    .isEqualTo(summary.path("minCollaborativeMinutes").asInt());
            for (JsonNode team : report.path("collaboration").path("teams")) {
                assertThat(rows.get("team scheduled minutes," + team.path("id").asText()).get(s))
                        .isEqualTo(team.path("scheduledMinutes").asText());
            }
            assertThat(Double.parseDouble(rows.get("summary,solve_seconds").get(s))).isPositive();
            allFeasible &= report.path("feasible").asBoolean();
        }
        assertThat(exit).as(there.err.toString())
                .isEqualTo(allFeasible ? CommonPlanCommand.EXIT_OK : CommonPlanCommand.EXIT_INFEASIBLE);
        assertThat(there.out.toString()).contains("| Figure | base | more-release |",
                "Team meetings placeable at most (bound) | 7 | 6 |");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStoppedComparisonWithdrawsItsJobsAndWritesNoComparison() throws Exception {
        Path scenarios = scenarios();
        Path out = dir.resolve("out");
        Map<String, Path> bundles = new LinkedHashMap<>();
        Map<String, School> problems = new LinkedHashMap<>();
        for (String name : List.of("base", "more-release")) {
            bundles.put(name, scenarios.resolve(name));
            problems.put(name, BundleReader.read(scenarios.resolve(name)));
        }
        CountDownLatch solving = new CountDownLatch(2);
        ServiceScenarios compare = new ServiceScenarios(new ServerSolves(URI.create(server()), null,
                Duration.ofSeconds(60)));
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CompletableFuture<List<Comparison.Scenario>> run = CompletableFuture.supplyAsync(() -> {
            try {
                return compare.solve(bundles, problems, out, new ServiceScenarios.Listener() {
                    @Override
                    public void newBest(String scenario, String score) {
                        if (seen.add(scenario)) {
                            solving.countDown();
                        }
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        solving.await();

        compare.stop();

        assertThat(run.get()).isNull();
        assertThat(jobsOnTheService()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        CommandRun command = new CommandRun();

        // Port 9 (discard) on loopback: nothing listens there.
        int exit = command.run("compare", scenarios().toString(), "--out", out.toString(), "--server",
                "http://127.0.0.1:9");

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_FAILURE);
        assertThat(command.err.toString()).contains("cannot reach the service at http://127.0.0.1:9/",
                "nothing solved");
        assertThat(out).doesNotExist();
    }

    /** The scenario's master_schedule.csv gives every lesson a block and a room. */
    private static boolean everyLessonPlaced(Path scenario) throws Exception {
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(scenario.resolve(
                ScheduleWriter.MASTER_SCHEDULE)))) {
            List<String[]> lines = reader.readAll();
            List<String> header = List.of(lines.get(0));
            int block = header.indexOf("block");
            int room = header.indexOf("room");
            return lines.stream().skip(1).allMatch(line -> !line[block].isBlank() && !line[room].isBlank());
        }
    }

    /** Every file under the folder, by path relative to it. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()).sorted()
                    .toList();
        }
    }

    /** A comparison.csv's rows by their first two cells, each with its scenarios' cells. */
    private static Map<String, List<String>> rows(Path csv) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv))) {
            for (String[] line : reader.readAll()) {
                rows.put(line[0] + "," + line[1], List.of(line).subList(2, line.length));
            }
        }
        return rows;
    }
}
