package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherRole;
import org.commonplan.domain.Team;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.TimeslotKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderTest {

    @TempDir
    Path dir;

    /** A small middle school: two days, lunch on Monday, a custom LAB block, a pinned DOUBLE section. */
    private static Map<String, String> validBundle() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("settings.csv", """
                key,value
                name,Lincoln Middle
                weight.unscheduled-meeting,0hard/5medium/0soft
                time_limit,2m
                """);
        // MON's periods are out of order in the file: timeslots are ordered by start time within a day.
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:50,
                MON,P3,09:50,10:40,CLASS
                MON,P2,08:55,09:45,
                MON,LUNCH,10:45,11:15,LUNCH
                MON,P4,11:20,12:10,
                TUE,P1,08:00,08:50,
                TUE,P2,08:55,09:45,
                TUE,P3,09:50,10:40,
                TUE,P4,11:20,12:10,
                """);
        files.put("blocks.csv", """
                block,family,day,period
                X1,LAB,TUE,P2
                X1,LAB,MON,P1
                """);
        // A byte-order mark and a quoted cell with a comma, as spreadsheets write them.
        files.put("teachers.csv", "\uFEFF" + """
                id,name,subjects,role,release_per_day,homeroom,unavailable,max_teaching_per_day,salary
                T1,Ana Ruiz,Math;Science,TEACHER,,6A,,,
                T2,Ben Li,ELA,TEACHER_LEADER,1,,TUE-P4,,70000
                T3,"Cruz, Dana",Art,SPECIALIST,,,TUE,2,
                """);
        files.put("rooms.csv", """
                id,capacity,kind,unavailable
                R1,30,,
                R2,30,GENERAL,
                LAB1,28,SCIENCE_LAB,MON-P4
                """);
        files.put("groups.csv", """
                id,size,grade
                6A,25,6
                6B,24,6
                """);
        files.put("sections.csv", """
                id,course,subject,teacher,co_teacher,groups,enrollment,room_kind,family,meetings,fixed_block,fixed_room
                S1,MATH6,Math,T1,,6A,,,,,,
                S2,MATH6,Math,T1,,6B,,,,,,
                S3,SCI6,Science,T1,T2,6A;6B,28,SCIENCE_LAB,LAB,1,,
                S4,ART6,Art,T3,,6B,,,SINGLE,3,,
                S5,ELA6,ELA,T2,,6A,,,DOUBLE,1,MON-P1+P2,R1
                """);
        files.put("teams.csv", """
                id,name,kind,members,leader,meetings_per_week,family,priority
                G6,Grade 6,GRADE,T1;T3,T2,2,,
                C1,ELA content,CONTENT,,T2,1,DOUBLE,3
                """);
        files.put("coaching.csv", """
                leader,teacher,observations_per_week
                T2,T1,
                """);
        files.put("course_conflicts.csv", """
                course_a,course_b,students
                SCI6,ART6,12
                """);
        return files;
    }

    /**
     * The same bundle as {@link #validBundle()} in its JSON form, lists as arrays or ';'-joined text, and R2's
     * capacity as 30.0, the way some JSON writers print a whole number.
     */
    private static final String VALID_JSON = """
            {
              "settings": {"name": "Lincoln Middle", "weight.unscheduled-meeting": "0hard/5medium/0soft",
                           "time_limit": "2m"},
              "bell_schedule": [
                {"day": "MON", "period": "P1", "start": "08:00", "end": "08:50"},
                {"day": "MON", "period": "P3", "start": "09:50", "end": "10:40", "kind": "CLASS"},
                {"day": "MON", "period": "P2", "start": "08:55", "end": "09:45"},
                {"day": "MON", "period": "LUNCH", "start": "10:45", "end": "11:15", "kind": "LUNCH"},
                {"day": "MON", "period": "P4", "start": "11:20", "end": "12:10"},
                {"day": "TUE", "period": "P1", "start": "08:00", "end": "08:50"},
                {"day": "TUE", "period": "P2", "start": "08:55", "end": "09:45"},
                {"day": "TUE", "period": "P3", "start": "09:50", "end": "10:40"},
                {"day": "TUE", "period": "P4", "start": "11:20", "end": "12:10"}
              ],
              "blocks": [
                {"block": "X1", "family": "LAB", "day": "TUE", "period": "P2"},
                {"block": "X1", "family": "LAB", "day": "MON", "period": "P1"}
              ],
              "teachers": [
                {"id": "T1", "name": "Ana Ruiz", "subjects": ["Math", "Science"], "role": "TEACHER", "homeroom": "6A"},
                {"id": "T2", "name": "Ben Li", "subjects": "ELA", "role": "TEACHER_LEADER", "release_per_day": 1,
                 "unavailable": ["TUE-P4"], "salary": 70000},
                {"id": "T3", "name": "Cruz, Dana", "subjects": "Art", "role": "SPECIALIST", "unavailable": "TUE",
                 "max_teaching_per_day": 2}
              ],
              "rooms": [
                {"id": "R1", "capacity": 30},
                {"id": "R2", "capacity": 30.0, "kind": "GENERAL"},
                {"id": "LAB1", "capacity": 28, "kind": "SCIENCE_LAB", "unavailable": "MON-P4"}
              ],
              "groups": [
                {"id": "6A", "size": 25, "grade": 6},
                {"id": "6B", "size": 24, "grade": "6"}
              ],
              "sections": [
                {"id": "S1", "course": "MATH6", "subject": "Math", "teacher": "T1", "groups": ["6A"]},
                {"id": "S2", "course": "MATH6", "subject": "Math", "teacher": "T1", "groups": "6B"},
                {"id": "S3", "course": "SCI6", "subject": "Science", "teacher": "T1", "co_teacher": "T2",
                 "groups": "6A;6B", "enrollment": 28, "room_kind": "SCIENCE_LAB", "family": "LAB", "meetings": 1},
                {"id": "S4", "course": "ART6", "subject": "Art", "teacher": "T3", "groups": ["6B"],
                 "family": "SINGLE", "meetings": 3},
                {"id": "S5", "course": "ELA6", "subject": "ELA", "teacher": "T2", "groups": ["6A"],
                 "family": "DOUBLE", "fixed_block": "MON-P1+P2", "fixed_room": "R1", "co_teacher": null}
              ],
              "teams": [
                {"id": "G6", "name": "Grade 6", "kind": "GRADE", "members": ["T1", "T3"], "leader": "T2",
                 "meetings_per_week": 2},
                {"id": "C1", "name": "ELA content", "kind": "CONTENT", "members": [], "leader": "T2",
                 "meetings_per_week": 1, "family": "DOUBLE", "priority": 3}
              ],
              "coaching": [{"leader": "T2", "teacher": "T1"}],
              "course_conflicts": [{"course_a": "SCI6", "course_b": "ART6", "students": 12}]
            }
            """;

    @Test
    void validFolderReadsWithDefaultsBlocksAndLinks() throws Exception {
        School school = BundleReader.read(writeFolder("lincoln", validBundle()));

        assertThat(school.getName()).isEqualTo("Lincoln Middle");
        assertThat(school.getBellSchedule().getDays()).containsExactly("MON", "TUE");
        List<Timeslot> monday = school.getBellSchedule().getTimeslotsByDay().get(0);
        assertThat(monday).extracting(Timeslot::period).containsExactly("P1", "P2", "P3", "LUNCH", "P4");
        assertThat(monday).extracting(Timeslot::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(monday.get(3).kind()).isEqualTo(TimeslotKind.LUNCH);
        assertThat(school.getBellSchedule().getTimeslot(5).id()).isEqualTo("TUE-P1");
        assertThat(school.getBellSchedule().getTimeslot(5).indexInDay()).isZero();

        assertThat(blockIds(school, BlockFamily.DAILY)).containsExactly("P1", "P2", "P3", "P4");
        assertThat(school.getBellSchedule().block("P1").getTimeslots()).extracting(Timeslot::id)
                .containsExactly("MON-P1", "TUE-P1");
        assertThat(blockIds(school, BlockFamily.SINGLE)).hasSize(8).contains("MON-P4").doesNotContain("MON-LUNCH");
        // No DOUBLE across lunch, nor across TUE's 40-minute gap.
        assertThat(blockIds(school, BlockFamily.DOUBLE))
                .containsExactly("MON-P1+P2", "MON-P2+P3", "TUE-P1+P2", "TUE-P2+P3");
        assertThat(school.getBellSchedule().block("X1").getTimeslots()).extracting(Timeslot::id)
                .containsExactly("MON-P1", "TUE-P2");

        // Defaults: 4 CLASS periods on the longest day, less one.
        assertThat(school.getSettings().maxTeachingPerDay()).isEqualTo(3);
        assertThat(school.getSettings().instructionalWeeks()).isEqualTo(36);
        assertThat(school.getSettings().minPlanningMinutesPerWeek()).isEqualTo(150);
        assertThat(school.getSettings().currency()).isEqualTo("USD");
        assertThat(school.getSettings().timeLimit()).isEqualTo(Duration.ofMinutes(2));
        assertThat(school.getSettings().collabTargetMinutes()).isEqualTo(90);
        assertThat(school.getConstraintWeightOverrides().getConstraintWeight("unscheduled-meeting"))
                .isEqualTo(HardMediumSoftLongScore.ofMedium(5));

        Teacher ana = teacher(school, "T1");
        Teacher ben = teacher(school, "T2");
        Teacher dana = teacher(school, "T3");
        assertThat(ana.getSubjects()).containsExactly("Math", "Science");
        assertThat(ana.getRole()).isEqualTo(TeacherRole.TEACHER);
        assertThat(ana.getMaxTeachingPerDay()).isEqualTo(3);
        assertThat(ana.getSalary()).isEqualTo(65_000);
        assertThat(ben.isLeader()).isTrue();
        assertThat(ben.getReleasePerDay()).isEqualTo(1);
        assertThat(ben.getSalary()).isEqualTo(70_000);
        assertThat(ben.getUnavailable().size()).isEqualTo(1);
        assertThat(ben.getUnavailable().contains(8)).isTrue();
        assertThat(dana.getName()).isEqualTo("Cruz, Dana");
        assertThat(dana.getMaxTeachingPerDay()).isEqualTo(2);
        assertThat(dana.getUnavailable().size()).isEqualTo(4);

        StudentGroup sixA = school.getGroups().get(0);
        assertThat(ana.getHomeroom()).isSameAs(sixA);
        assertThat(sixA.getHomeroomTeacher()).isSameAs(ana);
        assertThat(school.getGroups().get(1).getHomeroomTeacher()).isNull();

        assertThat(school.getRooms()).extracting(room -> room.getKind())
                .containsExactly("GENERAL", "GENERAL", "SCIENCE_LAB");
        assertThat(school.getRooms().get(2).getUnavailable().contains(4)).isTrue();

        Section s1 = section(school, "S1");
        Section s3 = section(school, "S3");
        Section s5 = section(school, "S5");
        assertThat(s1.getEnrollment()).isEqualTo(25);
        assertThat(s1.getFamily()).isEqualTo(BlockFamily.DAILY);
        assertThat(s1.getAllowedBlocks()).hasSize(4);
        assertThat(s1.getSuitableRooms()).extracting(room -> room.getId()).containsExactly("R1", "R2");
        assertThat(s1.isSingleton()).isFalse();
        assertThat(s1.getReleasedHomeroomTeachers()).isEmpty();
        assertThat(s3.getEnrollment()).isEqualTo(28);
        assertThat(s3.getStaff()).containsExactly(ana, ben);
        assertThat(s3.getAllowedBlocks()).extracting(block -> block.getId()).containsExactly("X1");
        assertThat(s3.getSuitableRooms()).extracting(room -> room.getId()).containsExactly("LAB1");
        assertThat(s3.isSingleton()).isTrue();
        // 6A is with Ben in S5, so its homeroom teacher Ana is free then.
        assertThat(s5.getReleasedHomeroomTeachers()).containsExactly(ana);
        // The lock is the lesson's: the section keeps its family's blocks.
        assertThat(school.getLessons().get(6).getBlockRange()).extracting(block -> block.getId())
                .containsExactly("MON-P1+P2");

        assertThat(school.getLessons()).extracting(Lesson::getId)
                .containsExactly("S1", "S2", "S3", "S4#1", "S4#2", "S4#3", "S5");
        Lesson pinned = school.getLessons().get(6);
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getBlock().getId()).isEqualTo("MON-P1+P2");
        assertThat(pinned.getRoom().getId()).isEqualTo("R1");

        Team grade6 = school.getTeams().get(0);
        Team content = school.getTeams().get(1);
        assertThat(grade6.getAttendees()).containsExactly(ana, dana, ben);
        assertThat(grade6.getFamily()).isEqualTo(BlockFamily.SINGLE);
        assertThat(grade6.getPriority()).isEqualTo(1);
        assertThat(content.getMembers()).isEmpty();
        assertThat(content.getAllowedBlocks()).hasSize(4);
        assertThat(content.getPriority()).isEqualTo(3);
        // In team id order, whatever the rows of teams.csv: the search draws meetings from this list.
        assertThat(school.getMeetings()).extracting(meeting -> meeting.getId())
                .containsExactly("C1#1", "G6#1", "G6#2");

        CoachingPair pair = school.getCoachingPairs().get(0);
        assertThat(pair.leader()).isSameAs(ben);
        assertThat(pair.teacher()).isSameAs(ana);
        assertThat(pair.observationsPerWeek()).isEqualTo(2);
        assertThat(school.getCourseConflicts()).hasSize(1);
        assertThat(school.getCourseConflicts().get(0).students()).isEqualTo(12);
    }

    @Test
    void schoolIsNamedAfterTheFolderWithoutAName() throws Exception {
        Map<String, String> files = validBundle();
        files.remove("settings.csv");
        School school = BundleReader.read(writeFolder("oak-elementary", files));

        assertThat(school.getName()).isEqualTo("oak-elementary");
        assertThat(school.getSettings().name()).isEqualTo("oak-elementary");
        assertThat(school.getConstraintWeightOverrides().getKnownConstraintNames()).isEmpty();
    }

    @Test
    void tenMistakesAcrossFilesAreAllReportedWhereTheyAre() throws Exception {
        Map<String, String> files = validBundle();
        files.put("settings.csv", """
                key,value
                colour,blue
                weight.no-such-rule,0hard/1medium/0soft
                instructional_weeks,60
                """);
        files.put("bell_schedule.csv", validBundle().get("bell_schedule.csv")
                .replace("TUE,P4,11:20,12:10", "TUE,P4,11:20,11:00"));
        files.put("teachers.csv", """
                id,name,subjects,role,release_per_day,homeroom,unavailable,max_teaching_per_day,salary
                T1,Ana Ruiz,Math,TEACHER,,6A,,,
                T2,Ben Li,ELA,BOSS,,,,,
                T3,Dana Cruz,Art,SPECIALIST,,3C,,,
                T1,Ana Again,Math,TEACHER,,,,,
                T4,Eve Ng,Math,TEACHER,,6A,,,-5
                """);
        files.put("rooms.csv", """
                id,capacity,kind,floor
                R1,0,,2
                R2,30,,1
                """);
        files.put("groups.csv", """
                id,size,grade
                6A,25,6
                6B,many,6
                """);
        files.put("sections.csv", """
                id,course,subject,teacher,co_teacher,groups,enrollment,room_kind,family,meetings,fixed_block,fixed_room
                S1,MATH6,Math,T1,,6A,,,,,,
                S2,,Math,T9,,6A,,,,60,,
                S3,SCI6,Science,T1,,6A;7Z,,,TRIPLE,,,
                """);
        files.put("teams.csv", """
                id,name,kind,members,leader,meetings_per_week,family,priority
                Grade 6,Grade 6,PLC,T1;T3,,,,
                """);
        files.put("coaching.csv", """
                leader,teacher,observations_per_week
                T1,T3,
                """);
        files.put("course_conflicts.csv", """
                course_a,course_b,students
                SCI6,GYM9,0
                """);

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("broken", files)));

        assertThat(error.problems()).extracting(BundleReaderTest::where).containsExactlyInAnyOrder(
                "settings.csv:2:key",
                "settings.csv:3:key",
                "settings.csv:4:value",
                "bell_schedule.csv:10:end",
                "teachers.csv:3:role",
                "teachers.csv:4:homeroom",
                "teachers.csv:5:id",
                "teachers.csv:6:homeroom",
                "teachers.csv:6:salary",
                "rooms.csv:1:floor",
                "rooms.csv:2:capacity",
                "groups.csv:3:size",
                "sections.csv:3:course",
                "sections.csv:3:teacher",
                "sections.csv:3:meetings",
                "sections.csv:4:groups",
                "sections.csv:4:family",
                "teams.csv:2:id",
                "teams.csv:2:kind",
                "coaching.csv:2:leader",
                "course_conflicts.csv:2:course_b",
                "course_conflicts.csv:2:students");
        assertThat(error.problems()).extracting(BundleProblem::toString).contains(
                "teachers.csv line 4, column homeroom: group \"3C\" is not in groups.csv",
                "teachers.csv line 6, column homeroom: group \"6A\" is already the homeroom of teacher \"T1\""
                        + " on line 2",
                "teachers.csv line 5, column id: teacher id \"T1\" is already used on line 2",
                "sections.csv line 3, column teacher: teacher \"T9\" is not in teachers.csv",
                "sections.csv line 3, column meetings: meetings 60 is out of range: it must be between 1 and 50",
                "rooms.csv line 2, column capacity: capacity 0 is out of range: it must be between 1 and 10,000",
                "bell_schedule.csv line 10, column end: end 11:00 is not after start 11:20",
                "coaching.csv line 2, column leader: teacher \"T1\" is TEACHER, not TEACHER_LEADER;"
                        + " only a teacher-leader coaches",
                "course_conflicts.csv line 2, column course_b: course \"GYM9\" is not a course in sections.csv");
        // The message lists every problem, one a line, in file order.
        assertThat(error.getMessage().lines()).hasSize(error.problems().size());
        assertThat(error.getMessage().lines().findFirst()).hasValue(
                "settings.csv line 2, column key: unknown key \"colour\"; the keys are collab_target_minutes,"
                        + " currency, default_salary, instructional_weeks, max_building_changes_per_day,"
                        + " max_building_changes_per_week, max_consecutive_teaching, max_teaching_per_day,"
                        + " min_gaps_between_building_changes, min_planning_minutes_per_week, name, time_limit and"
                        + " weight.<rule-id>");
    }

    @Test
    void checksThatNeedTheBellScheduleAndRoomsNameTheReason() throws Exception {
        Map<String, String> files = validBundle();
        files.put("teachers.csv", validBundle().get("teachers.csv").replace("TUE-P4", "WED-P1;MON"));
        files.put("sections.csv", """
                id,course,subject,teacher,co_teacher,groups,enrollment,room_kind,family,meetings,fixed_block,fixed_room
                S1,MATH6,Math,T1,,6A,,,,,MON-P1,
                S2,SCI6,Science,T1,,6A,40,SCIENCE_LAB,,,,
                S3,SWIM6,PE,T3,,6B,,POOL,,,,
                S4,ART6,Art,T3,,6B,,,LAB,3,,
                S5,ELA6,ELA,T2,,6A,,,,,,LAB1
                S6,ELA6,ELA,T2,,6A;6B,,,,,,R1
                """);
        files.put("coaching.csv", """
                leader,teacher,observations_per_week
                T2,T2,
                """);

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("unfit", files)));

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactlyInAnyOrder(
                "teachers.csv line 3, column unavailable: \"WED-P1\" is not a timeslot (DAY-PERIOD) or a day of"
                        + " bell_schedule.csv",
                "sections.csv line 2, column fixed_block: block \"MON-P1\" is not a block of the section's family"
                        + " DAILY (it is SINGLE); blocks of DAILY are named like P1",
                "sections.csv line 3, column room_kind: the section can never fit: no room of kind SCIENCE_LAB"
                        + " holds 40 students (the largest holds 28)",
                "sections.csv line 4, column room_kind: the section can never fit: no room of kind POOL in"
                        + " rooms.csv",
                "sections.csv line 5, column meetings: the section can never fit: it meets 3 times but family LAB"
                        + " has only 1 block",
                "sections.csv line 6, column fixed_room: room \"LAB1\" is SCIENCE_LAB, not the section's room_kind"
                        + " GENERAL",
                "sections.csv line 7, column fixed_room: room \"R1\" holds 30, fewer than the enrollment of 49",
                "coaching.csv line 2, column teacher: a leader does not coach themselves");
    }

    @Test
    void familiesWithoutBlocksAndBadCustomBlocksAreReported() throws Exception {
        Map<String, String> files = validBundle();
        // 15-minute passing time: no two periods make a DOUBLE block.
        files.put("bell_schedule.csv", """
                day,period,start,end
                MON,P1,08:00,08:45
                MON,P2,09:00,09:45
                MON,P3,09:30,10:15
                """);
        files.remove("blocks.csv");
        files.put("sections.csv", """
                id,course,subject,teacher,co_teacher,groups,enrollment,room_kind,family,meetings,fixed_block,fixed_room
                S1,MATH6,Math,T1,,6A,,,DOUBLE,,,
                """);
        files.put("teams.csv", """
                id,name,kind,members,leader,meetings_per_week,family,priority
                G6,Grade 6,GRADE,T1,,,DOUBLE,
                """);
        files.remove("course_conflicts.csv");

        BundleException overlap = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("overlap", files)));
        assertThat(overlap.problems()).extracting(BundleProblem::toString).containsExactly(
                "bell_schedule.csv line 4, column start: period P3 (09:30-10:15) overlaps period P2 (09:00-09:45)"
                        + " on MON");

        files.put("bell_schedule.csv", files.get("bell_schedule.csv").replace("09:30,10:15", "10:00,10:45"));
        BundleException noBlocks = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("no-doubles", files)));
        assertThat(noBlocks.problems()).extracting(BundleProblem::toString).containsExactlyInAnyOrder(
                "teachers.csv line 3, column unavailable: \"TUE-P4\" is not a timeslot (DAY-PERIOD) or a day of"
                        + " bell_schedule.csv",
                "teachers.csv line 4, column unavailable: \"TUE\" is not a timeslot (DAY-PERIOD) or a day of"
                        + " bell_schedule.csv",
                "rooms.csv line 4, column unavailable: \"MON-P4\" is not a timeslot (DAY-PERIOD) or a day of"
                        + " bell_schedule.csv",
                "sections.csv line 2, column family: the section can never fit: family DOUBLE has no blocks in"
                        + " this bell schedule",
                "teams.csv line 2, column family: the team can never meet: family DOUBLE has no blocks in this"
                        + " bell schedule");

        Map<String, String> custom = validBundle();
        custom.put("blocks.csv", """
                block,family,day,period
                P1,LAB,MON,P2
                X2,SINGLE,MON,P3
                X3,LAB,MON,LUNCH
                """);
        BundleException badBlocks = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("custom", custom)));
        assertThat(badBlocks.problems()).extracting(BundleProblem::toString).containsExactlyInAnyOrder(
                "blocks.csv line 2, column block: block id \"P1\" is already a built-in DAILY block",
                "blocks.csv line 3, column family: family SINGLE is built in, and \"X2\" MON P3 is not one of its"
                        + " blocks in this bell schedule; custom blocks need a family name of their own",
                "blocks.csv line 4, column period: timeslot MON-LUNCH is LUNCH, not CLASS; blocks hold CLASS"
                        + " periods only");
    }

    @Test
    void jsonFormGivesTheSameSchool() throws Exception {
        School fromCsv = BundleReader.read(writeFolder("lincoln", validBundle()));
        School fromJson = BundleReader.readJson(json(VALID_JSON), "lincoln");

        assertThat(shape(fromJson)).isEqualTo(shape(fromCsv));
    }

    @Test
    void jsonProblemsNameTheLineTheRowWouldHaveInCsv() {
        String json = VALID_JSON
                .replace("\"role\": \"SPECIALIST\"", "\"role\": \"JANITOR\"")
                .replace("{\"id\": \"R1\", \"capacity\": 30}", "{\"id\": \"R1\", \"capacity\": 30, \"floor\": 2}")
                .replace("\"time_limit\": \"2m\"", "\"time_limit\": \"soon\"");

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.readJson(json(json), "lincoln"));

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactlyInAnyOrder(
                "settings.csv line 4, column value: time_limit \"soon\" is not a positive duration such as 30s, 2m"
                        + " or PT30S",
                "teachers.csv line 4, column role: role \"JANITOR\" is not one of TEACHER, TEACHER_LEADER,"
                        + " SPECIALIST",
                "rooms.csv line 1, column floor: unknown column; the columns of rooms.csv are id, capacity, kind,"
                        + " unavailable, building");
    }

    @Test
    void malformedJsonNamesItsLineAndColumn() {
        String json = "{\n  \"settings\": {\"name\": \"x\",}\n}";

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.readJson(json(json), "x"));

        assertThat(error.problems()).hasSize(1);
        BundleProblem problem = error.problems().get(0);
        assertThat(problem.file()).isEqualTo(BundleReader.JSON_FILE);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("28");
        assertThat(problem.message()).startsWith("malformed JSON: ");
    }

    @Test
    void zipWithOneFolderOrFilesAtItsRootReads() throws Exception {
        Path nested = zip("nested.zip", "lincoln/", validBundle());
        Path flat = zip("flat.zip", "", validBundle());

        School expected = BundleReader.read(writeFolder("lincoln", validBundle()));
        assertThat(shape(BundleReader.read(nested))).isEqualTo(shape(expected));
        assertThat(shape(BundleReader.read(flat))).isEqualTo(shape(expected));

        Map<String, String> unnamed = validBundle();
        unnamed.remove("settings.csv");
        assertThat(BundleReader.read(zip("oak.zip", "", unnamed)).getName()).isEqualTo("oak");
        assertThat(BundleReader.read(zip("district.zip", "schools/maple/", unnamed)).getName()).isEqualTo("maple");
    }

    @Test
    void uploadedFilesReadAndMissingOrUnknownFilesAreNamed() throws Exception {
        School school = BundleReader.read(bytes(validBundle()), "upload");
        assertThat(school.getSections()).hasSize(5);

        Map<String, byte[]> upload = new LinkedHashMap<>();
        upload.put("settings.csv", "key,value\nname,X\n".getBytes(StandardCharsets.UTF_8));
        upload.put("teacher.csv", "id\nT1\n".getBytes(StandardCharsets.UTF_8));
        upload.put("README.md", "not a table".getBytes(StandardCharsets.UTF_8));
        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(upload, "upload"));

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "teacher.csv: not a bundle file; the files of a bundle are settings.csv, bell_schedule.csv,"
                        + " blocks.csv, teachers.csv, rooms.csv, groups.csv, sections.csv, teams.csv, coaching.csv,"
                        + " course_conflicts.csv, section_links.csv",
                "bell_schedule.csv: the file is missing; a bundle needs bell_schedule.csv, teachers.csv,"
                        + " rooms.csv and sections.csv",
                "teachers.csv: the file is missing; a bundle needs bell_schedule.csv, teachers.csv, rooms.csv"
                        + " and sections.csv",
                "rooms.csv: the file is missing; a bundle needs bell_schedule.csv, teachers.csv, rooms.csv and"
                        + " sections.csv",
                "sections.csv: the file is missing; a bundle needs bell_schedule.csv, teachers.csv, rooms.csv and"
                        + " sections.csv");
    }

    @Test
    void sizeAndRowLimitsAreNamed() {
        Map<String, byte[]> tooBig = bytes(validBundle());
        byte[] huge = new byte[Limits.MAX_FILE_BYTES + 1];
        Arrays.fill(huge, (byte) 'x');
        tooBig.put("teachers.csv", huge);

        assertThatThrownBy(() -> BundleReader.read(tooBig, "big"))
                .isInstanceOf(BundleException.class)
                .hasMessage("teachers.csv: the file is larger than the limit of 20 MB per file");

        Map<String, byte[]> tooLong = bytes(validBundle());
        StringBuilder rooms = new StringBuilder("id,capacity\n");
        for (int i = 0; i <= Limits.MAX_ROWS_PER_FILE; i++) {
            rooms.append('R').append(i).append(",30\n");
        }
        tooLong.put("rooms.csv", rooms.toString().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> BundleReader.read(tooLong, "long"))
                .isInstanceOf(BundleException.class)
                .hasMessage("rooms.csv: the file has more than the limit of 20,000 rows per file");
    }

    @Test
    void unreadableCsvIsReportedOnItsLine() {
        Map<String, byte[]> files = bytes(validBundle());
        files.put("rooms.csv", "id,capacity\nR1,30\nR2,\"30\n".getBytes(StandardCharsets.UTF_8));
        files.put("groups.csv", new byte[] {'i', 'd', ',', 's', 'i', 'z', 'e', '\n', '6', (byte) 0xC9, ',', '2', '\n'});

        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(files, "bad"));

        assertThat(error.problems()).extracting(BundleReaderTest::where)
                .containsExactly("rooms.csv:3:null", "groups.csv:2:null");
        assertThat(error.problems().get(1).message()).contains("0xC9", "UTF-8");
    }

    @Test
    void aDayWrittenInAnotherCaseIsAnErrorThatSaysSoRatherThanAnotherDay() throws Exception {
        Map<String, String> files = validBundle();
        files.put("bell_schedule.csv", validBundle().get("bell_schedule.csv").replace("TUE,P3", "Tue,P3")
                .replace("TUE,P4", "Tue,P4"));

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("cases", files)));

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "bell_schedule.csv line 9, column day: day \"Tue\" differs from day \"TUE\" (line 7) only in case; "
                        + "ids are case-sensitive, so it would be a day of its own: write TUE on this row and the 1 "
                        + "more that say Tue");
    }

    @Test
    void aTimeslotOrDayInAnotherCaseGetsAHint() throws Exception {
        Map<String, String> files = validBundle();
        files.put("teachers.csv", validBundle().get("teachers.csv").replace("TUE-P4", "tue-p4")
                .replace(",TUE,2,", ",Tue,2,"));

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("hints", files)));

        assertThat(error.problems()).extracting(BundleProblem::message).containsExactly(
                "\"tue-p4\" is not a timeslot (DAY-PERIOD) or a day of bell_schedule.csv (did you mean TUE-P4? ids are"
                        + " case-sensitive)",
                "\"Tue\" is not a timeslot (DAY-PERIOD) or a day of bell_schedule.csv (did you mean TUE? ids are "
                        + "case-sensitive)");
    }

    @Test
    void aFileSavedWithSemicolonsGetsOneProblemThatSaysSo() throws Exception {
        Map<String, String> files = validBundle();
        files.put("sections.csv", validBundle().get("sections.csv").replace(',', ';'));

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("semicolons", files)));

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "sections.csv line 1: the file uses ';' to separate its columns, as spreadsheets save CSV in many "
                        + "languages; CommonPlan reads ',' between columns (and ';' between the items of a list inside"
                        + " a cell): save it as \"CSV UTF-8 (comma delimited)\" or set the list separator to ','");
    }

    @Test
    void aListWrittenWithCommasInAQuotedCellGetsAHintToUseSemicolons() throws Exception {
        Map<String, String> files = validBundle();
        files.put("teachers.csv", validBundle().get("teachers.csv").replace(",TUE-P4,", ",\"TUE-P4, MON-P1\","));
        files.put("teams.csv", validBundle().get("teams.csv").replace("T1;T3", "\"T1, T3\""));
        files.put("sections.csv", validBundle().get("sections.csv").replace("S5,ELA6,ELA,T2,,6A,",
                "S5,ELA6,ELA,T2,,\"6A,6B\","));

        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(writeFolder("commas", files)));

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "teachers.csv line 3, column unavailable: \"TUE-P4, MON-P1\" is not a timeslot (DAY-PERIOD) or a day "
                        + "of bell_schedule.csv; the items of a list are separated by ';', not ',' (write "
                        + "\"TUE-P4;MON-P1\")",
                "sections.csv line 6, column groups: group \"6A,6B\" is not in groups.csv; the items of a list are "
                        + "separated by ';', not ',' (write \"6A;6B\")",
                "teams.csv line 2, column members: teacher \"T1, T3\" is not in teachers.csv; the items of a list are "
                        + "separated by ';', not ',' (write \"T1;T3\")");
    }

    private Path writeFolder(String name, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private Path zip(String name, String folder, Map<String, String> files) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("__MACOSX/._teachers.csv"));
            zipOut.write(new byte[] {0, 1, 2});
            zipOut.closeEntry();
            for (Map.Entry<String, String> file : files.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(folder + file.getKey()));
                zipOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static Map<String, byte[]> bytes(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private static ByteArrayInputStream json(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String where(BundleProblem problem) {
        return problem.file() + ":" + problem.line() + ":" + problem.column();
    }

    private static List<String> blockIds(School school, String family) {
        return school.getBellSchedule().blocksOf(family).stream().map(block -> block.getId()).toList();
    }

    private static Teacher teacher(School school, String id) {
        return school.getTeachers().stream().filter(teacher -> teacher.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Section section(School school, String id) {
        return school.getSections().stream().filter(section -> section.getId().equals(id)).findFirst()
                .orElseThrow();
    }

    /** Everything the bundle decides about a school, as text, to compare two ways of reading it. */
    private static List<String> shape(School school) {
        List<String> shape = new ArrayList<>();
        shape.add("name " + school.getName() + " " + school.getSettings());
        shape.add("weights " + school.getConstraintWeightOverrides().getKnownConstraintNames().stream()
                .map(name -> name + "=" + school.getConstraintWeightOverrides().getConstraintWeight(name))
                .collect(Collectors.joining(",")));
        school.getBellSchedule().getTimeslots().forEach(slot -> shape.add("slot " + slot));
        school.getBellSchedule().getBlocksByFamily().forEach((family, blocks) -> blocks.forEach(
                block -> shape.add("block " + family + " " + block.getId() + " " + block.getTimeslots())));
        school.getTeachers().forEach(teacher -> shape.add("teacher " + teacher.getId() + " " + teacher.getName()
                + " " + teacher.getSubjects() + " " + teacher.getRole() + " " + teacher.getReleasePerDay() + " "
                + teacher.getUnavailable() + " " + teacher.getMaxTeachingPerDay() + " " + teacher.getSalary() + " "
                + teacher.getHomeroom()));
        school.getRooms().forEach(room -> shape.add("room " + room.getId() + " " + room.getCapacity() + " "
                + room.getKind() + " " + room.getUnavailable()));
        school.getGroups().forEach(group -> shape.add("group " + group.getId() + " " + group.getSize() + " "
                + group.getGrade() + " " + group.getHomeroomTeacher()));
        school.getSections().forEach(section -> shape.add("section " + section.getId() + " " + section.getCourse()
                + " " + section.getSubject() + " " + section.getStaff() + " " + section.getGroups() + " "
                + section.getEnrollment() + " " + section.getRoomKind() + " " + section.getFamily() + " "
                + section.getAllowedBlocks() + " " + section.getSuitableRooms() + " " + section.isSingleton()));
        school.getLessons().forEach(lesson -> shape.add("lesson " + lesson + " " + lesson.getRoom() + " "
                + lesson.isPinned()));
        school.getTeams().forEach(team -> shape.add("team " + team.getId() + " " + team.getName() + " "
                + team.getKind() + " " + team.getAttendees() + " " + team.getMeetingsPerWeek() + " "
                + team.getFamily() + " " + team.getPriority() + " " + team.getAllowedBlocks().size()));
        school.getMeetings().forEach(meeting -> shape.add("meeting " + meeting));
        school.getCoachingPairs().forEach(pair -> shape.add("coaching " + pair));
        school.getCourseConflicts().forEach(conflict -> shape.add("conflict " + conflict));
        return shape;
    }
}
