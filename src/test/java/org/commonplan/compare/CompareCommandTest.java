package org.commonplan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.bundle.TestBundles;
import org.commonplan.cli.CommandRun;
import org.commonplan.cli.CommonPlanCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;


/** {@code compare} as a consultant runs it on a folder of staffing models. */
@Timeout(300)
class CompareCommandTest {

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();
    private final StringWriter out = command.out;
    private final StringWriter err = command.err;

    private int run(String... args) {
        return command.run(args);
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s holds %s", file.getFileName(), from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Maple Street as it is, and with a third release period for the coach, a new teacher and fewer GK meetings. */
    private Path scenarios() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        TestBundles.copyOf("small-elementary", scenarios, "base");
        Path more = TestBundles.copyOf("small-elementary", scenarios, "more-release");
        replace(more.resolve("teachers.csv"), "TEACHER_LEADER,2,", "TEACHER_LEADER,3,");
        Files.writeString(more.resolve("teachers.csv"), "newbie,Noor Ali,elementary,TEACHER,,,\n",
                java.nio.file.StandardOpenOption.APPEND);
        replace(more.resolve("teams.csv"), "GK,Kindergarten team,GRADE,rivera;chen;okafor,,2,SINGLE",
                "GK,Kindergarten team,GRADE,rivera;chen;okafor;newbie,,1,SINGLE");
        return scenarios;
    }

    @Test
    void twoStaffingModelsAreSolvedAndComparedInThreeFiles() throws IOException {
        Path outDir = dir.resolve("compared");

        int exit = run("compare", scenarios().toString(), "--out", outDir.toString(), "--time-limit", "1s",
                "--seed", "1");

        assertThat(exit).as(err.toString()).isIn(CommonPlanCommand.EXIT_OK, CommonPlanCommand.EXIT_INFEASIBLE);
        for (String file : ComparisonWriter.FILES) {
            assertThat(outDir.resolve(file)).isRegularFile();
        }
        assertThat(outDir.resolve("base").resolve(ScheduleWriter.REPORT)).isRegularFile();
        assertThat(outDir.resolve("more-release").resolve(ScheduleWriter.REPORT)).isRegularFile();

        String html = Files.readString(outDir.resolve(ComparisonWriter.HTML));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "</svg>", "<style>", "more-release");
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "@import", "src=");

        String markdown = Files.readString(outDir.resolve(ComparisonWriter.MARKDOWN));
        assertThat(markdown).contains("| Figure | base | more-release |",
                "release a day: morales 2 → 3", "teachers added: newbie",
                "GK: joined: newbie; meetings a week 2 → 1", "Team meetings placeable at most (bound) | 7 | 6 |");

        List<String> csv = Files.readAllLines(outDir.resolve(ComparisonWriter.CSV));
        assertThat(csv.get(0)).isEqualTo("section,metric,base,more-release");
        assertThat(csv).contains("summary,meeting_bound,7,6", "summary,teachers,14,15",
                "summary,release_fte,0.29,0.43");
        assertThat(csv).anyMatch(line -> line.startsWith("team scheduled minutes,GK,"));
        assertThat(csv).anyMatch(line -> line.startsWith("changes from base,staffing,,"));
        assertThat(out.toString()).contains("# Staffing models compared");
    }

    @Test
    void aScenarioFolderCommonPlanDidNotWriteStopsEverythingBeforeAnySolve() throws IOException {
        Path outDir = dir.resolve("compared");
        Path plans = Files.createDirectories(outDir.resolve("base"));
        Files.writeString(plans.resolve("plan.txt"), "the board's plan");

        int exit = run("compare", scenarios().toString(), "--out", outDir.toString(), "--time-limit", "1s");

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains(outDir + ": the folder holds files CommonPlan did not write (base); "
                + "choose a new or empty folder, or an earlier comparison output (CommonPlan knows one by its "
                + "comparison.csv or comparison.md); nothing solved");
        assertThat(Files.readString(plans.resolve("plan.txt"))).isEqualTo("the board's plan");
        try (var files = Files.walk(outDir)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void anInvalidScenarioStopsEverythingBeforeAnySolve() throws IOException {
        Path scenarios = scenarios();
        replace(scenarios.resolve("more-release").resolve("rooms.csv"), "ART-RM,28,ART", "ART-RM,lots,ART");
        Path outDir = dir.resolve("compared");

        int exit = run("compare", scenarios.resolve("base").toString(), scenarios.resolve("more-release").toString(),
                "--out", outDir.toString(), "--time-limit", "1s");

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains("rooms.csv line", "column capacity");
        assertThat(outDir).doesNotExist();
    }
}
