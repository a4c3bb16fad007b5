package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ConflictDirectedRepairTest {

    private final TestSchool school = TestSchool.standardWeek();

    /**
     * Six teachers each teach three classes, and each class has all six teachers, one a period (six DAILY
     * periods): a Latin rectangle to find. Two lessons of different teachers and classes need the only lab, one
     * lesson is pinned, and two teachers have a meeting. Everything starts in P1.
     */
    private record TightWeek(List<Lesson> lessons, List<TeamMeeting> meetings, Lesson pinned) {
    }

    private TightWeek tightWeek() {
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            teachers.add(school.teacher("t" + i));
        }
        List<StudentGroup> groups = List.of(school.group("6A", 25), school.group("6B", 25), school.group("6C", 25));
        Room lab = school.room("LAB", 30, "SCIENCE_LAB");
        List<Room> classrooms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            classrooms.add(school.room("R" + i, 30));
        }
        List<Lesson> lessons = new ArrayList<>();
        Lesson pinned = null;
        for (int t = 0; t < teachers.size(); t++) {
            for (StudentGroup group : groups) {
                boolean needsLab = t == 4 && group == groups.get(0) || t == 5 && group == groups.get(1);
                TestSchool.SectionBuilder section = school.section("S" + t + group.getId(), teachers.get(t), group);
                if (needsLab) {
                    section.roomKind("SCIENCE_LAB");
                }
                Lesson lesson = school.lesson(section.build(), "P1", needsLab ? lab : classrooms.get(0));
                if (t == 0 && group == groups.get(0)) {
                    lesson.setBlock(school.block("P3"));
                    lesson.setRoom(classrooms.get(3));
                    lesson.setPinned(true);
                    pinned = lesson;
                }
                lessons.add(lesson);
            }
        }
        TeamMeeting meeting = school.meeting(school.team("PLC", teachers.get(0), teachers.get(1)).build(), 1,
                "MON-P1");
        return new TightWeek(lessons, List.of(meeting), pinned);
    }

    @Test
    void clearsEveryTeacherGroupRoomAndAttendeeConflictWithoutMovingWhatIsPinned() {
        TightWeek week = tightWeek();
        assertThat(conflicts(week.lessons(), week.meetings())).isNotEmpty();

        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(3);
        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(conflicts(week.lessons(), week.meetings())).isEmpty();
        assertThat(week.pinned().getBlock()).isEqualTo(school.block("P3"));
        assertThat(week.pinned().getRoom().getId()).isEqualTo("R3");
        assertThat(week.lessons()).allSatisfy(lesson -> assertThat(lesson.getRoomRange()).contains(lesson.getRoom()));
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        ConflictDirectedRepairTest another = new ConflictDirectedRepairTest();
        TightWeek first = tightWeek();
        TightWeek second = another.tightWeek();
        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(11);

        repair.changeWorkingSolution(scoreDirector(first), () -> false);
        repair.changeWorkingSolution(another.scoreDirector(second), () -> false);

        assertThat(second.lessons().stream().map(lesson -> lesson.getBlock().getId() + lesson.getRoom().getId()))
                .containsExactlyElementsOf(first.lessons().stream()
                        .map(lesson -> lesson.getBlock().getId() + lesson.getRoom().getId()).toList());
    }

    @Test
    void aMeetingOfHomeroomTeachersKeepsItsBlockAndTheirLessonsMoveAway() {
        Teacher ana = school.teacher("ana");
        Teacher ben = school.teacher("ben");
        school.homeroom(ana, school.group("3A", 24));
        Room room = school.room("R1", 30);
        Lesson benTeaches = school.lesson(school.section("MATH", ben, school.group("4A", 24)).build(), "P1", room);
        TeamMeeting meeting = school.meeting(school.team("G3", ana, ben).build(), 1, "MON-P1");
        TightWeek week = new TightWeek(List.of(benTeaches), List.of(meeting), null);

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(meeting.getBlock()).isEqualTo(school.block("MON-P1"));
        assertThat(benTeaches.getBlock()).isNotEqualTo(school.block("P1"));
    }

    /**
     * A lesson and a meeting that can only take the same block: the lesson keeps it and the meeting leaves the
     * schedule (a meeting less), rather than the meeting keeping it over a busy attendee (a broken hard rule).
     */
    @Test
    void aMeetingThatCanOnlyPushOutALessonLeavesTheScheduleInstead() {
        Teacher pat = school.teacher("pat");
        Teacher kim = school.teacherBuilder("kim").unavailable("TUE", "WED", "THU", "FRI", "MON-P2", "MON-P3",
                "MON-P4", "MON-P5", "MON-P6").build();
        Section onlyMondayFirst = school.section("ART", pat, school.group("5A", 20)).family("SINGLE").build();
        onlyMondayFirst.setAllowedBlocks(List.of(school.block("MON-P1")));
        Lesson lesson = school.lesson(onlyMondayFirst, "MON-P1", school.room("R1", 30));
        TeamMeeting meeting = school.meeting(school.team("PLC", pat, kim).family("SINGLE").build(), 1, "MON-P1");
        TightWeek week = new TightWeek(List.of(lesson), List.of(meeting), null);
        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setPatience(1_000);

        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(lesson.getBlock()).isEqualTo(school.block("MON-P1"));
        assertThat(meeting.getBlock()).isNull();
    }

    @Test
    void aLessonThatCanOnlyClashWithAPinnedOneLeavesThePinnedOneWhereItIs() {
        Teacher pat = school.teacher("pat");
        Room room = school.room("R1", 30);
        Room other = school.room("R2", 30);
        Lesson pinned = school.lesson(school.section("ART", pat, school.group("5A", 20)).build(), "P1", room);
        pinned.setPinned(true);
        Section onlyP1 = school.section("CLAY", pat, school.group("5B", 20)).build();
        onlyP1.setAllowedBlocks(List.of(school.block("P1")));
        Lesson clashing = school.lesson(onlyP1, null, null);
        TightWeek week = new TightWeek(List.of(pinned, clashing), List.of(), pinned);

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(pinned.getBlock()).isEqualTo(school.block("P1"));
        assertThat(pinned.getRoom()).isEqualTo(room);
        assertThat(clashing.getBlock()).isEqualTo(school.block("P1"));
        assertThat(clashing.getRoom()).isEqualTo(other);
    }

    @Test
    void amongConflictFreePlacesSectionsOfOneCourseSpreadAndTeammatesTeachTogether() {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            school.room("R" + i, 30);
        }
        for (int i = 0; i < 6; i++) {
            lessons.add(school.lesson(school.section("MATH-" + i, school.teacher("m" + i), school.group("G" + i, 20))
                    .course("MATH").build(), null, null));
        }
        Teacher ana = school.teacher("ana");
        Teacher ben = school.teacher("ben");
        Lesson anaTeaches = school.lesson(school.section("ART", ana, school.group("ARTS", 20)).build(), "P4", null);
        Lesson benTeaches = school.lesson(school.section("MUSIC", ben, school.group("BAND", 20)).build(), null, null);
        lessons.add(anaTeaches);
        lessons.add(benTeaches);
        TeamMeeting meeting = school.meeting(school.team("ARTS", ana, ben).build(), 1, "MON-P1");
        TightWeek week = new TightWeek(lessons, List.of(meeting), null);

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(lessons.subList(0, 6).stream().map(Lesson::getBlock).distinct()).hasSize(6);
        assertThat(benTeaches.getBlock()).isEqualTo(anaTeaches.getBlock());
        assertThat(meeting.getBlock()).isEqualTo(school.block("MON-P1"));
    }

    /**
     * A group's course of three single periods a week all on Monday keeps clear of every teacher, group and room
     * clash, but breaks course-spread: the search counts lessons of one course and group on one day as a conflict,
     * and a section's min_days_between as one between days too close.
     */
    @Test
    void lessonsOfOneCourseAndGroupGoToDifferentDaysAndSectionsKeepTheirDaysApart() {
        Teacher pat = school.teacher("pat");
        Teacher kim = school.teacher("kim");
        Room room = school.room("R1", 30);
        StudentGroup group = school.group("5A", 20);
        Section math = school.section("MATH-5A", pat, group).family("SINGLE").meetings(3).build();
        Section art = school.section("ART-5A", kim, group).family("SINGLE").meetings(2).build();
        art.setMinDaysBetween(2);
        List<Lesson> lessons = List.of(school.lesson(math, 1, "MON-P1", room), school.lesson(math, 2, "MON-P2", room),
                school.lesson(math, 3, "MON-P3", room), school.lesson(art, 1, "TUE-P1", room),
                school.lesson(art, 2, "WED-P1", room));
        TightWeek week = new TightWeek(lessons, List.of(), null);

        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(5);
        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(lessons.subList(0, 3).stream().map(lesson -> lesson.getBlock().getDays()).distinct()).hasSize(3);
        int artDays = Math.abs(lessons.get(3).getBlock().getDays().toArray()[0]
                - lessons.get(4).getBlock().getDays().toArray()[0]);
        assertThat(artDays).isGreaterThanOrEqualTo(2);
        assertThat(conflicts(lessons, List.of())).isEmpty();
    }

    /** A course whose section course-spread leaves out (course_spread no) may meet three times on Monday. */
    @Test
    void aSectionCourseSpreadLeavesOutStaysOnOneDay() {
        Room room = school.room("R1", 30);
        Section math = school.section("MATH-5A", school.teacher("pat"), school.group("5A", 20)).family("SINGLE")
                .meetings(3).build();
        math.setCourseSpread(false);
        List<Lesson> lessons = List.of(school.lesson(math, 1, "MON-P1", room), school.lesson(math, 2, "MON-P2", room),
                school.lesson(math, 3, "MON-P3", room));
        TightWeek week = new TightWeek(lessons, List.of(), null);

        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(5);
        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(lessons).extracting(lesson -> lesson.getBlock().getId()).containsExactly("MON-P1", "MON-P2",
                "MON-P3");
    }

    /** Seven meetings a week over five days: two a day at most, found six on Monday. */
    @Test
    void aCourseMetMoreOftenThanTheWeekHasDaysTakesItsShareOfEachDay() {
        Room room = school.room("R1", 30);
        Section english = school.section("ENG-5A", school.teacher("pat"), school.group("5A", 20)).family("SINGLE")
                .meetings(7).build();
        List<Lesson> lessons = new ArrayList<>();
        String[] blocks = {"MON-P1", "MON-P2", "MON-P3", "MON-P4", "MON-P5", "MON-P6", "TUE-P1"};
        for (int i = 0; i < blocks.length; i++) {
            lessons.add(school.lesson(english, i + 1, blocks[i], room));
        }
        TightWeek week = new TightWeek(lessons, List.of(), null);

        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(4);
        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(lessons.stream().collect(java.util.stream.Collectors.groupingBy(
                lesson -> lesson.getBlock().getDays(), java.util.stream.Collectors.counting())))
                .allSatisfy((day, count) -> assertThat(count).isLessThanOrEqualTo(2L));
        assertThat(conflicts(lessons, List.of())).isEmpty();
    }

    /** A teacher who may teach two days a week, found on three: the lessons of one day move to the other two. */
    @Test
    void aTeacherAtTheirDaysAWeekTeachesOnNoOtherDay() {
        Teacher pat = school.teacher("pat");
        pat.setLimits(new TeacherLimits(2, TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT,
                TeacherLimits.NO_LIMIT));
        Room room = school.room("R1", 30);
        List<Lesson> lessons = new ArrayList<>();
        String[] blocks = {"MON-P1", "TUE-P1", "WED-P1", "WED-P2"};
        for (int i = 0; i < blocks.length; i++) {
            lessons.add(school.lesson(school.section("S" + i, pat, school.group("G" + i, 20)).family("SINGLE")
                    .build(), blocks[i], room));
        }
        TightWeek week = new TightWeek(lessons, List.of(), null);

        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(2);
        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(lessons.stream().map(lesson -> lesson.getBlock().getDays()).distinct()).hasSize(2);
        assertThat(conflicts(lessons, List.of())).isEmpty();
    }

    /**
     * Construction picks a lesson's block before its room, so a class whose only room is closed in the last period
     * (or whose teacher is away then) can be found there without a clash with anyone: the search moves it anyway.
     */
    @Test
    void aLessonFoundWhereItsRoomIsClosedOrItsTeacherAwayMoves() {
        Room closedOnMonday = school.room("R1", 30, "GENERAL", "MON-P6");
        Room open = school.room("R2", 30);
        Section math = school.section("MATH-5A", school.teacher("pat"), school.group("5A", 20)).family("SINGLE")
                .build();
        math.setSuitableRooms(List.of(closedOnMonday));
        Teacher away = school.teacherBuilder("kim").unavailable("TUE-P6").build();
        Lesson inClosedRoom = school.lesson(math, "MON-P6", closedOnMonday);
        Lesson teacherAway = school.lesson(school.section("ART-5B", away, school.group("5B", 20)).family("SINGLE")
                .build(), "TUE-P6", open);
        TightWeek week = new TightWeek(List.of(inClosedRoom, teacherAway), List.of(), null);

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(inClosedRoom.getRoom()).isEqualTo(closedOnMonday);
        assertThat(inClosedRoom.getBlock().getSlots().overlaps(closedOnMonday.getUnavailable())).isFalse();
        assertThat(teacherAway.getBlock().getSlots().overlaps(away.getUnavailable())).isFalse();
    }

    /**
     * Every lesson placed and a meeting left out, its attendees free together only on Monday's first two periods,
     * where pat teaches: the meeting takes one of them, held there, and pat's lesson moves to another block. The
     * searches before give up at once (patience 1), as they do on a full week where a meeting pushes lessons out.
     */
    @Test
    void aMeetingLeftOutOnceTheLessonsArePlacedTakesABlockWhoseLessonsMoveAway() {
        Teacher pat = school.teacher("pat");
        Teacher kim = school.teacherBuilder("kim").unavailable("TUE", "WED", "THU", "FRI", "MON-P3", "MON-P4",
                "MON-P5", "MON-P6").build();
        Room room = school.room("R1", 30);
        StudentGroup group = school.group("5A", 20);
        Lesson first = school.lesson(school.section("ART", pat, group).family("SINGLE").build(), "MON-P1", room);
        Lesson second = school.lesson(school.section("MUSIC", pat, group).family("SINGLE").build(), "MON-P2", room);
        TeamMeeting meeting = school.meeting(school.team("PLC", pat, kim).family("SINGLE").build(), 1, "MON-P1");
        TightWeek week = new TightWeek(List.of(first, second), List.of(meeting), null);
        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setPatience(1);
        repair.setIterationLimit(10_000);

        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(meeting.getBlock()).isIn(school.block("MON-P1"), school.block("MON-P2"));
        assertThat(conflicts(week.lessons(), week.meetings())).isEmpty();
    }

    /**
     * A meeting construction left without a block, where its team's bound leaves room for one: the search places it
     * too, in one of the two periods its attendees can share, and pat's lesson there moves.
     */
    @Test
    void aMeetingWithoutABlockJoinsTheSearchWhereTheBoundLeavesRoom() {
        Teacher pat = school.teacher("pat");
        // Kim's planning time is elsewhere in the week: no minimum here.
        Teacher kim = school.teacherBuilder("kim").minPlanningMinutes(0).unavailable("TUE", "WED", "THU", "FRI",
                "MON-P3", "MON-P4", "MON-P5", "MON-P6").build();
        Room room = school.room("R1", 30);
        StudentGroup group = school.group("5A", 20);
        Lesson first = school.lesson(school.section("ART", pat, group).family("SINGLE").build(), "MON-P1", room);
        Lesson second = school.lesson(school.section("MUSIC", pat, group).family("SINGLE").build(), "MON-P2", room);
        TeamMeeting meeting = school.meeting(school.team("PLC", pat, kim).family("SINGLE").build(), 1, null);
        TightWeek week = new TightWeek(List.of(first, second), List.of(meeting), null);
        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setIterationLimit(10_000);

        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(meeting.getBlock()).isIn(school.block("MON-P1"), school.block("MON-P2"));
        assertThat(conflicts(week.lessons(), week.meetings())).isEmpty();
    }

    /** The search keeps a team's meetings out of the blocks the meeting bound rules out for the team. */
    @Test
    void aMeetingStaysOutOfTheBlocksTheBoundRulesOut() {
        TeamMeeting meeting = school.meeting(school.team("PLC", school.teacher("pat"), school.teacher("kim"))
                .family("SINGLE").build(), 1, "MON-P1");
        School working = WorkingSolutions.school(school, List.of(), List.of(meeting), List.of());

        ActivityModel all = ActivityModel.of(working);
        ActivityModel ruledOut = ActivityModel.of(working, Set.of(),
                Map.of(meeting.getTeam(), Set.of(school.block("MON-P1"), school.block("TUE-P2"))));

        List<Block> allBlocks = Arrays.stream(all.domain(0)).mapToObj(all::block).toList();
        assertThat(allBlocks).contains(school.block("MON-P1"), school.block("TUE-P2"));
        assertThat(Arrays.stream(ruledOut.domain(0)).mapToObj(ruledOut::block).toList())
                .hasSize(allBlocks.size() - 2).doesNotContain(school.block("MON-P1"), school.block("TUE-P2"));
    }

    /** A lesson the search had no iteration left for gets the first place whose room is open. */
    @Test
    void aLessonLeftOutAtTheEndGetsAnOpenRoom() {
        Room closedFirstThing = school.room("R1", 30, "GENERAL", "MON-P1");
        Section math = school.section("MATH-5A", school.teacher("pat"), school.group("5A", 20)).family("SINGLE")
                .build();
        math.setSuitableRooms(List.of(closedFirstThing));
        Lesson unplaced = school.lesson(math, null, null);
        TightWeek week = new TightWeek(List.of(unplaced), List.of(), null);
        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setIterationLimit(0);

        repair.changeWorkingSolution(scoreDirector(week), () -> false);

        assertThat(unplaced.getRoom()).isEqualTo(closedFirstThing);
        assertThat(unplaced.getBlock().getSlots().overlaps(closedFirstThing.getUnavailable())).isFalse();
    }

    @Test
    void aTerminatedPhaseStillLeavesEveryLessonPlaced() {
        TightWeek week = tightWeek();

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector(week), () -> true);

        assertThat(week.lessons()).allSatisfy(lesson -> {
            assertThat(lesson.getBlock()).isNotNull();
            assertThat(lesson.getRoom()).isNotNull();
        });
        assertThat(week.meetings().get(0).getBlock()).isNotNull();
    }

    /**
     * One team of 8,000 teachers: teammates kept per pair (64 million entries) took gigabytes and minutes before the
     * search began. Kept per team, the search starts at once and stops when its phase is terminated, leaving every
     * lesson a place.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aTeamOfThousandsNeitherFillsMemoryNorOutlivesItsPhase() {
        List<Teacher> everyone = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        List<StudentGroup> groups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            groups.add(school.group("G" + i, 20));
            school.room("R" + i, 30);
        }
        for (int i = 0; i < 8_000; i++) {
            Teacher teacher = school.teacher("t" + i);
            everyone.add(teacher);
            if (i < 2_000) {
                lessons.add(school.lesson(school.section("S" + i, teacher, groups.get(i % groups.size()))
                        .course("C" + i % 50).build(), null, null));
            }
        }
        TeamMeeting meeting = school.meeting(school.team("ALL", everyone.toArray(Teacher[]::new)).build(), 1,
                "MON-P1");
        TightWeek week = new TightWeek(lessons, List.of(meeting), null);
        // The phase ends after the search has asked 1,000 times, the same on a slow machine and a fast one.
        int[] asked = {0};

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector(week), () -> ++asked[0] > 1_000);

        assertThat(lessons).allSatisfy(lesson -> assertThat(lesson.getBlock()).isNotNull());
    }

    private ScoreDirector<School> scoreDirector(TightWeek week) {
        return WorkingSolutions.scoreDirectorFor(
                WorkingSolutions.school(school, week.lessons(), week.meetings(), List.of()));
    }

    /** Every pair of lessons or meetings that share a teacher, group or room at an overlapping time. */
    private static List<String> conflicts(List<Lesson> lessons, List<TeamMeeting> meetings) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson a = lessons.get(i);
            for (int j = i + 1; j < lessons.size(); j++) {
                Lesson b = lessons.get(j);
                boolean shared = !Collections.disjoint(a.getSection().getStaff(), b.getSection().getStaff())
                        || !Collections.disjoint(a.getSection().getGroups(), b.getSection().getGroups())
                        || a.getRoom() == b.getRoom();
                if (shared && a.getBlock().overlaps(b.getBlock())) {
                    found.add(a + " / " + b);
                }
            }
            for (TeamMeeting meeting : meetings) {
                if (!Collections.disjoint(a.getSection().getStaff(), meeting.getTeam().getAttendees())
                        && a.getBlock().overlaps(meeting.getBlock())) {
                    found.add(a + " / " + meeting);
                }
            }
        }
        return found;
    }
}
