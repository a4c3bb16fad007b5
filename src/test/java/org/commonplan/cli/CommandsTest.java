package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.bundle.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The commands as a scheduler runs them: exit codes, what is printed, and what is (not) written. */
class CommandsTest {

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();
    private final StringWriter out = command.out;
    private final StringWriter err = command.err;

    private int run(String... args) {
        return command.run(args);
    }

    private Path copyOf(String dataset) throws IOException {
        return TestBundles.copyOf(dataset, dir, dataset);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s holds %s", file.getFileName(), from).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void aTimeLimitTooShortToPlaceEveryLessonIsRefusedBeforeSolving() throws IOException {
        Path bundle = copyOf("small-middle");
        Path outDir = dir.resolve("out");

        int exit = run("solve", bundle.toString(), "--time-limit", "500ms", "--out", outDir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'500ms' is shorter than the shortest solve, 1s");
        assertThat(outDir).doesNotExist();
        assertThat(run("solve", bundle.toString(), "--time-limit", "9999999999999999h")).isEqualTo(2);
        assertThat(err.toString()).contains("'9999999999999999h' is too large a number to be a duration");
    }

    @Test
    void aSettingsTimeLimitTooShortToPlaceEveryLessonIsAMistakeOfTheBundle() throws IOException {
        Path bundle = copyOf("small-middle");
        Files.writeString(bundle.resolve("settings.csv"), "time_limit,1ms\n", java.nio.file.StandardOpenOption.APPEND);

        int exit = run("validate", bundle.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("settings.csv").contains("time_limit \"1ms\" is shorter than");
    }

    @Test
    void validatePrintsAOneLineSummaryOfAGoodBundle() {
        int exit = run("validate", "datasets/small-elementary");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Maple Street Elementary: OK").contains("14 teachers");
    }

    @Test
    void tenMistakesAreAllReportedWithFileLineAndColumnAndNothingIsWritten() throws IOException {
        Path bundle = copyOf("small-elementary");
        replace(bundle.resolve("bell_schedule.csv"), "MON,P2,09:05,09:50", "MON,P2,9h05,09:50");       // 1 bad time
        replace(bundle.resolve("bell_schedule.csv"), "TUE,P1,08:15,09:00", "TUE,P1,08:15,08:00");      // 2 end before start
        replace(bundle.resolve("teachers.csv"), "chen,Lily Chen,elementary,TEACHER,,KB",
                "chen,Lily Chen,elementary,TEACHER,,ZZ");                                              // 3 unknown group
        replace(bundle.resolve("teachers.csv"), "rivera,Ana Rivera,elementary,TEACHER,,KA",
                "rivera,Ana Rivera,elementary,BOSS,,KA");                                              // 4 unknown role
        replace(bundle.resolve("rooms.csv"), "ART-RM,28,ART", "ART-RM,-4,ART");                         // 5 capacity < 1
        replace(bundle.resolve("sections.csv"), "PE-KA,PE-K,pe,thompson,KA", "PE-KA,PE-K,pe,nobody,KA"); // 6 unknown teacher
        replace(bundle.resolve("sections.csv"), "MUS-KA,MUS-K,music,silva,KA,,MUSIC,SINGLE,2",
                "MUS-KA,MUS-K,music,silva,KA,,MUSIC,WEEKLY,2");                                        // 7 unknown family
        replace(bundle.resolve("groups.csv"), "KB,18,K", "KA,18,K");                                    // 8 duplicate id
        replace(bundle.resolve("coaching.csv"), "morales,kim,2", "morales,kim,lots");                   // 9 not a number
        replace(bundle.resolve("teams.csv"), "rivera;chen;okafor", "rivera;chen;ghost");                // 10 unknown member
        Path outDir = dir.resolve("out");

        int validateExit = run("validate", bundle.toString());
        String validateErrors = err.toString();
        int solveExit = run("solve", bundle.toString(), "--out", outDir.toString(), "--time-limit", "1s");

        assertThat(validateExit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(solveExit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(outDir).doesNotExist();
        assertThat(validateErrors).contains(
                "bell_schedule.csv line 3, column start",
                "bell_schedule.csv line 10, column end",
                "teachers.csv line 3, column homeroom",
                "teachers.csv line 2, column role",
                "rooms.csv line 2, column capacity",
                "sections.csv line 2, column teacher",
                "sections.csv line 3, column family",
                "groups.csv line 3, column id",
                "coaching.csv line 3, column observations_per_week",
                "teams.csv line 2, column members");
    }

    @Test
    void solveWritesTheFiveFilesAndASummaryThatAgreesWithTheReport() throws IOException {
        Path outDir = dir.resolve("maple");

        int exit = run("solve", "datasets/small-elementary", "--out", outDir.toString(), "--time-limit", "1s",
                "--seed", "1");

        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted().toList())
                    .isEqualTo(ScheduleWriter.FILES.stream().sorted().toList());
        }
        JsonNode report = new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
        boolean feasible = report.get("feasible").asBoolean();
        assertThat(exit).isEqualTo(feasible ? CommonPlanCommand.EXIT_OK : CommonPlanCommand.EXIT_INFEASIBLE);
        assertThat(out.toString()).contains("team meetings placed:", "collaborative minutes per teacher per week",
                "professional-learning hours per teacher per year", feasible ? "FEASIBLE" : "INFEASIBLE");
        // Figures per teacher are over all 14 teaching staff first, then over the teachers on teams.
        JsonNode summary = report.get("collaboration").get("summary");
        assertThat(summary.get("staff").asInt()).isEqualTo(14);
        assertThat(out.toString()).contains(String.format("mean %.1f, min %d over all 14 teaching staff (0 on no team);"
                + " mean %.1f, min %d over the 14 on teams", summary.get("meanCollaborativeMinutesAllStaff").asDouble(),
                summary.get("minCollaborativeMinutesAllStaff").asInt(), summary.get("meanCollaborativeMinutes")
                        .asDouble(), summary.get("minCollaborativeMinutes").asInt()));
        List<String> timetable = Files.readAllLines(outDir.resolve("timetable.csv"));
        assertThat(timetable.get(0)).isEqualTo("teacher,day,period,start,end,activity,ref,room");
        // Each teacher's whole week: 7 CLASS periods and a lunch on 5 days.
        assertThat(timetable.stream().filter(line -> line.startsWith("nguyen,"))).hasSize(40);
        assertThat(timetable).anyMatch(line -> line.startsWith("nguyen,") && line.contains(",HOMEROOM,1A,"));
        assertThat(timetable).anyMatch(line -> line.startsWith("morales,") && line.contains(",RELEASE,"));
    }

    @Test
    void anImpossibleSchoolIsWrittenButReportedInfeasibleWithTheRulesItBreaks() throws IOException {
        Path bundle = copyOf("small-middle");
        // Two of one teacher's sections with one period and one room to choose from: no search can mend that
        // (locks that clash so are refused as they are read).
        List<String> sections = Files.readAllLines(bundle.resolve("sections.csv"));
        String header = sections.get(0);
        assertThat(header).doesNotContain("blocks");
        StringBuilder pinned = new StringBuilder(header + ",blocks,rooms\n");
        String pinnedTeacher = sections.get(1).split(",")[3];
        int pins = 0;
        for (String row : sections.subList(1, sections.size())) {
            boolean pin = pins < 2 && row.split(",")[3].equals(pinnedTeacher);
            pinned.append(row).append(pin ? ",P1," + roomOf(bundle, row) : ",,").append('\n');
            pins += pin ? 1 : 0;
        }
        Files.writeString(bundle.resolve("sections.csv"), pinned);
        Path outDir = dir.resolve("impossible");

        int exit = run("solve", bundle.toString(), "--out", outDir.toString(), "--time-limit", "1s", "--seed", "1");

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INFEASIBLE);
        assertThat(out.toString()).contains("INFEASIBLE", "broken hard rules:", "teacher-conflict");
        // The cause is found before solving: printed first, leading the summary, and kept in report.json.
        String clash = "ELA6-A (only possible block P1) and ELA6-C (only possible block P1) both meet in MON-P1, "
                + "but share teacher ela6 (Maya Brooks)";
        assertThat(err.toString()).contains("CANNOT BE SCHEDULED IN FULL", clash, "Solving for 1 s anyway");
        assertThat(err.toString().indexOf(clash)).isLessThan(err.toString().indexOf("Solving for"));
        String summary = out.toString();
        assertThat(summary.indexOf("no schedule can give this school in full (found before solving):"))
                .isPositive().isLessThan(summary.indexOf(clash)).isLessThan(summary.indexOf("broken hard rules:"));
        assertThat(outDir.resolve("master_schedule.csv")).exists();
        JsonNode report = new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
        assertThat(report.get("feasible").asBoolean()).isFalse();
        assertThat(report.get("collaboration").get("hardViolations").toString()).contains("teacher-conflict");
        assertThat(report.get("infeasibility").findValuesAsText("message")).anyMatch(cause -> cause.startsWith(clash));
        assertThat(report.get("infeasibility").findValuesAsText("check")).contains("pin-clash");
    }

    @Test
    void solveRefusesAFileAFolderOfOtherFilesAndAPathThroughAFileBeforeSolving() throws IOException {
        Path thesis = Files.writeString(dir.resolve("thesis.txt"), "chapter 1");
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(papers.resolve("notes.txt"), "call the union rep");

        int intoAFile = run("solve", "datasets/small-elementary", "--out", thesis.toString(), "--time-limit", "1s");
        int intoAFolder = run("solve", "datasets/small-elementary", "--out", papers.toString(), "--time-limit", "1s");
        int throughAFile = run("solve", "datasets/small-elementary", "--out", thesis.resolve("maple").toString(),
                "--time-limit", "1s");

        assertThat(List.of(intoAFile, intoAFolder, throughAFile)).containsOnly(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains(thesis + ": this is a file, not a folder",
                papers + ": the folder holds files CommonPlan did not write (notes.txt); choose a new or empty folder",
                thesis.resolve("maple") + ": the folder cannot be made, because " + thesis.toAbsolutePath()
                        + " is a file, not a folder; nothing solved").doesNotContain("Solving");
        assertThat(Files.readString(thesis)).isEqualTo("chapter 1");
        assertThat(Files.readString(papers.resolve("notes.txt"))).isEqualTo("call the union rep");
        try (Stream<Path> files = Files.list(papers)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void solveOverAnEarlierScheduleReplacesItsFilesAndKeepsTheScheduler() throws IOException {
        Path outDir = dir.resolve("maple");
        int first = run("solve", "datasets/small-elementary", "--out", outDir.toString(), "--time-limit", "1s");
        Files.writeString(outDir.resolve("notes.txt"), "call the union rep");
        Files.delete(outDir.resolve(ScheduleWriter.BLOCKS));

        int second = run("solve", "datasets/small-elementary", "--out", outDir.toString(), "--time-limit", "1s");

        assertThat(List.of(first, second)).as(err.toString())
                .allMatch(exit -> exit == CommonPlanCommand.EXIT_OK || exit == CommonPlanCommand.EXIT_INFEASIBLE);
        assertThat(Files.readString(outDir.resolve("notes.txt"))).isEqualTo("call the union rep");
        assertThat(outDir.resolve(ScheduleWriter.BLOCKS)).isRegularFile();
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).hasSize(ScheduleWriter.FILES.size() + 1);
        }
    }

    @Test
    void theDefaultOutputFolderIsNamedAfterTheBundlesFolderOrZip() {
        assertThat(SolveCommand.defaultOutput(Path.of("datasets", "small-elementary")))
                .isEqualTo(Path.of("out", "small-elementary"));
        assertThat(SolveCommand.defaultOutput(dir.resolve("Riverside K-5.zip")))
                .isEqualTo(Path.of("out", "Riverside-K-5"));
        assertThat(SolveCommand.defaultOutput(Path.of("."))).isEqualTo(Path.of("out",
                Path.of("").toAbsolutePath().getFileName().toString()));
    }

    /** A room of the kind the section row needs: the first one listed in rooms.csv. */
    private static String roomOf(Path bundle, String sectionRow) throws IOException {
        String kind = sectionRow.split(",", -1)[7];
        String needed = kind.isEmpty() ? "GENERAL" : kind;
        return Files.readAllLines(bundle.resolve("rooms.csv")).stream().skip(1)
                .map(line -> line.split(",", -1))
                .filter(cells -> (cells.length > 2 && !cells[2].isEmpty() ? cells[2] : "GENERAL").equals(needed))
                .map(cells -> cells[0]).findFirst().orElseThrow();
    }
}
