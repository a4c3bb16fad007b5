package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.commonplan.bundle.LocksTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** solve --previous: a changed school re-solved from its earlier schedule, with what moved and why. */
@Timeout(120)
class PreviousScheduleTest {

    /** No locks in the bundle: every lesson and meeting is the solver's to place. */
    private static final String SECTIONS = """
            M-A,MATH6,Math,T1,,6A,,,SINGLE,3,,
            M-B,MATH6,Math,T1,,6B,,,SINGLE,3,,
            E-A,ELA6,ELA,T2,,6A,,,SINGLE,3,,
            E-B,ELA6,ELA,T2,,6B,,,SINGLE,3,,
            ART,ART6,Art,T3,,6A;6B,,GYM,SINGLE,1,,
            """;
    private static final String TEAMS = "G6,Grade 6,GRADE,T1;T2,,2,SINGLE,1,\n";

    /** Holds the earlier schedule, solved once for all the tests. */
    @TempDir
    static Path solvedOnce;

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();
    private Path base;

    @BeforeAll
    static void solveTheSchoolOnce() throws IOException {
        Path bundle = write(solvedOnce.resolve("school"), LocksTest.school(SECTIONS, TEAMS));
        assertThat(new CommandRun().run("solve", bundle.toString(), "--out", solvedOnce.resolve("base").toString(),
                "--time-limit", "2s", "--seed", "1", "--reproducible")).isZero();
    }

    /** Each test's own copy of the school and of the earlier schedule, which it may spoil. */
    @BeforeEach
    void copyTheEarlierSchedule() throws IOException {
        bundle("school", LocksTest.school(SECTIONS, TEAMS));
        base = Files.createDirectories(dir.resolve("base"));
        try (Stream<Path> files = Files.list(solvedOnce.resolve("base"))) {
            for (Path file : files.toList()) {
                Files.copy(file, base.resolve(file.getFileName()));
            }
        }
    }

    private Path bundle(String name, Map<String, String> files) throws IOException {
        return write(dir.resolve(name), files);
    }

    private static Path write(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private Map<String, String[]> placements(Path out) throws IOException {
        Map<String, String[]> byLesson = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("master_schedule.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            byLesson.put(cells[0] + "#" + cells[1], new String[] {cells[6], cells[7]});
        }
        return byLesson;
    }

    private static List<String[]> changes(Path out) throws IOException {
        return Files.readAllLines(out.resolve("changes.csv")).stream().skip(1).map(line -> line.split(",", -1))
                .toList();
    }

    private static JsonNode report(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    @Test
    void aTeacherAwayOnFridaysMovesOnlyWhatHadToMoveAndSaysWhy() throws Exception {
        Map<String, String> files = LocksTest.school(SECTIONS, TEAMS);
        files.put("teachers.csv", files.get("teachers.csv").replace("T1,Ana Ruiz,Math,TEACHER,,,TUE-P4,4",
                "T1,Ana Ruiz,Math,TEACHER,,,TUE-P4;FRI,4"));
        Map<String, String[]> before = placements(base);
        long onFriday = before.entrySet().stream().filter(entry -> entry.getKey().startsWith("M-")
                && entry.getValue()[0].startsWith("FRI")).count();
        Path out = dir.resolve("re");

        int exit = command.run("solve", bundle("changed", files).toString(), "--previous", base.toString(), "--out",
                out.toString(), "--time-limit", "2s", "--seed", "1", "--reproducible");

        assertThat(exit).as(command.err.toString()).isZero();
        assertThat(report(base).get("score").asText()).startsWith("0hard/0medium");
        assertThat(report(out).get("score").asText()).startsWith("0hard/0medium");
        JsonNode counts = report(out).get("changes");
        assertThat(counts.get("lessonsHadToMove").asInt()).isEqualTo(onFriday);
        int moved = counts.get("lessonsMoved").asInt() + counts.get("meetingsMoved").asInt();
        int hadTo = counts.get("lessonsHadToMove").asInt() + counts.get("meetingsHadToMove").asInt();
        assertThat(moved).isLessThanOrEqualTo(Math.max(2 * hadTo, 1));
        assertThat(changes(out)).filteredOn(row -> row[0].equals("lesson") && row[1].startsWith("M-")
                && row[3].startsWith("FRI")).hasSize((int) onFriday).allSatisfy(row -> {
                    assertThat(row[4]).doesNotStartWith("FRI");
                    assertThat(row[7]).isEqualTo("unavailable: teacher T1 is unavailable in " + row[3]);
                });
        assertThat(command.out.toString()).contains("moved from the previous schedule: " + counts.get("lessonsMoved")
                + " of 13 lessons (" + onFriday + " had to)");
    }

    @Test
    void onADailySchoolALockedLessonWhoseTeacherIsNowAwayThereMovesAndTheRestStaysLocked() throws Exception {
        // DAILY blocks span the week: a teacher away in one timeslot of a period can no longer teach that period.
        Map<String, String> files = dailySchool();
        Path daily = solveDaily(files);
        String period = placements(daily).get("D-M-A#1")[0];
        files.put("teachers.csv", files.get("teachers.csv").replace("T1,Ana Ruiz,Math,TEACHER,,,,4",
                "T1,Ana Ruiz,Math,TEACHER,,,FRI-" + period + ",4"));
        Path out = dir.resolve("re");

        int exit = command.run("solve", bundle("away", files).toString(), "--previous", daily.toString(), "--lock",
                "all", "--out", out.toString(), "--time-limit", "2s", "--seed", "1", "--reproducible");

        assertThat(exit).as(command.out + "\n" + command.err).isZero();
        assertThat(report(out).get("score").asText()).startsWith("0hard/0medium");
        Map<String, String[]> before = placements(daily);
        Map<String, String[]> after = placements(out);
        assertThat(after.get("D-M-A#1")[0]).isNotEqualTo(period);
        before.keySet().stream().filter(lesson -> !lesson.equals("D-M-A#1"))
                .forEach(lesson -> assertThat(after.get(lesson)).as(lesson).containsExactly(before.get(lesson)));
        assertThat(changes(out)).extracting(row -> row[1] + ": " + row[7])
                .containsExactly("D-M-A: unavailable: teacher T1 is unavailable in " + period);
    }

    @Test
    void lockAllThatLeavesALessonThatHadToMoveNowhereIsRefusedBeforeSolving() throws Exception {
        Map<String, String> files = dailySchool();
        Path daily = solveDaily(files);
        Map<String, String[]> before = placements(daily);
        String period = before.get("D-M-A#1")[0];
        // T1 now away in its period and in every period that neither its other class nor group 6A takes.
        List<String> taken = List.of(period, before.get("D-M-B#1")[0], before.get("D-E-A#1")[0]);
        String away = Stream.of("P1", "P2", "P3", "P4").filter(each -> each.equals(period) || !taken.contains(each))
                .map(each -> "FRI-" + each).reduce((a, b) -> a + ";" + b).orElseThrow();
        files.put("teachers.csv", files.get("teachers.csv").replace("T1,Ana Ruiz,Math,TEACHER,,,,4",
                "T1,Ana Ruiz,Math,TEACHER,,,\"" + away + "\",4"));
        Path out = dir.resolve("re");

        int exit = command.run("solve", bundle("away", files).toString(), "--previous", daily.toString(), "--lock",
                "all", "--out", out.toString(), "--time-limit", "2s", "--seed", "1", "--reproducible");

        assertThat(exit).as(command.out + "\n" + command.err).isEqualTo(2);
        assertThat(command.err.toString()).contains("--lock all: the lesson of section \"D-M-A\" has nowhere to go: "
                + "its previous block " + period + " is no longer allowed, and in each of the ")
                .contains("a locked lesson or meeting already takes one of its teachers or student groups")
                .contains("nothing solved");
        assertThat(out).doesNotExist();
    }

    @Test
    void lockAllKeepsEveryEarlierPlaceAndPlacesANewSectionAroundThem() throws Exception {
        Map<String, String> files = LocksTest.school(SECTIONS + "ART2,ART6,Art,T3,,6A,,GYM,SINGLE,1,,\n", TEAMS);
        Path out = dir.resolve("re");

        int exit = command.run("solve", bundle("added", files).toString(), "--previous", base.toString(), "--lock",
                "all", "--out", out.toString(), "--time-limit", "1s", "--seed", "2", "--reproducible");

        assertThat(exit).as(command.err.toString()).isZero();
        Map<String, String[]> before = placements(base);
        Map<String, String[]> after = placements(out);
        before.forEach((lesson, place) -> assertThat(after.get(lesson)).as(lesson).containsExactly(place));
        assertThat(changes(out)).extracting(row -> String.join(",", Arrays.copyOf(row, 3)) + "," + row[7])
                .containsExactly("lesson,ART2,1,new: not in the previous schedule");
    }

    @Test
    void aRemovedSectionAndAMeetingLockedElsewhereAreListed() throws Exception {
        String[] meeting = Files.readAllLines(base.resolve("team_meetings.csv")).get(1).split(",");
        String otherDay = meeting[2].startsWith("MON") ? "TUE" + meeting[2].substring(3)
                : "MON" + meeting[2].substring(3);
        String locks = meeting[1].equals("1") ? otherDay + ";" : ";" + otherDay;
        Map<String, String> files = LocksTest.school(SECTIONS.replace("ART,ART6,Art,T3,,6A;6B,,GYM,SINGLE,1,,\n",
                ""), TEAMS.replace("SINGLE,1,", "SINGLE,1," + locks));
        files.put("teachers.csv", files.get("teachers.csv").replace("T1,Ana Ruiz,Math,TEACHER,,,TUE-P4,4",
                "T1,Ana Ruiz,Math,TEACHER,,,,4"));
        Path out = dir.resolve("re");

        int exit = command.run("solve", bundle("changed", files).toString(), "--previous", base.toString(), "--out",
                out.toString(), "--time-limit", "2s", "--seed", "1", "--reproducible");

        assertThat(exit).as(command.err.toString()).isZero();
        assertThat(changes(out)).extracting(row -> row[0] + "," + row[1] + "," + row[7])
                .contains("lesson,ART,removed: no longer in the bundle",
                        "meeting,G6,locked: fixed_blocks puts it in " + otherDay);
    }

    @Test
    void aLockOrPreviousFolderThatCannotBeUsedIsRefusedBeforeSolving() throws Exception {
        Path bundle = dir.resolve("school");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(command.run("solve", bundle.toString(), "--previous", base.toString(), "--lock", "rooms:R1"))
                .isEqualTo(2);
        assertThat(command.run("solve", bundle.toString(), "--previous", base.toString(), "--lock",
                "sections:M-A;NOPE")).isEqualTo(2);
        assertThat(command.run("solve", bundle.toString(), "--lock", "all")).isEqualTo(2);
        assertThat(command.run("solve", bundle.toString(), "--previous", empty.toString())).isEqualTo(2);
        Files.writeString(base.resolve("master_schedule.csv"), "section,lesson,block,room\nM-A,x,MON-P1,R1\n");
        assertThat(command.run("solve", bundle.toString(), "--previous", base.toString())).isEqualTo(2);

        assertThat(command.err.toString()).contains(
                "--lock: lock \"rooms:R1\" is not all, meetings, sections:ID;ID or teachers:ID;ID; nothing solved",
                "--lock: section \"NOPE\" is not in the bundle; nothing solved",
                "--lock keeps placements of an earlier schedule: give it with --previous DIR",
                empty.resolve("master_schedule.csv") + ": the file is missing from " + empty,
                base.resolve("master_schedule.csv") + " line 2, column lesson: lesson \"x\" is not a whole number");
    }

    /** Four DAILY sections of two teachers, every room and teacher free all week. */
    private static Map<String, String> dailySchool() {
        Map<String, String> files = LocksTest.school("""
                D-M-A,MATH6,Math,T1,,6A,,,DAILY,1,,
                D-M-B,MATH6,Math,T1,,6B,,,DAILY,1,,
                D-E-A,ELA6,ELA,T2,,6A,,,DAILY,1,,
                D-E-B,ELA6,ELA,T2,,6B,,,DAILY,1,,
                """, "");
        files.put("teachers.csv", files.get("teachers.csv").replace("TUE-P4", ""));
        files.put("rooms.csv", files.get("rooms.csv").replace("WED-P1", ""));
        return files;
    }

    /** The school solved into the test's folder {@code daily}. */
    private Path solveDaily(Map<String, String> files) throws IOException {
        Path daily = dir.resolve("daily");
        assertThat(command.run("solve", bundle("daily-school", files).toString(), "--out", daily.toString(),
                "--time-limit", "2s", "--seed", "1", "--reproducible")).isZero();
        return daily;
    }
}
