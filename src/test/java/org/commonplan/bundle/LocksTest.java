package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.report.CollaborationReport;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Locks in a bundle: each lesson of a section and each team meeting, fully, time only or room only. */
public class LocksTest {

    /** Five days of four periods, two teachers, two groups, three rooms; the locks are put in by each test. */
    public static Map<String, String> school(String sections, String teams) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder bell = new StringBuilder("day,period,start,end,kind\n");
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI"}) {
            bell.append(day).append(",P1,08:00,08:50,CLASS\n").append(day).append(",P2,09:00,09:50,CLASS\n")
                    .append(day).append(",P3,10:00,10:50,CLASS\n").append(day).append(",P4,11:00,11:50,CLASS\n");
        }
        files.put("bell_schedule.csv", bell.toString());
        files.put("teachers.csv", """
                id,name,subjects,role,release_per_day,homeroom,unavailable,max_teaching_per_day
                T1,Ana Ruiz,Math,TEACHER,,,TUE-P4,4
                T2,Ben Li,ELA,TEACHER,,,,4
                T3,Cy Ode,Art,TEACHER,,,,4
                """);
        files.put("rooms.csv", """
                id,capacity,kind,unavailable
                R1,30,GENERAL,
                R2,30,GENERAL,WED-P1
                GYM,60,GYM,
                """);
        files.put("groups.csv", """
                id,size,grade
                6A,25,6
                6B,25,6
                """);
        files.put("sections.csv", "id,course,subject,teacher,co_teacher,groups,enrollment,room_kind,family,"
                + "meetings,fixed_block,fixed_room\n" + sections);
        files.put("teams.csv", "id,name,kind,members,leader,meetings_per_week,family,priority,fixed_blocks\n"
                + teams);
        return files;
    }

    public static final String SECTIONS = """
            M-A,MATH6,Math,T1,,6A,,,SINGLE,3,MON-P1;;WED-P2,R1;;
            M-B,MATH6,Math,T1,,6B,,,SINGLE,3,;TUE-P1;,;R2;R2
            E-A,ELA6,ELA,T2,,6A,,,SINGLE,3,,R2
            E-B,ELA6,ELA,T2,,6B,,,SINGLE,3,,
            ART,ART6,Art,T3,,6A;6B,,GYM,SINGLE,1,WED-P4,
            """;
    public static final String TEAMS = """
            G6,Grade 6,GRADE,T1;T2,,2,SINGLE,1,;TUE-P3
            """;

    static School read(Map<String, String> files) throws BundleException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return BundleReader.read(bytes, "locks");
    }

    static Lesson lesson(School school, String id) {
        return school.getLessons().stream().filter(lesson -> lesson.getId().equals(id)).findFirst().orElseThrow();
    }

    static TeamMeeting meeting(School school, String id) {
        return school.getMeetings().stream().filter(meeting -> meeting.getId().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void eachLessonAndMeetingIsLockedFullyOrByTimeOrByRoom() throws Exception {
        School school = read(school(SECTIONS, TEAMS));

        // Block and room: pinned in place.
        assertThat(lesson(school, "M-A#1").isPinned()).isTrue();
        assertThat(lesson(school, "M-A#1").getBlock().getId()).isEqualTo("MON-P1");
        assertThat(lesson(school, "M-A#1").getRoom().getId()).isEqualTo("R1");
        // Time only: one block to choose from, the room free.
        Lesson timeOnly = lesson(school, "M-A#3");
        assertThat(timeOnly.isPinned()).isFalse();
        assertThat(timeOnly.getBlockRange()).extracting(block -> block.getId()).containsExactly("WED-P2");
        assertThat(timeOnly.getRoomRange()).hasSize(2);
        // Free: every block of the family in which T1 is in (she is away on TUE-P4).
        assertThat(lesson(school, "M-A#2").getBlockRange()).hasSize(19).extracting(block -> block.getId())
                .doesNotContain("TUE-P4");
        assertThat(lesson(school, "M-B#1").getBlockRange()).hasSize(19);
        // Room only, one entry a lesson.
        Lesson roomOnly = lesson(school, "M-B#3");
        assertThat(roomOnly.isPinned()).isFalse();
        assertThat(roomOnly.getRoomRange()).extracting(room -> room.getId()).containsExactly("R2");
        assertThat(roomOnly.getBlockRange()).hasSize(19);
        assertThat(lesson(school, "M-B#1").getRoomRange()).hasSize(2);
        // One room for every lesson of the section.
        assertThat(school.getLessons().stream().filter(lesson -> lesson.getSection().getId().equals("E-A")))
                .allSatisfy(lesson -> assertThat(lesson.getRoomRange()).extracting(room -> room.getId())
                        .containsExactly("R2"));
        // A single-lesson section locked by time keeps its room kind.
        assertThat(lesson(school, "ART").getBlockRange()).extracting(block -> block.getId())
                .containsExactly("WED-P4");
        assertThat(lesson(school, "ART").getRoomRange()).extracting(room -> room.getId()).containsExactly("GYM");
        // Meetings: the second locked, the first free.
        assertThat(meeting(school, "G6#1").isPinned()).isFalse();
        assertThat(meeting(school, "G6#2").isPinned()).isTrue();
        assertThat(meeting(school, "G6#2").getBlock().getId()).isEqualTo("TUE-P3");
    }

    @Test
    void impossibleLocksAreNamedBeforeSolving() {
        String sections = """
                M-A,MATH6,Math,T1,,6A,,,SINGLE,2,MON-P1,
                M-B,MATH6,Math,T1,,6B,,,SINGLE,2,TUE-P1;MON-P1+P2,
                E-A,ELA6,ELA,T2,,6A,,,SINGLE,2,MON-P1;MON-P1,
                E-B,ELA6,ELA,T2,,6B,,,SINGLE,3,,R1;GYM;
                M-C,MATH6,Math,T1,,6A,,,SINGLE,1,TUE-P4,
                E-C,ELA6,ELA,T2,,6A,,,SINGLE,2,WED-P1;,;R2
                E-D,ELA6,ELA,T2,,6A,,,SINGLE,2,WED-P1;TUE-P2,R2
                E-E,ELA6,ELA,T2,,6A,,,SINGLE,2,,R1;R2;R1
                """;
        String teams = """
                G6,Grade 6,GRADE,T1;T2,,2,SINGLE,1,TUE-P4;
                G7,Grade 7,GRADE,T1;T2,,2,SINGLE,1,MON-P3;MON-P3
                G8,Grade 8,GRADE,T2,,2,SINGLE,1,MON-P2
                """;

        BundleException error = assertThrows(BundleException.class, () -> read(school(sections, teams)));

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactlyInAnyOrder(
                "sections.csv line 2, column fixed_block: fixed_block lists 1 block for the section's 2 lessons;"
                        + " give one block a lesson, separated by ';', and leave an entry empty for a lesson the"
                        + " solver places (e.g. MON-P1;)",
                "sections.csv line 3, column fixed_block: block \"MON-P1+P2\" is not a block of the section's"
                        + " family SINGLE (it is DOUBLE); blocks of SINGLE are named like MON-P1",
                "sections.csv line 4, column fixed_block: lesson 2 is locked to MON-P1, which overlaps MON-P1 of"
                        + " lesson 1; a section's lessons cannot meet at the same time",
                "sections.csv line 5, column fixed_room: room \"GYM\" is GYM, not the section's room_kind GENERAL",
                "sections.csv line 6, column fixed_block: teacher \"T1\" is unavailable in TUE-P4 (teachers.csv),"
                        + " where the lesson is locked",
                "sections.csv line 8, column fixed_room: room \"R2\" is unavailable in WED-P1 (rooms.csv), where"
                        + " lesson 1 is locked",
                "sections.csv line 9, column fixed_room: fixed_room lists 3 entries for the section's 2 lessons;"
                        + " give one room for all of them, or one a lesson separated by ';' with an entry left empty"
                        + " for a lesson the solver gives a room",
                "teams.csv line 2, column fixed_blocks: teacher \"T1\" is unavailable in TUE-P4 (teachers.csv),"
                        + " where meeting 1 is locked",
                "teams.csv line 3, column fixed_blocks: meeting 2 is locked to MON-P3, which overlaps MON-P3 of"
                        + " meeting 1",
                "teams.csv line 4, column fixed_blocks: fixed_blocks lists 1 block for the team's 2 meetings a"
                        + " week; give one block a meeting, separated by ';', and leave an entry empty for a meeting"
                        + " the solver places (e.g. MON-P1;)");
    }

    @Test
    void locksOfDifferentSectionsAndTeamsThatClashAreNamedWithBothLines() {
        String sections = """
                A1,MATH6,Math,T1,,6A,,,SINGLE,1,MON-P1,
                A2,ELA6,ELA,T1,,6B,,,SINGLE,1,MON-P1,
                B1,ELA6,ELA,T2,,6A,,,SINGLE,2,;TUE-P1,
                B2,ART6,Art,T3,,6A,,GYM,SINGLE,1,TUE-P1,
                C1,ELA6,ELA,T2,,,20,,SINGLE,1,WED-P2,R1
                C2,MATH6,Math,T1,,,20,,SINGLE,1,WED-P2,R1
                C3,MATH6,Math,T1,,,20,,SINGLE,1,WED-P3,R1
                D1,ART6,Art,T3,,,20,GYM,SINGLE,1,THU-P3,
                F1,MATH6,Math,T2,,6B,,,SINGLE,1,FRI-P1,
                F2,ELA6,ELA,T2,,6B,,,SINGLE,1,FRI-P1,
                """;
        String teams = """
                G6,Grade 6,GRADE,T1;T3,,2,SINGLE,1,;THU-P3
                G7,Grade 7,GRADE,T2;T3,,1,SINGLE,1,THU-P3
                """;

        BundleException error = assertThrows(BundleException.class, () -> read(school(sections, teams)));

        String rule = ", and each teacher, student group and room is in one lesson or meeting at a time; unlock or"
                + " move one of them";
        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "sections.csv line 3, column fixed_block: the lesson is locked to MON-P1 and section \"A1\" "
                        + "(sections.csv line 2) to MON-P1: both need teacher \"T1\" in MON-P1" + rule,
                "sections.csv line 5, column fixed_block: the lesson is locked to TUE-P1 and lesson 2 of section "
                        + "\"B1\" (sections.csv line 4) to TUE-P1: both need student group \"6A\" in TUE-P1" + rule,
                "sections.csv line 7, column fixed_block: the lesson is locked to WED-P2 and section \"C1\" "
                        + "(sections.csv line 6) to WED-P2: both need room \"R1\" in WED-P2" + rule,
                "sections.csv line 11, column fixed_block: the lesson is locked to FRI-P1 and section \"F1\" "
                        + "(sections.csv line 10) to FRI-P1: both need teacher \"T2\" and student group \"6B\" in "
                        + "FRI-P1" + rule,
                "teams.csv line 2, column fixed_blocks: meeting 2 is locked to THU-P3 and section \"D1\" "
                        + "(sections.csv line 9) to THU-P3: both need teacher \"T3\" in THU-P3" + rule,
                "teams.csv line 3, column fixed_blocks: meeting 1 is locked to THU-P3 and section \"D1\" "
                        + "(sections.csv line 9) to THU-P3: both need teacher \"T3\" in THU-P3" + rule);
    }

    @Test
    @Timeout(60)
    void aSolveKeepsEveryLock() throws Exception {
        School solved = SolverTestSupport.solve(read(school(SECTIONS, TEAMS)), 2_000);

        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(lesson(solved, "M-A#1").getBlock().getId()).isEqualTo("MON-P1");
        assertThat(lesson(solved, "M-A#1").getRoom().getId()).isEqualTo("R1");
        assertThat(lesson(solved, "M-A#3").getBlock().getId()).isEqualTo("WED-P2");
        assertThat(lesson(solved, "M-B#2").getBlock().getId()).isEqualTo("TUE-P1");
        assertThat(lesson(solved, "M-B#2").getRoom().getId()).isEqualTo("R2");
        assertThat(lesson(solved, "M-B#3").getRoom().getId()).isEqualTo("R2");
        assertThat(solved.getLessons().stream().filter(lesson -> lesson.getSection().getId().equals("E-A")))
                .allSatisfy(lesson -> assertThat(lesson.getRoom().getId()).isEqualTo("R2"));
        assertThat(lesson(solved, "ART").getBlock().getId()).isEqualTo("WED-P4");
        assertThat(meeting(solved, "G6#2").getBlock().getId()).isEqualTo("TUE-P3");
    }

    @Test
    void aJsonListKeepsItsEmptyEntriesInPlace() throws Exception {
        String json = """
                {"bell_schedule": [{"day": "MON", "period": "P1", "start": "08:00", "end": "08:50"},
                                   {"day": "MON", "period": "P2", "start": "09:00", "end": "09:50"}],
                 "teachers": [{"id": "T1"}], "rooms": [{"id": "R1", "capacity": 30}],
                 "sections": [{"id": "S1", "course": "C", "teacher": "T1", "enrollment": 20, "family": "SINGLE",
                               "meetings": 2, "fixed_block": ["", "MON-P1"]}]}
                """;

        School school = BundleReader.readJson(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "json");

        assertThat(lesson(school, "S1#1").getBlockRange()).hasSize(2);
        assertThat(lesson(school, "S1#2").getBlockRange()).extracting(block -> block.getId())
                .containsExactly("MON-P1");
    }

    @Test
    @Timeout(60)
    void anOutputsBlocksFileIsReadAsPartOfABundle() throws Exception {
        // The blocks file is the bell schedule's blocks: any schedule of the school, even an unsolved one, has it.
        School solved = read(school(SECTIONS, TEAMS));
        Map<String, String> files = school(SECTIONS, TEAMS);
        files.put("blocks.csv", new String(ScheduleWriter.render(solved, CollaborationReport.of(solved), List.of())
                .get(ScheduleWriter.BLOCKS), StandardCharsets.UTF_8));
        assertThat(files.get("blocks.csv")).contains("MON-P1,SINGLE,MON,P1");

        School again = read(files);

        assertThat(again.getBellSchedule().getAllBlocks()).hasSameSizeAs(solved.getBellSchedule().getAllBlocks());
    }
}
