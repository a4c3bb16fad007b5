package org.commonplan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.bundle.TestBundles;
import org.commonplan.cli.CommandRun;
import org.commonplan.cli.CommonPlanCommand;
import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;


/** Batches as a district runs them: every school, bad bundles reported, interruptions and resumes. */
@Timeout(300)
class BatchRunnerTest {

    /** A short fixed search: what a school's schedule looks like does not matter here. */
    private static final Function<School, SolverConfig> QUICK = school -> SolverTestSupport.fixedSteps(10);

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();
    private final StringWriter out = command.out;
    private final StringWriter err = command.err;

    private int run(String... args) {
        return command.run(args);
    }

    /** small-middle, small-elementary, a broken copy, and a scenario inside a bundle that is not a school. */
    private Path district() throws IOException {
        Path in = dir.resolve("district");
        TestBundles.copyOf("small-middle", in, "small-middle");
        TestBundles.copyOf("small-elementary", in, "small-elementary");
        TestBundles.copyOf("small-elementary", in.resolve("small-middle").resolve("scenarios"), "other");
        Path broken = TestBundles.copyOf("small-elementary", in, "broken");
        Path teachers = broken.resolve("teachers.csv");
        Files.writeString(teachers, Files.readString(teachers).replace("chen,Lily Chen,elementary,TEACHER,,KB",
                "chen,Lily Chen,elementary,TEACHER,,ZZ"));
        return in;
    }

    @Test
    void everySchoolIsSolvedTheBrokenOneReportedAndAResumeSolvesOnlyWhatIsMissing() throws IOException {
        Path in = district();
        Path outDir = dir.resolve("out");

        int exit = run("batch", in.toString(), "--out", outDir.toString(), "--time-limit", "2s", "--seed", "1",
                "--parallel", "2");

        assertThat(exit).as(err.toString()).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        Map<String, SchoolResult> summary = BatchRunner.readState(outDir.resolve(BatchRunner.SUMMARY));
        assertThat(summary.keySet()).containsExactly("broken", "small-elementary", "small-middle");
        SchoolResult broken = summary.get("broken");
        assertThat(broken.status()).isEqualTo(SchoolResult.Status.INVALID);
        assertThat(broken.errors()).contains("teachers.csv line 3, column homeroom");
        assertThat(outDir.resolve("broken")).doesNotExist();
        assertThat(outDir.resolve("other")).doesNotExist();
        for (String school : List.of("small-elementary", "small-middle")) {
            SchoolResult row = summary.get(school);
            assertThat(row.status()).isEqualTo(SchoolResult.Status.SOLVED);
            assertThat(row.feasible()).isNotNull();
            assertThat(row.bound()).isEqualTo(row.meetingsRequested());
            assertThat(row.meetingsPlaced()).isBetween(0, row.bound());
            assertThat(row.seconds()).isPositive();
            for (String file : ScheduleWriter.FILES) {
                assertThat(outDir.resolve(school).resolve(file)).isRegularFile();
            }
        }
        assertThat(summary.get("small-elementary").bound()).isEqualTo(7);
        assertThat(summary.get("small-middle").bound()).isEqualTo(8);
        // Cedar Grove's 18 teaching staff: pe, art, music, stem and sped are on no team, and count as 0 minutes.
        SchoolResult middle = summary.get("small-middle");
        assertThat(middle.staff()).isEqualTo(18);
        assertThat(middle.staffOnNoTeam()).isEqualTo(5);
        assertThat(middle.minCollaborativeMinutesAllStaff()).isZero();
        assertThat(middle.meanCollaborativeMinutesAllStaff())
                .isCloseTo(middle.meanCollaborativeMinutes() * 13 / 18, org.assertj.core.data.Offset.offset(0.1));
        assertThat(middle.shareAtPdThresholdAllStaff()).isLessThanOrEqualTo(13 / 18.0 + 0.01);
        assertThat(Files.readAllLines(outDir.resolve(BatchRunner.SUMMARY)).get(0))
                .isEqualTo(String.join(",", SchoolResult.HEADER));
        assertThat(out.toString()).contains("broken: INVALID", "3 school(s)", "1 invalid");

        // One school's output is lost: a resumed batch solves that one (and re-checks the invalid one) only.
        deleteTree(outDir.resolve("small-elementary"));
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        BatchRunner.Outcome resumed = new BatchRunner(new BatchRunner.Options(in, outDir, 1, null, 1L, true), QUICK,
                new BatchRunner.Listener() {
                    @Override
                    public void started(String school, int number, int toSolve) {
                        started.add(school);
                    }
                }).run();

        assertThat(started).containsExactly("broken", "small-elementary");
        assertThat(resumed.kept()).isEqualTo(1);
        assertThat(resumed.processed()).isEqualTo(2);
        assertThat(resumed.interrupted()).isFalse();
        Map<String, SchoolResult> after = BatchRunner.readState(outDir.resolve(BatchRunner.SUMMARY));
        assertThat(after.get("small-middle")).isEqualTo(summary.get("small-middle"));
        assertThat(after.get("small-elementary").status()).isEqualTo(SchoolResult.Status.SOLVED);
        assertThat(outDir.resolve("small-elementary").resolve(ScheduleWriter.REPORT)).isRegularFile();
    }

    @Test
    @Timeout(120) // the stop is honoured long before the second school's ten minutes
    void aStoppedBatchKeepsWhatItFinishedAndResumeSolvesTheRest() throws Exception {
        Path in = dir.resolve("in");
        TestBundles.copyOf("small-elementary", in, "a-elementary");
        TestBundles.copyOf("small-middle", in, "b-middle");
        Path outDir = dir.resolve("out");
        // The second school would search for ten minutes: the batch is stopped as soon as it starts.
        Function<School, SolverConfig> slowMiddle = school -> school.getName().contains("Middle")
                ? ScheduleSolver.config(Duration.ofMinutes(10), 1L, null, null) : QUICK.apply(school);
        BatchRunner[] runner = new BatchRunner[1];
        runner[0] = new BatchRunner(new BatchRunner.Options(in, outDir, 1, null, null, false), slowMiddle,
                new BatchRunner.Listener() {
                    @Override
                    public void started(String school, int number, int toSolve) {
                        if (school.equals("b-middle")) {
                            new Thread(() -> {
                                try {
                                    runner[0].cancel(Duration.ofMinutes(1));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }).start();
                        }
                    }
                });
        BatchRunner.Outcome stopped = runner[0].run();

        assertThat(stopped.interrupted()).isTrue();
        assertThat(stopped.results()).extracting(SchoolResult::status)
                .containsExactly(SchoolResult.Status.SOLVED, SchoolResult.Status.PENDING);
        assertThat(outDir.resolve("a-elementary").resolve(ScheduleWriter.REPORT)).isRegularFile();
        assertThat(outDir.resolve("b-middle")).doesNotExist();
        assertThat(BatchRunner.readState(outDir.resolve(BatchRunner.STATE)).keySet()).containsExactly("a-elementary");
        assertThat(BatchRunner.readState(outDir.resolve(BatchRunner.SUMMARY)).get("b-middle").status())
                .isEqualTo(SchoolResult.Status.PENDING);

        List<String> started = Collections.synchronizedList(new ArrayList<>());
        BatchRunner.Outcome resumed = new BatchRunner(new BatchRunner.Options(in, outDir, 1, null, null, true), QUICK,
                new BatchRunner.Listener() {
                    @Override
                    public void started(String school, int number, int toSolve) {
                        started.add(school);
                    }
                }).run();

        assertThat(started).containsExactly("b-middle");
        assertThat(resumed.interrupted()).isFalse();
        assertThat(resumed.results()).extracting(SchoolResult::status)
                .containsExactly(SchoolResult.Status.SOLVED, SchoolResult.Status.SOLVED);
        assertThat(resumed.results().get(0)).isEqualTo(stopped.results().get(0));
    }

    @Test
    void aSchoolWrittenButNotRecordedIsKeptFromItsReport() throws IOException {
        Path in = dir.resolve("in");
        TestBundles.copyOf("small-elementary", in, "maple");
        Path outDir = dir.resolve("out");
        BatchRunner.Outcome first = new BatchRunner(new BatchRunner.Options(in, outDir, 1, null, null, false), QUICK,
                null).run();
        // As if the batch stopped between writing the school and recording it.
        Files.delete(outDir.resolve(BatchRunner.STATE));

        BatchRunner.Outcome resumed = new BatchRunner(new BatchRunner.Options(in, outDir, 1, null, null, true), QUICK,
                null).run();

        assertThat(resumed.kept()).isEqualTo(1);
        SchoolResult before = first.results().get(0);
        SchoolResult after = resumed.results().get(0);
        assertThat(after.score()).isEqualTo(before.score());
        assertThat(after.meetingsPlaced()).isEqualTo(before.meetingsPlaced());
        assertThat(after.bound()).isEqualTo(7);
        assertThat(after.seconds()).isNull();
    }

    @Test
    void summaryRowsReadBackAsWrittenWithFormulaLikeTextKeptSafe() throws IOException {
        SchoolResult solved = new SchoolResult("north", "district/north", SchoolResult.Status.SOLVED, false,
                "-3hard/-45medium/-120soft", 20, 19, 4, 80, 5, 8, 7, 69.9, 0, 88.5, 0, 41.9, 0.42, 53.1, 0.53, 0.29,
                22286.0, 12.3, "");
        SchoolResult invalid = SchoolResult.invalid("south", "district/south",
                List.of("=cmd() in teachers.csv", "rooms.csv line 2, column capacity: not a number"), 0.2);
        Path file = dir.resolve("summary.csv");

        BatchRunner.writeCsv(file, List.of(solved, invalid));

        String text = Files.readString(file);
        assertThat(text).contains(",'-3hard/-45medium/-120soft,").contains("\"'=cmd() in teachers.csv | rooms.csv");
        Map<String, SchoolResult> read = BatchRunner.readState(file);
        assertThat(read.get("north")).isEqualTo(solved);
        assertThat(read.get("south").errors()).startsWith("=cmd()");
        assertThat(read.get("south").status()).isEqualTo(SchoolResult.Status.INVALID);
    }

    @Test
    void aLinkBackUpIsSkippedAndNamedOnStderr() throws IOException {
        Path in = dir.resolve("district");
        Path broken = TestBundles.copyOf("small-elementary", in, "broken");
        Files.delete(broken.resolve("teachers.csv"));
        Path loop = Files.createSymbolicLink(in.resolve("loop"), in);
        Path outDir = dir.resolve("out");

        int exit = run("batch", in.toString(), "--out", outDir.toString());

        assertThat(exit).as(err.toString()).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains(loop + ": skipped, a symbolic link leads there");
        assertThat(BatchRunner.readState(outDir.resolve(BatchRunner.SUMMARY)).keySet()).containsExactly("broken");
    }

    @Test
    void aFolderOfOtherFilesIsRefusedBeforeAnySolveAndLeftAsItWas() throws IOException {
        Path in = dir.resolve("district");
        Path broken = TestBundles.copyOf("small-elementary", in, "broken");
        Files.delete(broken.resolve("teachers.csv"));
        Path outDir = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(outDir.resolve(BatchRunner.SUMMARY), "my own summary");

        int exit = run("batch", in.toString(), "--out", outDir.toString());

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains(outDir + ": the folder holds files CommonPlan did not write "
                + "(summary.csv); choose a new or empty folder, or an earlier batch output (CommonPlan knows one by "
                + "its .batch-state.csv or summary.csv); nothing solved").doesNotContain("Batch of");
        try (var files = Files.list(outDir)) {
            assertThat(files).hasSize(1);
        }
        assertThat(Files.readString(outDir.resolve(BatchRunner.SUMMARY))).isEqualTo("my own summary");
    }

    @Test
    void aSchoolFolderCommonPlanDidNotWriteIsRefusedAndItsOwnOnesAreOpenToAll() throws IOException {
        Path in = dir.resolve("in");
        TestBundles.copyOf("small-elementary", in, "maple");
        Path outDir = dir.resolve("out");
        new BatchRunner(new BatchRunner.Options(in, outDir, 1, null, null, false), QUICK, null).run();
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(outDir.resolve("maple")))).isEqualTo("rwxr-xr-x");
        // A second school whose name is taken in OUT by a folder of the scheduler's own.
        TestBundles.copyOf("small-elementary", in, "oak");
        Path plans = Files.createDirectories(outDir.resolve("oak"));
        Files.writeString(plans.resolve("plan.txt"), "oak's own plan");

        assertThatThrownBy(() -> new BatchRunner(
                        new BatchRunner.Options(in, outDir, 1, null, null, false), QUICK, null).run())
                .hasMessageStartingWith(plans + ": the folder holds files CommonPlan did not write (plan.txt)");

        assertThat(Files.readString(plans.resolve("plan.txt"))).isEqualTo("oak's own plan");
        try (var files = Files.list(plans)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void anEmptyFolderIsAnError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        int exit = run("batch", empty.toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains("no school bundle");
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
