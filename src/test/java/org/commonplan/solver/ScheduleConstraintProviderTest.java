package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.commonplan.domain.Block;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamKind;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.TimeslotKind;
import org.commonplan.solver.justifications.CoachingShortfallJustification;
import org.commonplan.solver.justifications.CommonFreeTimeJustification;
import org.commonplan.solver.justifications.ConsecutiveTeachingJustification;
import org.commonplan.solver.justifications.CourseDaysApartJustification;
import org.commonplan.solver.justifications.CourseSameBlockJustification;
import org.commonplan.solver.justifications.CourseSpreadJustification;
import org.commonplan.solver.justifications.EndsDayJustification;
import org.commonplan.solver.justifications.GapsJustification;
import org.commonplan.solver.justifications.GroupConflictJustification;
import org.commonplan.solver.justifications.GroupDayShapeJustification;
import org.commonplan.solver.justifications.MeetingMemberBusyJustification;
import org.commonplan.solver.justifications.MeetingsSameDayJustification;
import org.commonplan.solver.justifications.MinDaysBetweenJustification;
import org.commonplan.solver.justifications.RoomCapacityJustification;
import org.commonplan.solver.justifications.RoomKindJustification;
import org.commonplan.solver.justifications.SectionLinkJustification;
import org.commonplan.solver.justifications.PlanningProtectedJustification;
import org.commonplan.solver.justifications.MovedFromPreviousJustification;
import org.commonplan.solver.justifications.RoomConflictJustification;
import org.commonplan.solver.justifications.RoomSpreadJustification;
import org.commonplan.solver.justifications.SingletonConflictJustification;
import org.commonplan.solver.justifications.TeacherConflictJustification;
import org.commonplan.solver.justifications.TeacherDaysJustification;
import org.commonplan.solver.justifications.TeacherLessonsInARowJustification;
import org.commonplan.solver.justifications.TeacherShortDayJustification;
import org.commonplan.solver.justifications.TeachingLoadJustification;
import org.commonplan.solver.justifications.UnavailableJustification;
import org.commonplan.solver.justifications.UnplacedLessonJustification;
import org.commonplan.solver.justifications.UnscheduledMeetingJustification;
import org.junit.jupiter.api.Test;

/**
 * One block of tests per rule, each with a school situation that breaks it (exact penalty) and one that does not.
 * Unless a test builds its own bell schedule it uses {@link TestSchool#standardWeek()}: MON-FRI, P1-P4, lunch,
 * P5-P6, every period 50 minutes (30 CLASS timeslots, 1,500 minutes a week), default daily teaching limit 5,
 * 150 planning minutes a week, at most 3 lessons in a row.
 */
class ScheduleConstraintProviderTest {

    private static final ConstraintVerifier<ScheduleConstraintProvider, School> VERIFIER =
            ConstraintVerifier.build(new ScheduleConstraintProvider(), School.class, Lesson.class, TeamMeeting.class);

    private final TestSchool school = TestSchool.standardWeek();
    private final Room r101 = school.room("R101", 30);
    private final Room r102 = school.room("R102", 30);
    private final Room r103 = school.room("R103", 30);
    private final StudentGroup grade7a = school.group("7A", 28);
    private final StudentGroup grade7b = school.group("7B", 26);

    /** One DAILY section per period, no students, all in one room: a teacher's plain weekly load. */
    private List<Lesson> teachesDaily(Teacher teacher, Room room, String... periods) {
        List<Lesson> lessons = new ArrayList<>();
        for (String period : periods) {
            Section section = school.section(teacher.getId() + "-" + period, teacher).build();
            lessons.add(school.lesson(section, period, room));
        }
        return lessons;
    }

    /** Flattens facts and collections of facts for {@code given(...)}. */
    private static Object[] facts(Object... items) {
        List<Object> all = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Collection<?> collection) {
                all.addAll(collection);
            } else {
                all.add(item);
            }
        }
        return all.toArray();
    }

    private static List<String> weekOf(String period) {
        return List.of("MON-" + period, "TUE-" + period, "WED-" + period, "THU-" + period, "FRI-" + period);
    }

    // ================================================================ bell schedule blocks

    @Test
    void doubleBlocksPairClassPeriodsAtMostTenMinutesApartButNeverAcrossLunch() {
        TestSchool oneDay = TestSchool.bell("MON")
                .period("P1", "08:00", "08:50")
                .period("P2", "09:00", "09:50")   // 10 minutes after P1: a DOUBLE
                .period("P3", "10:05", "10:55")   // 15 minutes after P2: not
                .period("P4", "11:00", "11:50")
                .lunch("11:50", "12:20")
                .period("P5", "12:20", "13:10")   // right after lunch: not with P4
                .period("P6", "13:10", "14:00")
                .build();

        assertThat(oneDay.bellSchedule().blocksOf(BlockFamily.DOUBLE)).map(Block::getId)
                .containsExactly("MON-P1+P2", "MON-P3+P4", "MON-P5+P6");
        assertThat(oneDay.block("MON-P1+P2").getMinutes()).isEqualTo(100);
    }

    @Test
    void doubleBlocksDoNotSpanALunchBreakThatIsOnlyAGapInTheBellSchedule() {
        TestSchool oneDay = TestSchool.bell("MON")
                .period("P1", "08:00", "08:50")
                .period("P2", "08:50", "09:40")   // no passing time at all: a DOUBLE
                .period("P3", "10:10", "11:00")   // 30 minutes of unlisted lunch
                .build();

        assertThat(oneDay.bellSchedule().blocksOf(BlockFamily.DOUBLE)).map(Block::getId)
                .containsExactly("MON-P1+P2");
    }

    @Test
    void abDayPeriodMakesADailyBlockOfOnlyTheDaysItRunsOn() {
        TestSchool abWeek = abWeek();

        assertThat(abWeek.block("P4").getTimeslots()).map(Timeslot::id).containsExactly("MON-P4", "WED-P4");
        assertThat(abWeek.block("P4").getMinutes()).isEqualTo(100);
        assertThat(abWeek.block("P1").getTimeslots()).map(Timeslot::id)
                .containsExactly("MON-P1", "TUE-P1", "WED-P1", "THU-P1");
        // Advisory is not schedulable: no DAILY or SINGLE block for it.
        assertThat(abWeek.bellSchedule().block("ADV")).isNull();
        assertThat(abWeek.bellSchedule().block("TUE-ADV")).isNull();
    }

    /** MON-THU, P1-P3 every day, P4 on MON and WED only, ADVISORY in P4's place on TUE and THU. */
    private static TestSchool abWeek() {
        return TestSchool.bell("MON", "TUE", "WED", "THU")
                .period("P1", "08:00", "08:50")
                .period("P2", "08:55", "09:45")
                .period("P3", "09:50", "10:40")
                .period("P4", "10:45", "11:35").onlyOn("MON", "WED")
                .period("ADV", "10:45", "11:35", TimeslotKind.ADVISORY).onlyOn("TUE", "THU")
                .build();
    }

    // ================================================================ hard: teacher conflict

    @Test
    void teacherWithTwoSectionsInOneDailyPeriodIsInTwoPlacesEveryDay() {
        Teacher ana = school.teacher("ANA");
        Lesson math7a = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson math7b = school.lesson(school.section("MATH-7B", ana, grade7b).build(), "P1", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, math7a, math7b)
                .justifiesWith(new TeacherConflictJustification("ANA",
                        weekOf("P1").stream().map(timeslot -> timeslot + " (2 lessons)").toList(), 5))
                .penalizesBy(5);
    }

    @Test
    void threeLessonsOfOneTeacherAtOnceAreOneExplanationThatSaysThree() {
        Teacher ana = school.teacher("ANA");
        Section math = school.section("MATH-7A", ana, grade7a).family(BlockFamily.SINGLE).meetings(3).build();

        // The words say 3 lessons, the penalty counts the 2 beyond the first.
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, school.lesson(math, 1, "MON-P1", r101), school.lesson(math, 2, "MON-P1", r102),
                        school.lesson(math, 3, "MON-P1", r103))
                .justifiesWith(new TeacherConflictJustification("ANA", List.of("MON-P1 (3 lessons)"), 2))
                .penalizesBy(2);
    }

    @Test
    void teacherWithSectionsInDifferentPeriodsHasNoConflict() {
        Teacher ana = school.teacher("ANA");
        Lesson math7a = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson math7b = school.lesson(school.section("MATH-7B", ana, grade7b).build(), "P2", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, math7a, math7b)
                .penalizesBy(0);
    }

    @Test
    void doubleLabOverlappingASingleLessonOfTheSameTeacherIsAConflictInTheSharedTimeslot() {
        Teacher ana = school.teacher("ANA");
        Lesson lab = school.lesson(school.section("SCI-LAB-7A", ana, grade7a).family(BlockFamily.DOUBLE).build(),
                "MON-P1+P2", r101);
        Lesson math = school.lesson(school.section("MATH-7B", ana, grade7b).family(BlockFamily.SINGLE).build(),
                "MON-P2", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, lab, math)
                .justifiesWith(new TeacherConflictJustification("ANA", List.of("MON-P2 (2 lessons)"), 1))
                .penalizesBy(1);
        assertThat(new TeacherConflictJustification("ANA", List.of("MON-P2 (2 lessons)"), 1).description())
                .isEqualTo("ANA is due in more than one place at once in MON-P2 (2 lessons): 1 clash");
    }

    @Test
    void doubleLabFollowedByASingleLessonOfTheSameTeacherIsNoConflict() {
        Teacher ana = school.teacher("ANA");
        Lesson lab = school.lesson(school.section("SCI-LAB-7A", ana, grade7a).family(BlockFamily.DOUBLE).build(),
                "MON-P1+P2", r101);
        Lesson math = school.lesson(school.section("MATH-7B", ana, grade7b).family(BlockFamily.SINGLE).build(),
                "MON-P3", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, lab, math)
                .penalizesBy(0);
    }

    @Test
    void doubleLessonOverlappingADailyLessonConflictsOnlyOnItsDay() {
        Teacher ana = school.teacher("ANA");
        Lesson lab = school.lesson(school.section("SCI-LAB-7A", ana, grade7a).family(BlockFamily.DOUBLE).build(),
                "TUE-P2+P3", r101);
        Lesson math = school.lesson(school.section("MATH-7B", ana, grade7b).build(), "P3", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, lab, math)
                .penalizesBy(1);
    }

    @Test
    void coTeacherInTwoOverlappingLessonsIsAConflictForTheCoTeacherOnly() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher cal = school.teacher("CAL");
        Lesson ela = school.lesson(school.section("ELA-7A", ana, grade7a).coTeacher(ben).build(), "P2", r101);
        Lesson sci = school.lesson(school.section("SCI-7B", cal, grade7b).coTeacher(ben).build(), "P2", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, ben, cal, ela, sci)
                .justifiesWith(new TeacherConflictJustification("BEN",
                        weekOf("P2").stream().map(timeslot -> timeslot + " (2 lessons)").toList(), 5))
                .penalizesBy(5);
    }

    @Test
    void coTeacherOfOneSectionTeachingTheirOwnAtTheSameTimeIsAConflict() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson ela = school.lesson(school.section("ELA-7A", ana, grade7a).coTeacher(ben).build(), "P2", r101);
        Lesson math = school.lesson(school.section("MATH-7B", ben, grade7b).family(BlockFamily.SINGLE).build(),
                "WED-P2", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, ben, ela, math)
                .penalizesBy(1);
    }

    @Test
    void coTeacherInLessonsAtDifferentTimesHasNoConflict() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher cal = school.teacher("CAL");
        Lesson ela = school.lesson(school.section("ELA-7A", ana, grade7a).coTeacher(ben).build(), "P2", r101);
        Lesson sci = school.lesson(school.section("SCI-7B", cal, grade7b).coTeacher(ben).build(), "P3", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(ana, ben, cal, ela, sci)
                .penalizesBy(0);
    }

    @Test
    void homeroomTeacherTeachingAnotherGroupWhileHerClassHasNoOneElseIsAConflict() {
        Teacher dana = school.teacher("DANA");
        StudentGroup class3a = school.group("3A", 22);
        StudentGroup class3b = school.group("3B", 20);
        school.homeroom(dana, class3a);
        Lesson reading3b = school.lesson(
                school.section("READ-3B", dana, class3b).family(BlockFamily.SINGLE).build(), "MON-P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(dana, reading3b)
                .justifiesWith(new TeacherConflictJustification("DANA",
                        List.of("MON-P1 (a lesson while class 3A has no one else)"), 1))
                .penalizesBy(1);
    }

    @Test
    void homeroomTeacherTeachingAnotherGroupWhileHerClassIsAtArtIsNoConflict() {
        Teacher dana = school.teacher("DANA");
        Teacher eli = school.teacherBuilder("ELI").specialist().build();
        StudentGroup class3a = school.group("3A", 22);
        StudentGroup class3b = school.group("3B", 20);
        school.homeroom(dana, class3a);
        Lesson reading3b = school.lesson(
                school.section("READ-3B", dana, class3b).family(BlockFamily.SINGLE).build(), "MON-P1", r101);
        Lesson art3a = school.lesson(
                school.section("ART-3A", eli, class3a).family(BlockFamily.SINGLE).build(), "MON-P1", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(dana, eli, reading3b, art3a)
                .penalizesBy(0);
    }

    @Test
    void homeroomTeacherTeachingAnotherGroupDailyWhileHerClassIsAtArtOnlyOnMondayConflictsTheOtherFourDays() {
        Teacher dana = school.teacher("DANA");
        Teacher eli = school.teacherBuilder("ELI").specialist().build();
        StudentGroup class3a = school.group("3A", 22);
        StudentGroup class3b = school.group("3B", 20);
        school.homeroom(dana, class3a);
        Lesson reading3b = school.lesson(school.section("READ-3B", dana, class3b).build(), "P1", r101);
        Lesson art3a = school.lesson(
                school.section("ART-3A", eli, class3a).family(BlockFamily.SINGLE).build(), "MON-P1", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(dana, eli, reading3b, art3a)
                .penalizesBy(4);
    }

    @Test
    void homeroomTeacherTeachingHerOwnClassIsNoConflict() {
        Teacher dana = school.teacher("DANA");
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Lesson reading3a = school.lesson(school.section("READ-3A", dana, class3a).build(), "P1", r101);
        Lesson math3a = school.lesson(school.section("MATH-3A", dana, class3a).build(), "P2", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(dana, reading3a, math3a)
                .penalizesBy(0);
    }

    // ================================================================ hard: room conflict

    @Test
    void twoDailyLessonsInOneRoomInTheSamePeriodClashEveryDay() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson science = school.lesson(school.section("SCI-7B", ben, grade7b).build(), "P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomConflict)
                .given(ana, ben, math, science)
                .penalizesBy(5);
    }

    @Test
    void threeLessonsInOneRoomInTheSamePeriodAreTwoClashesEveryDay() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher cal = school.teacher("CAL");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson science = school.lesson(school.section("SCI-7B", ben, grade7b).build(), "P1", r101);
        Lesson art = school.lesson(school.section("ART-8A", cal).build(), "P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomConflict)
                .given(ana, ben, cal, math, science, art)
                .penalizesBy(10);
    }

    @Test
    void doubleLabAndASingleLessonOverlappingInOneRoomIsARoomConflict() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson lab = school.lesson(school.section("SCI-LAB-7A", ana, grade7a).family(BlockFamily.DOUBLE).build(),
                "THU-P3+P4", r101);
        Lesson math = school.lesson(school.section("MATH-7B", ben, grade7b).family(BlockFamily.SINGLE).build(),
                "THU-P4", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomConflict)
                .given(ana, ben, lab, math)
                .penalizesBy(1);
    }

    @Test
    void sameRoomAtDifferentTimesOrSameTimeInDifferentRoomsIsNoRoomConflict() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher cal = school.teacher("CAL");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson science = school.lesson(school.section("SCI-7B", ben, grade7b).build(), "P2", r101);
        Lesson art = school.lesson(school.section("ART-8A", cal).build(), "P1", r102);
        Lesson notYetRoomed = school.lesson(school.section("ELA-8B", cal).build(), "P1", null);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomConflict)
                .given(ana, ben, cal, math, science, art, notYetRoomed)
                .penalizesBy(0);
    }

    // ================================================================ hard: group conflict

    @Test
    void groupInTwoDailySectionsOfOnePeriodIsDoubleBookedEveryDay() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson science = school.lesson(school.section("SCI-7A", ben, grade7a).build(), "P1", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::groupConflict)
                .given(ana, ben, math, science)
                .justifiesWith(new GroupConflictJustification("7A",
                        weekOf("P1").stream().map(slot -> slot + " (2 lessons)").toList(), 5))
                .penalizesBy(5);
        assertThat(new GroupConflictJustification("7A",
                        weekOf("P1").stream().map(slot -> slot + " (2 lessons)").toList(), 5).description())
                .isEqualTo("Student group 7A has more than one lesson at once in MON-P1 (2 lessons), TUE-P1 (2 "
                        + "lessons), WED-P1 (2 lessons), THU-P1 (2 lessons), FRI-P1 (2 lessons): 5 lessons too many");
    }

    @Test
    void groupInThreeLessonsOfOneTimeslotCountsTwoExtraLessons() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher cal = school.teacher("CAL");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson art = school.lesson(school.section("ART-7A", ben, grade7a).family(BlockFamily.SINGLE).build(),
                "MON-P1", r102);
        Lesson lab = school.lesson(school.section("LAB-7A", cal, grade7a).family(BlockFamily.DOUBLE).build(),
                "MON-P1+P2", r103);

        VERIFIER.verifyThat(ScheduleConstraintProvider::groupConflict)
                .given(ana, ben, cal, math, art, lab)
                .penalizesBy(2);
    }

    @Test
    void groupsInDifferentPeriodsOrDifferentGroupsInOnePeriodHaveNoGroupConflict() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson math7a = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson science7a = school.lesson(school.section("SCI-7A", ben, grade7a).build(), "P2", r102);
        Lesson science7b = school.lesson(school.section("SCI-7B", ben, grade7b).build(), "P1", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::groupConflict)
                .given(ana, ben, math7a, science7a, science7b)
                .penalizesBy(0);
    }

    @Test
    void aTeacherInThreeLessonsAtOnceCostsTwoSoThatEachLessonMovedAwayShows() {
        Teacher ana = school.teacher("ANA");
        List<Lesson> pile = List.of(
                school.lesson(school.section("A1", ana).family(BlockFamily.SINGLE).build(), "MON-P1", r101),
                school.lesson(school.section("A2", ana).family(BlockFamily.SINGLE).build(), "MON-P1", r102),
                school.lesson(school.section("A3", ana).family(BlockFamily.SINGLE).build(), "MON-P1", r103));

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(facts(ana, pile))
                .penalizesBy(2);
        pile.get(2).setBlock(school.block("MON-P2"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherConflict)
                .given(facts(ana, pile))
                .penalizesBy(1);
    }

    // ================================================================ hard: the words of room and group conflicts

    @Test
    void sevenLessonsInOneRoomAreOneSentenceThatSaysSevenAndSixTooMany() {
        Teacher ana = school.teacher("ANA");
        List<Object> facts = new ArrayList<>(List.of(ana));
        for (int i = 0; i < 7; i++) {
            Teacher teacher = school.teacher("T" + i);
            facts.add(teacher);
            facts.add(school.lesson(school.section("PE-" + i, teacher).family(BlockFamily.SINGLE).build(), "FRI-P6",
                    r101));
        }

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomConflict)
                .given(facts.toArray())
                .penalizesBy(6);
        VERIFIER.verifyThat(ScheduleConstraintProvider::roomConflict)
                .given(facts.toArray())
                .justifiesWith(new RoomConflictJustification("R101", List.of("FRI-P6 (7 lessons)"), 6));
        assertThat(new RoomConflictJustification("R101", List.of("FRI-P6 (7 lessons)"), 6).description())
                .isEqualTo("Room R101 holds more than one lesson at once in FRI-P6 (7 lessons): 6 lessons too many");
        assertThat(new GroupConflictJustification("7A", List.of("MON-P1 (2 lessons)"), 1).description())
                .isEqualTo("Student group 7A has more than one lesson at once in MON-P1 (2 lessons): 1 lesson too many");
    }

    // ================================================================ hard: unplaced lesson

    @Test
    void aLessonWithoutABlockOrWithoutARoomIsUnplaced() {
        Teacher ana = school.teacher("ANA");
        Lesson noBlock = school.lesson(school.section("MATH-7A", ana, grade7a).build(), null, null);
        Lesson noRoom = school.lesson(school.section("MATH-7B", ana, grade7b).build(), "P2", null);
        Lesson placed = school.lesson(school.section("ELA-7A", ana, grade7a).build(), "P3", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unplacedLesson)
                .given(ana, noBlock, noRoom, placed)
                .penalizesBy(2);
        VERIFIER.verifyThat(ScheduleConstraintProvider::unplacedLesson)
                .given(ana, noBlock)
                .justifiesWith(new UnplacedLessonJustification("MATH-7A", null));
        assertThat(new UnplacedLessonJustification("MATH-7B", "MON-P2").description())
                .isEqualTo("MATH-7B is in MON-P2 but has no room: the solve ended before it was placed");
    }

    @Test
    void aLessonWithABlockAndARoomIsPlaced() {
        Teacher ana = school.teacher("ANA");
        Lesson placed = school.lesson(school.section("ELA-7A", ana, grade7a).build(), "P3", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unplacedLesson)
                .given(ana, placed)
                .penalizesBy(0);
    }

    // ================================================================ hard: course spread

    /** Lessons of a SINGLE-block section of the course, one per block id. */
    private List<Lesson> singles(String id, String course, Teacher teacher, StudentGroup group, String... blocks) {
        Section section = school.section(id, teacher, group).course(course).family(BlockFamily.SINGLE)
                .meetings(blocks.length).build();
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            lessons.add(school.lesson(section, i + 1, blocks[i], r101));
        }
        return lessons;
    }

    @Test
    void peTwiceOnTuesdayForACourseMetTwiceAWeekIsOneMeetingBeyondTheDaysShare() {
        Teacher lee = school.teacher("LEE");
        List<Lesson> pe = singles("PE-7A", "PE", lee, grade7a, "TUE-P3", "TUE-P4");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(lee, pe))
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(lee, pe))
                .justifiesWith(new CourseSpreadJustification("Group 7A", "PE", 1, List.of("TUE (P3, P4)")));
        assertThat(new CourseSpreadJustification("Group 7A", "PE", 1, List.of("TUE (P3, P4)")).description())
                .isEqualTo("Group 7A has PE more than once a day on TUE (P3, P4)");
    }

    @Test
    void peOnMondayAndThursdayKeepsTheDaysShare() {
        Teacher lee = school.teacher("LEE");
        List<Lesson> pe = singles("PE-7A", "PE", lee, grade7a, "MON-P3", "THU-P4");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(lee, pe))
                .penalizesBy(0);
    }

    @Test
    void aDailyCourseWithOneExtraMeetingMayMeetTwiceOnOneDay() {
        Teacher ana = school.teacher("ANA");
        Lesson daily = school.lesson(school.section("MATH-7A", ana, grade7a).course("MATH").build(), "P1", r101);
        List<Lesson> extra = singles("MATH-7A-LAB", "MATH", ana, grade7a, "WED-P5");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(ana, daily, extra))
                .penalizesBy(0);
    }

    @Test
    void sectionsOfOneCourseCountTogetherForTheGroupsTheyShare() {
        Teacher lee = school.teacher("LEE");
        Teacher kim = school.teacher("KIM");
        List<Lesson> gym = singles("PE-7A-GYM", "PE", lee, grade7a, "MON-P1");
        List<Lesson> pool = singles("PE-7A-POOL", "PE", kim, grade7a, "MON-P5");
        List<Lesson> otherGroup = singles("PE-7B", "PE", kim, grade7b, "MON-P2");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(lee, kim, gym, pool, otherGroup))
                .penalizesBy(1);
    }

    @Test
    void aSectionWithoutGroupsIsSpreadOnItsOwn() {
        Teacher ana = school.teacher("ANA");
        Section club = school.section("CLUB", ana).family(BlockFamily.SINGLE).meetings(3).build();
        List<Lesson> lessons = List.of(school.lesson(club, 1, "FRI-P1", r101), school.lesson(club, 2, "FRI-P2", r101),
                school.lesson(club, 3, "FRI-P3", r101));

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(ana, lessons))
                .penalizesBy(2);
        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(ana, lessons))
                .justifiesWith(new CourseSpreadJustification("Section CLUB", "CLUB", 1, List.of("FRI (P1, P2, P3)")));
    }

    // ================================================================ soft: course days apart

    @Test
    void aCourseMetTwiceAWeekOnMondayAndTuesdayCouldHaveADayBetween() {
        Teacher lee = school.teacher("LEE");
        List<Lesson> pe = singles("PE-7A", "PE", lee, grade7a, "MON-P3", "TUE-P3");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseDaysApart)
                .given(facts(lee, pe))
                .justifiesWith(new CourseDaysApartJustification("Group 7A", "PE", 1))
                .penalizesBy(1);
        assertThat(new CourseDaysApartJustification("Group 7A", "PE", 1).description())
                .isEqualTo("Group 7A has PE on 1 pair of consecutive days where a day between was possible");
    }

    @Test
    void aCourseMetTwiceAWeekOnMondayAndThursdayOrFourTimesAWeekIsSpreadEnough() {
        Teacher lee = school.teacher("LEE");
        List<Lesson> apart = singles("PE-7A", "PE", lee, grade7a, "MON-P3", "THU-P3");
        List<Lesson> fourTimes = singles("ART-7B", "ART", lee, grade7b, "MON-P1", "TUE-P1", "WED-P1", "THU-P1");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseDaysApart)
                .given(facts(lee, apart, fourTimes))
                .penalizesBy(0);
    }

    // ================================================================ hard: lessons placed relative to each other

    @Test
    void lessonsOfASectionWithTwoDaysBetweenOnMondayAndTuesdayAreOneDayShort() {
        Teacher ana = school.teacher("ANA");
        List<Lesson> math = singles("MATH-7A", "MATH", ana, grade7a, "MON-P1", "TUE-P1", "THU-P1");
        math.get(0).getSection().setMinDaysBetween(2);

        // MON-TUE: 1 short; TUE-THU: 0; MON-THU: 0.
        VERIFIER.verifyThat(ScheduleConstraintProvider::minDaysBetween)
                .given(facts(ana, math))
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::minDaysBetween)
                .given(facts(ana, math))
                .justifiesWith(new MinDaysBetweenJustification("MATH-7A#1", "MON", "MATH-7A#2", "TUE", 2));
        assertThat(new MinDaysBetweenJustification("MATH-7A#1", "MON", "MATH-7A#2", "TUE", 2).description())
                .isEqualTo("MATH-7A#1 (MON) and MATH-7A#2 (TUE) should be at least 2 days apart");
        math.get(0).getSection().setMinDaysBetween(0);
        VERIFIER.verifyThat(ScheduleConstraintProvider::minDaysBetween)
                .given(facts(ana, math))
                .penalizesBy(0);
    }

    private static void link(SectionLink.Kind kind, Lesson... lessons) {
        SectionLink link = new SectionLink(kind, java.util.Arrays.stream(lessons).map(Lesson::getSection).toList());
        for (Lesson lesson : lessons) {
            lesson.getSection().setLinks(List.of(link));
        }
    }

    @Test
    void splitLanguageGroupsStartTogetherOrBreakTheirLink() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson french = singles("FR-7", "FR", ana, grade7a, "MON-P2").get(0);
        Lesson german = singles("DE-7", "DE", ben, grade7b, "MON-P3").get(0);
        link(SectionLink.Kind.SAME_START, french, german);

        VERIFIER.verifyThat(ScheduleConstraintProvider::sameStart)
                .given(ana, ben, french, german)
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameStart)
                .given(ana, ben, french, german)
                .justifiesWith(new SectionLinkJustification("FR-7", "MON-P2", "DE-7", "MON-P3",
                        "start at the same time"));
        assertThat(new SectionLinkJustification("FR-7", "MON-P2", "DE-7", "MON-P3",
                        "start at the same time").description())
                .isEqualTo("FR-7 (MON-P2) and DE-7 (MON-P3) should start at the same time");
        german.setBlock(school.block("MON-P2"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameStart)
                .given(ana, ben, french, german)
                .penalizesBy(0);
    }

    @Test
    void notOverlappingSectionsCountEachSharedTimeslot() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson art = school.lesson(school.section("ART", ana, grade7a).family(BlockFamily.DOUBLE).build(),
                "MON-P1+P2", r101);
        Lesson band = singles("BAND", "BAND", ben, grade7b, "MON-P2").get(0);
        link(SectionLink.Kind.NOT_OVERLAPPING, art, band);

        VERIFIER.verifyThat(ScheduleConstraintProvider::noOverlap)
                .given(ana, ben, art, band)
                .justifiesWith(new SectionLinkJustification("ART", "MON-P1+P2", "BAND", "MON-P2", "not overlap"))
                .penalizesBy(1);
        assertThat(new SectionLinkJustification("ART", "MON-P1+P2", "BAND", "MON-P2", "not overlap").description())
                .isEqualTo("ART (MON-P1+P2) and BAND (MON-P2) should not overlap");
        band.setBlock(school.block("MON-P3"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::noOverlap)
                .given(ana, ben, art, band)
                .penalizesBy(0);
    }

    @Test
    void consecutiveLessonsAreBackToBackAcrossLunchButNotAcrossDays() {
        Teacher ana = school.teacher("ANA");
        Lesson lab = singles("LAB", "LAB", ana, grade7a, "MON-P4").get(0);
        Lesson talk = singles("TALK", "TALK", ana, grade7a, "MON-P5").get(0);
        link(SectionLink.Kind.CONSECUTIVE, lab, talk);

        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutive)
                .given(ana, lab, talk)
                .penalizesBy(0);
        talk.setBlock(school.block("TUE-P1"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutive)
                .given(ana, lab, talk)
                .justifiesWith(new SectionLinkJustification("LAB", "MON-P4", "TALK", "TUE-P1",
                        "be back to back, in this order"))
                .penalizesBy(1);
        assertThat(new SectionLinkJustification("LAB", "MON-P4", "TALK", "TUE-P1",
                        "be back to back, in this order").description())
                .isEqualTo("LAB (MON-P4) and TALK (TUE-P1) should be back to back, in this order");
    }

    @Test
    void orderedLessonsComeInOrderOverTheWeek() {
        Teacher ana = school.teacher("ANA");
        Lesson theory = singles("THEORY", "THEORY", ana, grade7a, "WED-P1").get(0);
        Lesson practice = singles("PRACTICE", "PRACTICE", ana, grade7a, "TUE-P6").get(0);
        link(SectionLink.Kind.ORDERED, theory, practice);

        VERIFIER.verifyThat(ScheduleConstraintProvider::ordered)
                .given(ana, theory, practice)
                .justifiesWith(new SectionLinkJustification("THEORY", "WED-P1", "PRACTICE", "TUE-P6",
                        "come in this order"))
                .penalizesBy(1);
        assertThat(new SectionLinkJustification("THEORY", "WED-P1", "PRACTICE", "TUE-P6",
                        "come in this order").description())
                .isEqualTo("THEORY (WED-P1) and PRACTICE (TUE-P6) should come in this order");
        practice.setBlock(school.block("WED-P2"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::ordered)
                .given(ana, theory, practice)
                .penalizesBy(0);
    }

    @Test
    void aLessonThatEndsTheDayIsFollowedByNoLessonOfItsGroupThatDay() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson pe = singles("PE-7A", "PE", ana, grade7a, "MON-P5").get(0);
        pe.getSection().setEndsDay(true);
        Lesson math = singles("MATH-7A", "MATH", ben, grade7a, "MON-P6").get(0);
        Lesson otherGroup = singles("MATH-7B", "MATH", ben, grade7b, "MON-P6").get(0);

        VERIFIER.verifyThat(ScheduleConstraintProvider::endsDay)
                .given(ana, ben, pe, math, otherGroup)
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::endsDay)
                .given(ana, ben, pe, math, otherGroup)
                .justifiesWith(new EndsDayJustification("PE-7A", "MON-P5", "7A", "MATH-7A", "MON-P6"));
        assertThat(new EndsDayJustification("PE-7A", "MON-P5", "7A", "MATH-7A", "MON-P6").description())
                .isEqualTo("PE-7A (MON-P5) should end group 7A's day, but MATH-7A follows in MON-P6");
        math.setBlock(school.block("TUE-P6"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::endsDay)
                .given(ana, ben, pe, math, otherGroup)
                .penalizesBy(0);
    }

    // ================================================================ hard: the teacher's own limits

    /** One SINGLE lesson of the teacher per block id, each its own section. */
    private List<Lesson> teaches(Teacher teacher, String... blocks) {
        List<Lesson> lessons = new ArrayList<>();
        for (String block : blocks) {
            lessons.add(school.lesson(school.section(teacher.getId() + "-" + block, teacher)
                    .family(BlockFamily.SINGLE).build(), block, r101));
        }
        return lessons;
    }

    private static TeacherLimits teacherLimits(int maxDays, int minPerDay, int maxGapsPerDay, int maxGapsPerWeek,
            int maxInARow) {
        return new TeacherLimits(maxDays, minPerDay, maxGapsPerDay, maxGapsPerWeek, maxInARow);
    }

    @Test
    void aTeacherOfThreeDaysAWeekTeachingOnFourDaysIsOneDayOver() {
        Teacher ana = school.teacher("ANA");
        ana.setLimits(teacherLimits(3, -1, -1, -1, -1));
        List<Lesson> lessons = teaches(ana, "MON-P1", "TUE-P1", "WED-P1", "THU-P1");

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherDays)
                .given(facts(ana, lessons))
                .justifiesWith(new TeacherDaysJustification("ANA", 1, 3))
                .penalizesBy(1);
        assertThat(new TeacherDaysJustification("ANA", 1, 3).description())
                .isEqualTo("ANA teaches on 4 days, at most 3 allowed");
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherDays)
                .given(facts(ana, lessons.subList(0, 3)))
                .penalizesBy(0);
    }

    @Test
    void aTeacherWhoComesInForOneLessonWhenTwoAreTheMinimumIsOneShort() {
        Teacher ana = school.teacher("ANA");
        ana.setLimits(teacherLimits(-1, 2, -1, -1, -1));
        List<Lesson> lessons = teaches(ana, "MON-P1", "MON-P2", "TUE-P4");

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherShortDay)
                .given(facts(ana, lessons))
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherShortDay)
                .given(facts(ana, lessons))
                .justifiesWith(new TeacherShortDayJustification("ANA", 2, List.of("TUE (1)")));
        assertThat(new TeacherShortDayJustification("ANA", 2, List.of("TUE (1)")).description())
                .isEqualTo("ANA comes in for fewer than 2 lessons on TUE (1)");
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherShortDay)
                .given(facts(ana, lessons.subList(0, 2)))
                .penalizesBy(0);
    }

    @Test
    void idlePeriodsBetweenATeachersLessonsBeyondTheDailyAndWeeklyMaximumAreGaps() {
        Teacher ana = school.teacher("ANA");
        ana.setLimits(teacherLimits(-1, -1, 1, 2, -1));
        // MON: P1, P4 -> P2, P3 idle (2 gaps, 1 over the day's maximum). TUE: P1, P3 -> 1 gap. Week: 3 gaps, 1 over.
        List<Lesson> lessons = teaches(ana, "MON-P1", "MON-P4", "TUE-P1", "TUE-P3");

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherGaps)
                .given(facts(ana, lessons))
                .penalizesBy(2);
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherGaps)
                .given(facts(ana, lessons))
                .justifiesWith(new GapsJustification("Teacher ANA", List.of("MON 2", "TUE 1"), 1, 2));
        assertThat(new GapsJustification("Teacher ANA", List.of("MON 2", "TUE 1"), 1, 2).description())
                .isEqualTo("Teacher ANA has idle periods between lessons (MON 2, TUE 1); at most 1 a day, at most 2 a week");
    }

    @Test
    void lunchAndATeamMeetingBetweenLessonsAreNoGaps() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        ana.setLimits(teacherLimits(-1, -1, 0, 0, -1));
        List<Lesson> lessons = teaches(ana, "MON-P3", "MON-P4", "MON-P6");
        TeamMeeting meeting = school.meeting(school.team("PLC", ana, ben).build(), 1, "MON-P5");

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherGaps)
                .given(facts(ana, ben, lessons, meeting))
                .penalizesBy(0);
    }

    @Test
    void aTeachersOwnMaximumInARowIsHard() {
        Teacher ana = school.teacher("ANA");
        ana.setLimits(teacherLimits(-1, -1, -1, -1, 2));
        List<Lesson> lessons = teaches(ana, "MON-P1", "MON-P2", "MON-P3", "TUE-P1", "TUE-P2");

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherLessonsInARow)
                .given(facts(ana, lessons))
                .justifiesWith(new TeacherLessonsInARowJustification("ANA", 2, 1))
                .penalizesBy(1);
        assertThat(new TeacherLessonsInARowJustification("ANA", 2, 1).description())
                .isEqualTo("ANA teaches 1 lesson beyond 2 in a row");
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherLessonsInARow)
                .given(facts(ana, lessons.subList(1, 5)))
                .penalizesBy(0);
    }

    // ================================================================ hard: the shape of a student group's days

    /** One SINGLE lesson for the group per block id, each with its own teacher. */
    private List<Object> groupHas(StudentGroup group, String... blocks) {
        List<Object> facts = new ArrayList<>();
        for (String block : blocks) {
            Teacher teacher = school.teacher("T-" + group.getId() + "-" + block);
            facts.add(teacher);
            facts.add(school.lesson(school.section(group.getId() + "-" + block, teacher, group)
                    .family(BlockFamily.SINGLE).build(), block, r101));
        }
        return facts;
    }

    @Test
    void aClassWithoutHolesInItsDayHasNoGapsAndOneHoleIsOne() {
        grade7a.setLimits(new GroupLimits(0, 0, -1, -1, -1));

        VERIFIER.verifyThat(ScheduleConstraintProvider::groupGaps)
                .given(facts(groupHas(grade7a, "MON-P1", "MON-P2", "MON-P3", "TUE-P1")))
                .penalizesBy(0);
        VERIFIER.verifyThat(ScheduleConstraintProvider::groupGaps)
                .given(facts(groupHas(grade7a, "MON-P1", "MON-P3")))
                .penalizesBy(2); // one over the day's maximum, one over the week's
        VERIFIER.verifyThat(ScheduleConstraintProvider::groupGaps)
                .given(facts(groupHas(grade7a, "MON-P1", "MON-P3")))
                .justifiesWith(new GapsJustification("Group 7A", List.of("MON 1"), 0, 0));
    }

    @Test
    void aClassHasBetweenItsMinimumAndMaximumLessonsEveryDay() {
        grade7a.setLimits(new GroupLimits(-1, -1, 1, 2, -1));
        // MON 3 lessons (1 over), TUE-FRI none (4 days, 1 short each).
        List<Object> facts = groupHas(grade7a, "MON-P1", "MON-P2", "MON-P3");

        VERIFIER.verifyThat(ScheduleConstraintProvider::groupDailyLessons)
                .given(facts(facts))
                .justifiesWith(new GroupDayShapeJustification("7A", "days with fewer than 1 or more than 2 lessons",
                        List.of("MON: 3 lessons, 0 gaps", "TUE: 0 lessons, 0 gaps", "WED: 0 lessons, 0 gaps",
                                "THU: 0 lessons, 0 gaps", "FRI: 0 lessons, 0 gaps")))
                .penalizesBy(5);
        assertThat(new GroupDayShapeJustification("7A", "days with fewer than 1 or more than 2 lessons",
                        List.of("MON: 3 lessons, 0 gaps", "TUE: 0 lessons, 0 gaps", "WED: 0 lessons, 0 gaps",
                                "THU: 0 lessons, 0 gaps", "FRI: 0 lessons, 0 gaps")).description())
                .isEqualTo("Group 7A has days with fewer than 1 or more than 2 lessons (MON: 3 lessons, 0 gaps; TUE: "
                        + "0 lessons, 0 gaps; WED: 0 lessons, 0 gaps; THU: 0 lessons, 0 gaps; FRI: 0 lessons, 0 "
                        + "gaps)");
        VERIFIER.verifyThat(ScheduleConstraintProvider::groupDailyLessons)
                .given(facts(groupHas(grade7a, "MON-P1", "TUE-P1", "WED-P1", "THU-P1", "FRI-P1")))
                .penalizesBy(0);
        assertThat(new GroupDayShapeJustification("7A", "days with fewer than 1 or more than 2 lessons",
                List.of("MON: 3 lessons, 0 gaps")).description())
                .isEqualTo("Group 7A has days with fewer than 1 or more than 2 lessons (MON: 3 lessons, 0 gaps)");
    }

    @Test
    void aClassThatMustStartAtTheFirstPeriodStartsLateOnceIsOneOver() {
        grade7a.setLimits(new GroupLimits(-1, -1, -1, -1, 0));

        VERIFIER.verifyThat(ScheduleConstraintProvider::groupLateStart)
                .given(facts(groupHas(grade7a, "MON-P1", "TUE-P2")))
                .justifiesWith(new GroupDayShapeJustification("7A", "more than 0 late starts",
                        List.of("MON: 1 lessons, 0 gaps", "TUE: 1 lessons, 0 gaps, late start",
                                "WED: 0 lessons, 0 gaps", "THU: 0 lessons, 0 gaps", "FRI: 0 lessons, 0 gaps")))
                .penalizesBy(1);
        assertThat(new GroupDayShapeJustification("7A", "more than 0 late starts",
                        List.of("MON: 1 lessons, 0 gaps", "TUE: 1 lessons, 0 gaps, late start",
                                "WED: 0 lessons, 0 gaps", "THU: 0 lessons, 0 gaps",
                                "FRI: 0 lessons, 0 gaps")).description())
                .isEqualTo("Group 7A has more than 0 late starts (MON: 1 lessons, 0 gaps; TUE: 1 lessons, 0 gaps, "
                        + "late start; WED: 0 lessons, 0 gaps; THU: 0 lessons, 0 gaps; FRI: 0 lessons, 0 gaps)");
        VERIFIER.verifyThat(ScheduleConstraintProvider::groupLateStart)
                .given(facts(groupHas(grade7a, "MON-P1", "TUE-P1", "TUE-P2")))
                .penalizesBy(0);
    }

    @Test
    void aClassAwayInTheFirstPeriodStartsOnTimeAtTheSecond() {
        // FET's students not available in the first hour: beginning at the second is no late start there.
        grade7a.setLimits(new GroupLimits(-1, -1, -1, -1, 0));
        grade7a.setUnavailable(school.block("MON-P1").getSlots().union(school.block("TUE-P1").getSlots()));

        VERIFIER.verifyThat(ScheduleConstraintProvider::groupLateStart)
                .given(facts(groupHas(grade7a, "MON-P2", "TUE-P2", "WED-P1")))
                .penalizesBy(0);
        VERIFIER.verifyThat(ScheduleConstraintProvider::groupLateStart)
                .given(facts(groupHas(grade7a, "MON-P3", "WED-P2")))
                .justifiesWith(new GroupDayShapeJustification("7A", "more than 0 late starts",
                        List.of("MON: 1 lessons, 0 gaps, late start", "TUE: 0 lessons, 0 gaps",
                                "WED: 1 lessons, 0 gaps, late start", "THU: 0 lessons, 0 gaps",
                                "FRI: 0 lessons, 0 gaps")))
                .penalizesBy(2);
    }

    @Test
    void aLessonOfAClassInTimeItIsAwayIsUnavailable() {
        grade7a.setUnavailable(school.block("MON-P1").getSlots());

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(facts(groupHas(grade7a, "MON-P1", "MON-P2")))
                .penalizesBy(1);
    }

    @Test
    void aGroupWithoutLimitsIsNeverCounted() {
        VERIFIER.verifyThat(ScheduleConstraintProvider::groupGaps)
                .given(facts(groupHas(grade7b, "MON-P1", "MON-P6")))
                .penalizesBy(0);
    }

    // ================================================================ hard: room kind

    @Test
    void scienceSectionInAGeneralClassroomHasTheWrongRoomKind() {
        Teacher ana = school.teacher("ANA");
        Lesson science = school.lesson(
                school.section("SCI-7A", ana, grade7a).roomKind("SCIENCE_LAB").build(), "P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomKind)
                .given(ana, science)
                .justifiesWith(new RoomKindJustification("SCI-7A", "R101", "GENERAL", "SCIENCE_LAB"))
                .penalizesBy(1);
        assertThat(new RoomKindJustification("SCI-7A", "R101", "GENERAL", "SCIENCE_LAB").description())
                .isEqualTo("SCI-7A needs a SCIENCE_LAB room but is in R101 (GENERAL)");
    }

    @Test
    void scienceSectionInALabHasTheRightRoomKind() {
        Teacher ana = school.teacher("ANA");
        Room lab = school.room("LAB1", 30, "SCIENCE_LAB");
        Lesson science = school.lesson(
                school.section("SCI-7A", ana, grade7a).roomKind("SCIENCE_LAB").build(), "P1", lab);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomKind)
                .given(ana, science)
                .penalizesBy(0);
    }

    // ================================================================ hard: room capacity

    @Test
    void classOf28InARoomFor24IsFourStudentsOverCapacity() {
        Teacher ana = school.teacher("ANA");
        Room small = school.room("R-SMALL", 24);
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", small);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomCapacity)
                .given(ana, math)
                .justifiesWith(new RoomCapacityJustification("MATH-7A", "R-SMALL", 24, 28))
                .penalizesBy(4);
        assertThat(new RoomCapacityJustification("MATH-7A", "R-SMALL", 24, 28).description())
                .isEqualTo("MATH-7A has 28 students but room R-SMALL seats 24");
    }

    @Test
    void roomExactlyAsLargeAsTheEnrollmentIsWithinCapacity() {
        Teacher ana = school.teacher("ANA");
        Room exact = school.room("R-28", 28);
        Room small = school.room("R-SMALL", 24);
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", exact);
        Lesson seminar = school.lesson(school.section("SEM-7A", ana, grade7a).enrollment(12).build(), "P2", small);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomCapacity)
                .given(ana, math, seminar)
                .penalizesBy(0);
    }

    // ================================================================ hard: unavailable

    @Test
    void partTimeTeacherAwayOnFridaysWithADailyLessonIsUnavailableOnce() {
        Teacher ana = school.teacherBuilder("ANA").unavailable("FRI").build();
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, math)
                .justifiesWith(new UnavailableJustification("Lesson MATH-7A", "ANA or room R101", List.of("FRI-P1")))
                .penalizesBy(1);
        assertThat(new UnavailableJustification("Lesson MATH-7A", "ANA or room R101", List.of("FRI-P1")).description())
                .isEqualTo("Lesson MATH-7A uses FRI-P1 when ANA or room R101 is unavailable");
    }

    @Test
    void teacherAwayInTwoTimeslotsOfTheLessonsPeriodIsUnavailableTwice() {
        Teacher ana = school.teacherBuilder("ANA").unavailable("MON-P2", "TUE-P2").build();
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P2", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, math)
                .penalizesBy(2);
    }

    @Test
    void coTeacherAwayOnWednesdaysMakesTheCoTaughtLessonUnavailable() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacherBuilder("BEN").unavailable("WED").build();
        Lesson ela = school.lesson(school.section("ELA-7A", ana, grade7a).coTeacher(ben).build(), "P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, ben, ela)
                .penalizesBy(1);
    }

    @Test
    void roomClosedOnMondayMorningMakesALessonThereUnavailable() {
        Teacher ana = school.teacher("ANA");
        Room closed = school.room("GYM", 60, "GYM", "MON-P1");
        Lesson pe = school.lesson(school.section("PE-7A", ana, grade7a).roomKind("GYM").build(), "P1", closed);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, pe)
                .penalizesBy(1);
    }

    @Test
    void teacherAndRoomAwayInTheSameTimeslotCountOnce() {
        Teacher ana = school.teacherBuilder("ANA").unavailable("MON-P1").build();
        Room closed = school.room("GYM", 60, "GYM", "MON-P1");
        Lesson pe = school.lesson(school.section("PE-7A", ana, grade7a).roomKind("GYM").build(), "P1", closed);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, pe)
                .penalizesBy(1);
    }

    @Test
    void lessonsOutsideEveryonesAbsencesAreAvailable() {
        Teacher ana = school.teacherBuilder("ANA").unavailable("FRI", "MON-P2").build();
        Room closed = school.room("GYM", 60, "GYM", "MON-P1");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).family(BlockFamily.SINGLE).build(),
                "MON-P1", r101);
        Lesson pe = school.lesson(school.section("PE-7A", ana, grade7a).roomKind("GYM").family(BlockFamily.SINGLE)
                .build(), "TUE-P1", closed);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, math, pe)
                .penalizesBy(0);
    }

    @Test
    void teamMeetingOnTheDayAPartTimeMemberIsAwayIsUnavailable() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacherBuilder("BEN").unavailable("FRI").build();
        Team grade7 = school.team("GRADE-7", ana, ben).build();
        TeamMeeting friday = school.meeting(grade7, 1, "FRI-P3");

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, ben, grade7, friday)
                .penalizesBy(1);
    }

    @Test
    void teamMeetingWhenTheUnlistedLeaderIsAwayIsUnavailable() {
        Teacher ana = school.teacher("ANA");
        Teacher lee = school.teacherBuilder("LEE").leader(1).unavailable("MON").build();
        Team grade7 = school.team("GRADE-7", ana).leader(lee).family(BlockFamily.DOUBLE).build();
        TeamMeeting monday = school.meeting(grade7, 1, "MON-P1+P2");

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, lee, grade7, monday)
                .penalizesBy(2);
    }

    @Test
    void teamMeetingWhenEveryoneIsInOrUnscheduledIsNotUnavailable() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacherBuilder("BEN").unavailable("FRI").build();
        Team grade7 = school.team("GRADE-7", ana, ben).meetingsPerWeek(2).build();
        TeamMeeting monday = school.meeting(grade7, 1, "MON-P3");
        TeamMeeting unscheduled = school.meeting(grade7, 2, null);

        VERIFIER.verifyThat(ScheduleConstraintProvider::unavailable)
                .given(ana, ben, grade7, monday, unscheduled)
                .penalizesBy(0);
    }

    // ================================================================ hard: meeting member busy

    @Test
    void twoMeetingsOfOneTeamAtOnceAreTwoExplanationsThatNameEachMeeting() {
        Teacher ana = school.teacher("ANA");
        Team grade7 = school.team("GRADE-7", ana).meetingsPerWeek(2).build();

        // Each meeting finds Ana in the other: two sentences, one a meeting, not one sentence costing 2.
        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(ana, grade7, school.meeting(grade7, 1, "MON-P2"), school.meeting(grade7, 2, "MON-P2"))
                .justifiesWithExactly(
                        new MeetingMemberBusyJustification("GRADE-7", "GRADE-7#1", "ANA", "is in another team meeting",
                                List.of("MON-P2")),
                        new MeetingMemberBusyJustification("GRADE-7", "GRADE-7#2", "ANA", "is in another team meeting",
                                List.of("MON-P2")))
                .penalizesBy(2);
    }

    @Test
    void teamMeetingWhileAMemberTeachesIsMemberBusy() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P2", r101);
        Team grade7 = school.team("GRADE-7", ana, ben).build();
        TeamMeeting meeting = school.meeting(grade7, 1, "MON-P2");

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(ana, ben, math, grade7, meeting)
                .justifiesWith(new MeetingMemberBusyJustification("GRADE-7", "GRADE-7#1", "ANA", "is teaching",
                        List.of("MON-P2")))
                .penalizesBy(1);
        assertThat(new MeetingMemberBusyJustification("GRADE-7", "GRADE-7#1", "ANA", "is teaching", List.of("MON-P2"))
                .description()).isEqualTo("GRADE-7 meeting GRADE-7#1 on MON-P2: ANA is teaching");
    }

    @Test
    void teamMeetingWhileMembersAreFreeIsNotMemberBusy() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P3", r101);
        Lesson science = school.lesson(school.section("SCI-7A", ben, grade7a).build(), "P1", r102);
        Team grade7 = school.team("GRADE-7", ana, ben).build();
        TeamMeeting meeting = school.meeting(grade7, 1, "MON-P2");

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(ana, ben, math, science, grade7, meeting)
                .penalizesBy(0);
    }

    @Test
    void teamMeetingWhileTheUnlistedLeaderTeachesIsMemberBusy() {
        Teacher ana = school.teacher("ANA");
        Teacher lee = school.leader("LEE", 1);
        Lesson coaching = school.lesson(school.section("MATH-7B", lee, grade7b).build(), "P2", r101);
        Team grade7 = school.team("GRADE-7", ana).leader(lee).build();
        TeamMeeting meeting = school.meeting(grade7, 1, "TUE-P2");

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(ana, lee, coaching, grade7, meeting)
                .penalizesBy(1);
    }

    @Test
    void doubleTeamMeetingOverlappingOneSingleLessonIsMemberBusyOnce() {
        Teacher ana = school.teacher("ANA");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).family(BlockFamily.SINGLE).build(),
                "MON-P2", r101);
        Team mathPlc = school.team("MATH-PLC", ana).family(BlockFamily.DOUBLE).build();
        TeamMeeting meeting = school.meeting(mathPlc, 1, "MON-P1+P2");

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(ana, math, mathPlc, meeting)
                .penalizesBy(1);
    }

    @Test
    void teamMeetingWhileAHomeroomTeachersClassIsWithHerIsMemberBusy() {
        Teacher dana = school.teacher("DANA");
        Teacher fay = school.teacher("FAY");
        school.homeroom(dana, school.group("3A", 22));
        Team grade3 = school.team("GRADE-3", dana, fay).build();
        TeamMeeting meeting = school.meeting(grade3, 1, "MON-P1");

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(dana, fay, grade3, meeting)
                .justifiesWith(new MeetingMemberBusyJustification("GRADE-3", "GRADE-3#1", "DANA", "is with homeroom class 3A",
                        List.of("MON-P1")))
                .penalizesBy(1);
    }

    @Test
    void teamMeetingWhileAHomeroomTeachersClassIsAtArtIsNotMemberBusy() {
        Teacher dana = school.teacher("DANA");
        Teacher eli = school.teacherBuilder("ELI").specialist().build();
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Lesson art = school.lesson(school.section("ART-3A", eli, class3a).build(), "P1", r101);
        Team grade3 = school.team("GRADE-3", dana).build();
        TeamMeeting meeting = school.meeting(grade3, 1, "MON-P1");

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(dana, eli, art, grade3, meeting)
                .penalizesBy(0);
    }

    @Test
    void teamMeetingWhileAHomeroomTeacherTeachesHerOwnClassIsMemberBusy() {
        Teacher dana = school.teacher("DANA");
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Lesson reading = school.lesson(school.section("READ-3A", dana, class3a).build(), "P1", r101);
        Team grade3 = school.team("GRADE-3", dana).build();
        TeamMeeting meeting = school.meeting(grade3, 1, "MON-P1");

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(dana, reading, grade3, meeting)
                .justifiesWith(new MeetingMemberBusyJustification("GRADE-3", "GRADE-3#1", "DANA", "is teaching",
                        List.of("MON-P1")))
                .penalizesBy(1);
    }

    @Test
    void teacherInTwoTeamsMeetingAtOnceIsMemberBusyAtEachMeeting() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher cal = school.teacher("CAL");
        Team grade7 = school.team("GRADE-7", ana, ben).build();
        Team mathPlc = school.team("MATH-PLC", ana, cal).kind(TeamKind.CONTENT).build();
        TeamMeeting gradeMeeting = school.meeting(grade7, 1, "MON-P4");
        TeamMeeting mathMeeting = school.meeting(mathPlc, 1, "MON-P4");

        // Ana is double-booked; each of the two meetings reports her once. Ben and Cal are fine.
        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingMemberBusy)
                .given(ana, ben, cal, grade7, mathPlc, gradeMeeting, mathMeeting)
                .penalizesBy(2);
    }

    // ================================================================ hard: teaching load

    @Test
    void teacherWithFourDailySectionsAndALimitOfThreeIsOverloadedEveryDay() {
        Teacher ana = school.teacherBuilder("ANA").maxTeachingPerDay(3).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P5")))
                .penalizesBy(5);
    }

    @Test
    void teacherWithThreeDailySectionsAndALimitOfThreeIsNotOverloaded() {
        Teacher ana = school.teacherBuilder("ANA").maxTeachingPerDay(3).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3")))
                .penalizesBy(0);
    }

    @Test
    void teacherLeaderWithOneReleasePeriodMayTeachOnlyFourOfFive() {
        Teacher lee = school.leader("LEE", 1);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(facts(lee, teachesDaily(lee, r101, "P1", "P2", "P3", "P4", "P5")))
                .justifiesWith(new TeachingLoadJustification("LEE", 4,
                        List.of("MON (5)", "TUE (5)", "WED (5)", "THU (5)", "FRI (5)")))
                .penalizesBy(5);
    }

    @Test
    void teacherLeaderTeachingWithinTheLimitLessReleaseIsNotOverloaded() {
        Teacher lee = school.leader("LEE", 1);
        Teacher ana = school.teacher("ANA");

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(facts(lee, ana, teachesDaily(lee, r101, "P1", "P2", "P3", "P4"),
                        teachesDaily(ana, r102, "P1", "P2", "P3", "P4", "P5")))
                .penalizesBy(0);
    }

    @Test
    void homeroomTimeWithTheClassIsNotTeachingLoad() {
        Teacher dana = school.teacherBuilder("DANA").maxTeachingPerDay(1).build();
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Lesson reading = school.lesson(school.section("READ-3A", dana, class3a).build(), "P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(dana, reading)
                .penalizesBy(0);
    }

    @Test
    void lessonsWithTheOwnHomeroomClassAreTeachingLoad() {
        Teacher dana = school.teacherBuilder("DANA").maxTeachingPerDay(1).build();
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Lesson reading = school.lesson(school.section("READ-3A", dana, class3a).build(), "P1", r101);
        Lesson math = school.lesson(school.section("MATH-3A", dana, class3a).build(), "P2", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(dana, reading, math)
                .penalizesBy(5);
    }

    @Test
    void doubleLessonIsTwoTimeslotsOfTeachingLoad() {
        Teacher ana = school.teacherBuilder("ANA").maxTeachingPerDay(1).build();
        Lesson lab = school.lesson(school.section("SCI-LAB-7A", ana, grade7a).family(BlockFamily.DOUBLE).build(),
                "MON-P1+P2", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(ana, lab)
                .penalizesBy(1);
    }

    @Test
    void coTeachingIsTeachingLoad() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacherBuilder("BEN").maxTeachingPerDay(2).build();
        Lesson ela = school.lesson(school.section("ELA-7A", ana, grade7a).coTeacher(ben).build(), "P1", r101);
        Lesson science = school.lesson(school.section("SCI-7B", ana, grade7b).coTeacher(ben).build(), "P2", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(facts(ana, ben, ela, science, teachesDaily(ben, r102, "P3")))
                .penalizesBy(5);
    }

    @Test
    void periodThatRunsOnlyOnMondayAndWednesdayOverloadsOnlyThoseDays() {
        TestSchool abWeek = abWeek();
        Teacher ana = abWeek.teacherBuilder("ANA").maxTeachingPerDay(2).build();
        Room room = abWeek.room("R101", 30);
        List<Lesson> lessons = new ArrayList<>();
        for (String period : List.of("P1", "P2", "P4")) {
            lessons.add(abWeek.lesson(abWeek.section("ANA-" + period, ana).build(), period, room));
        }

        // MON and WED: P1, P2, P4 = 3 lessons; TUE and THU: P1, P2 = 2.
        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(facts(ana, lessons))
                .justifiesWith(new TeachingLoadJustification("ANA", 2, List.of("MON (3)", "WED (3)")))
                .penalizesBy(2);
        assertThat(new TeachingLoadJustification("ANA", 2, List.of("MON (3)", "WED (3)")).description())
                .isEqualTo("ANA teaches more than 2 timeslots a day on MON (3), WED (3)");
    }

    @Test
    void periodThatRunsOnlyOnMondayAndWednesdayAddsNoLoadOnOtherDays() {
        TestSchool abWeek = abWeek();
        Teacher ana = abWeek.teacherBuilder("ANA").maxTeachingPerDay(2).build();
        Room room = abWeek.room("R101", 30);
        Lesson first = abWeek.lesson(abWeek.section("ANA-P1", ana).build(), "P1", room);
        Lesson fourth = abWeek.lesson(abWeek.section("ANA-P4", ana).build(), "P4", room);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teachingLoad)
                .given(ana, first, fourth)
                .penalizesBy(0);
    }

    // ================================================================ hard: planning protected

    @Test
    void teacherFreeOnlyInP6HasEnoughPlanning() {
        Teacher ana = school.teacher("ANA");

        // 5 free P6 timeslots = 250 minutes >= 150.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P4", "P5")))
                .penalizesBy(0);
    }

    @Test
    void teamMeetingsDoNotCountAsIndividualPlanning() {
        Teacher ana = school.teacher("ANA");
        Team mathPlc = school.team("MATH-PLC", ana).meetingsPerWeek(3).build();

        // Free P6 on THU and FRI only = 100 minutes: 50 short, one 50-minute timeslot.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P4", "P5"), mathPlc,
                        school.meeting(mathPlc, 1, "MON-P6"), school.meeting(mathPlc, 2, "TUE-P6"),
                        school.meeting(mathPlc, 3, "WED-P6")))
                .justifiesWith(new PlanningProtectedJustification("ANA", 100, 150))
                .penalizesBy(1);
        assertThat(new PlanningProtectedJustification("ANA", 100, 150).description())
                .isEqualTo("ANA has 100 individual planning minutes a week, below the 150 protected");
    }

    @Test
    void planningShortfallIsCountedInWholeMeanTimeslotsRoundedUp() {
        Teacher ana = school.teacherBuilder("ANA").minPlanningMinutes(260).build();
        Team mathPlc = school.team("MATH-PLC", ana).meetingsPerWeek(2).build();

        // 150 free minutes against 260: 110 short = 2.2 timeslots of 50 minutes, rounded up to 3.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P4", "P5"), mathPlc,
                        school.meeting(mathPlc, 1, "MON-P6"), school.meeting(mathPlc, 2, "TUE-P6")))
                .penalizesBy(3);
    }

    @Test
    void teacherLeadersReleaseMinutesComeOffTheirPlanning() {
        Teacher lee = school.leader("LEE", 1);
        Team grade7 = school.team("GRADE-7").leader(lee).meetingsPerWeek(4).build();

        // Free P5 x5 + P6 x5 less 4 meetings = 6 timeslots = 300 minutes; release 1 x 5 days x 50 = 250;
        // planning 50, 100 short = 2 timeslots.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(facts(lee, teachesDaily(lee, r101, "P1", "P2", "P3", "P4"), grade7,
                        school.meeting(grade7, 1, "MON-P5"), school.meeting(grade7, 2, "TUE-P5"),
                        school.meeting(grade7, 3, "WED-P5"), school.meeting(grade7, 4, "THU-P5")))
                .justifiesWith(new PlanningProtectedJustification("LEE", 50, 150))
                .penalizesBy(2);
    }

    @Test
    void classroomTeacherWithTheLeadersScheduleKeepsEnoughPlanning() {
        Teacher ana = school.teacher("ANA");
        Team grade7 = school.team("GRADE-7", ana).meetingsPerWeek(4).build();

        // Same 300 free minutes as the leader above, but no release to take off.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P4"), grade7,
                        school.meeting(grade7, 1, "MON-P5"), school.meeting(grade7, 2, "TUE-P5"),
                        school.meeting(grade7, 3, "WED-P5"), school.meeting(grade7, 4, "THU-P5")))
                .penalizesBy(0);
    }

    @Test
    void teacherLeaderWithOnlyTheirReleaseFreeHasNoPlanningLeft() {
        Teacher lee = school.leader("LEE", 1);

        // Free P6 x5 = 250 minutes, all of it release: 150 short = 3 timeslots.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(facts(lee, teachesDaily(lee, r101, "P1", "P2", "P3", "P4", "P5")))
                .penalizesBy(3);
    }

    @Test
    void partTimeTeachersAbsentDaysAreNotPlanning() {
        Teacher ana = school.teacherBuilder("ANA").unavailable("WED", "THU", "FRI").build();

        // Free and at school: MON-P6 and TUE-P6 = 100 minutes, one timeslot short.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P4", "P5")))
                .penalizesBy(1);
    }

    @Test
    void homeroomTeacherPlansOnlyWhileHerClassIsAtSpecials() {
        Teacher dana = school.teacher("DANA");
        Teacher eli = school.teacherBuilder("ELI").specialist().build();
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Section art = school.section("ART-3A", eli, class3a).family(BlockFamily.SINGLE).meetings(3).build();

        // Class away MON-P1 and TUE-P1: 100 minutes of planning, one timeslot short.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(dana, eli, school.lesson(art, 1, "MON-P1", r101), school.lesson(art, 2, "TUE-P1", r101))
                .penalizesBy(1);
        // A third art lesson gives her the 150 minutes.
        VERIFIER.verifyThat(ScheduleConstraintProvider::planningProtected)
                .given(dana, eli, school.lesson(art, 1, "MON-P1", r101), school.lesson(art, 2, "TUE-P1", r101),
                        school.lesson(art, 3, "WED-P1", r101))
                .penalizesBy(0);
    }

    // ================================================================ medium: unscheduled meeting

    @Test
    void twoUnscheduledMeetingsOfAPriorityTwoTeamCostTheirMinutesTimesTwo() {
        Teacher ana = school.teacher("ANA");
        Team grade7 = school.team("GRADE-7", ana).meetingsPerWeek(2).priority(2).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::unscheduledMeeting)
                .given(ana, grade7, school.meeting(grade7, 1, null), school.meeting(grade7, 2, null))
                .justifiesWith(new UnscheduledMeetingJustification("GRADE-7", "GRADE-7#1", 50))
                .penalizesBy(2 * 50 * 2);
        assertThat(new UnscheduledMeetingJustification("GRADE-7", "GRADE-7#1", 50).description())
                .isEqualTo("GRADE-7 meeting GRADE-7#1 (50 min) has no time when every member is free");
    }

    @Test
    void scheduledMeetingsAreNotUnscheduled() {
        Teacher ana = school.teacher("ANA");
        Team grade7 = school.team("GRADE-7", ana).meetingsPerWeek(2).priority(2).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::unscheduledMeeting)
                .given(ana, grade7, school.meeting(grade7, 1, "MON-P1"), school.meeting(grade7, 2, "WED-P1"))
                .penalizesBy(0);
    }

    @Test
    void unscheduledMeetingLastsTheMeanOfItsFamilysBlocks() {
        TestSchool uneven = TestSchool.bell("MON", "TUE")
                .period("P1", "08:00", "08:50")   // 50
                .period("P2", "08:55", "09:45")   // 50
                .period("P3", "09:50", "11:00")   // 70
                .period("P4", "11:05", "11:45")   // 40
                .build();
        Teacher ana = uneven.teacher("ANA");
        // DOUBLE blocks: P1+P2 = 100, P2+P3 = 120, P3+P4 = 110 on each day: mean 110.
        Team mathPlc = uneven.team("MATH-PLC", ana).family(BlockFamily.DOUBLE).priority(3).build();
        // SINGLE blocks: (50 + 50 + 70 + 40) / 4 = 52.5, rounded to 53.
        Team grade7 = uneven.team("GRADE-7", ana).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::unscheduledMeeting)
                .given(ana, mathPlc, uneven.meeting(mathPlc, 1, null))
                .penalizesBy(110 * 3);
        VERIFIER.verifyThat(ScheduleConstraintProvider::unscheduledMeeting)
                .given(ana, grade7, uneven.meeting(grade7, 1, null))
                .penalizesBy(53);
    }

    // ================================================================ medium: singleton conflict

    @Test
    void twelveStudentsWhoseBandAndApCalculusSingletonsShareAPeriodAreASingletonConflict() {
        Teacher gus = school.teacher("GUS");
        Teacher hal = school.teacher("HAL");
        Lesson band = school.lesson(school.section("BAND-1", gus).course("BAND").enrollment(30).singleton().build(),
                "P3", r101);
        Lesson calculus = school.lesson(school.section("APCALC-1", hal).course("AP-CALC").enrollment(25).singleton()
                .build(), "P3", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::singletonConflict)
                .given(gus, hal, band, calculus, new CourseConflict("BAND", "AP-CALC", 12))
                .justifiesWith(new SingletonConflictJustification("BAND", "AP-CALC", 12, "BAND-1", "APCALC-1"))
                .penalizesBy(12);
        assertThat(new SingletonConflictJustification("BAND", "AP-CALC", 12, "BAND-1", "APCALC-1").description())
                .isEqualTo("12 students requested both BAND and AP-CALC, but their only sections BAND-1 and APCALC-1 "
                        + "meet at the same time");
    }

    @Test
    void singletonsInDifferentPeriodsOrCoursesWithOtherSectionsAreNoSingletonConflict() {
        Teacher gus = school.teacher("GUS");
        Teacher hal = school.teacher("HAL");
        Lesson band = school.lesson(school.section("BAND-1", gus).course("BAND").singleton().build(), "P3", r101);
        Lesson calculus = school.lesson(school.section("APCALC-1", hal).course("AP-CALC").singleton().build(),
                "P4", r102);
        // CHEM has two sections, so a student can take the one that does not clash with BAND.
        Lesson chemistry = school.lesson(school.section("CHEM-1", hal).course("CHEM").build(), "P3", r103);

        VERIFIER.verifyThat(ScheduleConstraintProvider::singletonConflict)
                .given(gus, hal, band, calculus, chemistry, new CourseConflict("BAND", "AP-CALC", 12),
                        new CourseConflict("BAND", "CHEM", 7), new CourseConflict("CHEM", "BAND", 7))
                .penalizesBy(0);
    }

    // ================================================================ soft: coaching shortfall

    @Test
    void leaderFreeWhileTheCoachedTeacherTeachesDailyHasNoShortfall() {
        Teacher lee = school.leader("LEE", 1);
        Teacher ana = school.teacher("ANA");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(lee, ana, math, school.coaching(lee, ana, 2))
                .penalizesBy(0);
    }

    @Test
    void leaderTeachingWheneverTheCoachedTeacherTeachesFindsNoObservation() {
        Teacher lee = school.leader("LEE", 1);
        Teacher ana = school.teacher("ANA");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).build(), "P1", r101);
        Lesson leesMath = school.lesson(school.section("MATH-7B", lee, grade7b).build(), "P1", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(lee, ana, math, leesMath, school.coaching(lee, ana, 2))
                .justifiesWith(new CoachingShortfallJustification("LEE", "ANA", 2, 0))
                .penalizesBy(2);
        assertThat(new CoachingShortfallJustification("LEE", "ANA", 2, 0).description())
                .isEqualTo("LEE is planned to observe ANA in 0 timeslots a week of the 2 wanted");
    }

    @Test
    void coachedTeacherTeachingOneTimeslotGivesOneOfTwoObservations() {
        Teacher lee = school.leader("LEE", 1);
        Teacher ana = school.teacher("ANA");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).family(BlockFamily.SINGLE).build(),
                "MON-P1", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(lee, ana, math, school.coaching(lee, ana, 2))
                .penalizesBy(1);
    }

    @Test
    void twoCoachedTeachersTeachingOnlyInTheSameTimeslotShareOneObservation() {
        Teacher lee = school.leader("LEE", 1);
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson math = school.lesson(school.section("MATH-7A", ana, grade7a).family(BlockFamily.SINGLE).build(),
                "MON-P1", r101);
        Lesson science = school.lesson(school.section("SCI-7B", ben, grade7b).family(BlockFamily.SINGLE).build(),
                "MON-P1", r102);

        // Lee can watch one classroom at a time: Ana (first by id among equals) is planned, Ben is not.
        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(lee, ana, ben, math, science, school.coaching(lee, ana, 1), school.coaching(lee, ben, 1))
                .justifiesWith(new CoachingShortfallJustification("LEE", "BEN", 1, 0))
                .penalizesBy(1);
    }

    @Test
    void leaderInATeamMeetingOrAwayCannotObserve() {
        Teacher lee = school.teacherBuilder("LEE").leader(1).unavailable("TUE").build();
        Teacher ana = school.teacher("ANA");
        Section math = school.section("MATH-7A", ana, grade7a).family(BlockFamily.SINGLE).meetings(3).build();
        Team leaders = school.team("LEADERS", lee).build();

        // MON-P1: Lee meets; TUE-P1: Lee is away; WED-P1: the only observation.
        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(lee, ana, school.lesson(math, 1, "MON-P1", r101), school.lesson(math, 2, "TUE-P1", r101),
                        school.lesson(math, 3, "WED-P1", r101), leaders, school.meeting(leaders, 1, "MON-P1"),
                        school.coaching(lee, ana, 2))
                .penalizesBy(1);
    }

    @Test
    void homeroomTimeWithTheClassCanBeObserved() {
        Teacher lee = school.leader("LEE", 1);
        Teacher dana = school.teacher("DANA");
        school.homeroom(dana, school.group("3A", 22));

        // Lee is free P5 and P6; Dana is with her class all day: 10 observation timeslots.
        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(facts(lee, dana, teachesDaily(lee, r101, "P1", "P2", "P3", "P4"), school.coaching(lee, dana, 2)))
                .penalizesBy(0);
    }

    @Test
    void homeroomTeacherWhoseClassIsAtSpecialsWhenTheLeaderIsFreeCannotBeObserved() {
        Teacher lee = school.leader("LEE", 1);
        Teacher dana = school.teacher("DANA");
        Teacher eli = school.teacherBuilder("ELI").specialist().build();
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Lesson art = school.lesson(school.section("ART-3A", eli, class3a).build(), "P5", r102);
        Lesson music = school.lesson(school.section("MUSIC-3A", eli, class3a).build(), "P6", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(facts(lee, dana, eli, art, music, teachesDaily(lee, r101, "P1", "P2", "P3", "P4"),
                        school.coaching(lee, dana, 2)))
                .penalizesBy(2);
    }

    @Test
    void partTimeHomeroomTeacherCannotBeObservedOnTheDayShesAway() {
        Teacher lee = school.teacherBuilder("LEE").leader(1).unavailable("MON", "TUE", "WED", "THU").build();
        Teacher dana = school.teacherBuilder("DANA").unavailable("FRI").build();
        school.homeroom(dana, school.group("3A", 22));

        // Lee is only in on Friday, Dana only Monday to Thursday: they never meet in a classroom.
        VERIFIER.verifyThat(ScheduleConstraintProvider::coachingShortfall)
                .given(lee, dana, school.coaching(lee, dana, 2))
                .penalizesBy(2);
    }

    // ================================================================ soft: meetings same day

    @Test
    void twoMeetingsOfOneTeamOnMondayArePenalizedOnce() {
        Teacher ana = school.teacher("ANA");
        Team grade7 = school.team("GRADE-7", ana).meetingsPerWeek(2).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingsSameDay)
                .given(ana, grade7, school.meeting(grade7, 1, "MON-P2"), school.meeting(grade7, 2, "MON-P5"))
                .justifiesWith(new MeetingsSameDayJustification("GRADE-7", "GRADE-7#1@MON-P2", "GRADE-7#2@MON-P5"))
                .penalizesBy(1);
        assertThat(new MeetingsSameDayJustification("GRADE-7", "GRADE-7#1@MON-P2", "GRADE-7#2@MON-P5").description())
                .isEqualTo("GRADE-7 meets twice on one day: GRADE-7#1@MON-P2 and GRADE-7#2@MON-P5");
    }

    @Test
    void threeMeetingsOfOneTeamOnOneDayAreThreePairs() {
        Teacher ana = school.teacher("ANA");
        Team grade7 = school.team("GRADE-7", ana).meetingsPerWeek(3).family(BlockFamily.DOUBLE).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingsSameDay)
                .given(ana, grade7, school.meeting(grade7, 1, "TUE-P1+P2"), school.meeting(grade7, 2, "TUE-P3+P4"),
                        school.meeting(grade7, 3, "TUE-P5+P6"))
                .penalizesBy(3);
    }

    @Test
    void meetingsOnDifferentDaysOfOtherTeamsOrUnscheduledAreNotOnTheSameDay() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Team grade7 = school.team("GRADE-7", ana).meetingsPerWeek(3).build();
        Team mathPlc = school.team("MATH-PLC", ben).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::meetingsSameDay)
                .given(ana, ben, grade7, mathPlc, school.meeting(grade7, 1, "MON-P2"),
                        school.meeting(grade7, 2, "WED-P2"), school.meeting(grade7, 3, null),
                        school.meeting(mathPlc, 1, "MON-P3"))
                .penalizesBy(0);
    }

    // ================================================================ soft: consecutive teaching

    @Test
    void fourLessonsInARowBeforeLunchExceedTheMaximumOfThreeByOneEachDay() {
        Teacher ana = school.teacher("ANA");

        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P4")))
                .justifiesWith(new ConsecutiveTeachingJustification("ANA", 3, 5))
                .penalizesBy(5);
        assertThat(new ConsecutiveTeachingJustification("ANA", 3, 5).description())
                .isEqualTo("ANA teaches more than 3 timeslots in a row (5 timeslots over in the week)");
    }

    @Test
    void lunchBreaksARunOfLessons() {
        Teacher ana = school.teacher("ANA");

        // P2-P4 (3) then lunch then P5-P6 (2).
        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(facts(ana, teachesDaily(ana, r101, "P2", "P3", "P4", "P5", "P6")))
                .penalizesBy(0);
    }

    @Test
    void freePeriodBreaksARunOfLessons() {
        Teacher ana = school.teacher("ANA");

        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P4", "P5")))
                .penalizesBy(0);
    }

    @Test
    void lunchPeriodInTheBellScheduleBreaksARunOfLessonsEvenWithoutPassingTime() {
        TestSchool noPassingTime = TestSchool.bell("MON")
                .period("P1", "08:00", "09:00")
                .period("P2", "09:00", "10:00")
                .lunch("10:00", "10:30")
                .period("P3", "10:30", "11:30")
                .period("P4", "11:30", "12:30")
                .build();
        Teacher ana = noPassingTime.teacherBuilder("ANA").maxConsecutiveTeaching(2).build();
        Room room = noPassingTime.room("R101", 30);
        List<Lesson> lessons = new ArrayList<>();
        for (String period : List.of("P1", "P2", "P3", "P4")) {
            lessons.add(noPassingTime.lesson(noPassingTime.section("ANA-" + period, ana).build(), period, room));
        }

        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(facts(ana, lessons))
                .penalizesBy(0);
    }

    @Test
    void lunchThatIsOnlyAGapInTheBellScheduleBreaksARunOfLessons() {
        TestSchool unlistedLunch = TestSchool.bell("MON")
                .period("P1", "08:00", "08:50")
                .period("P2", "08:55", "09:45")
                .period("P3", "09:50", "10:40")
                .period("P4", "11:20", "12:10")   // 40 minutes of lunch that bell_schedule.csv does not list
                .period("P5", "12:15", "13:05")
                .build();
        Teacher ana = unlistedLunch.teacher("ANA");
        Room room = unlistedLunch.room("R101", 30);
        List<Lesson> lessons = new ArrayList<>();
        for (String period : List.of("P1", "P2", "P3", "P4", "P5")) {
            lessons.add(unlistedLunch.lesson(unlistedLunch.section("ANA-" + period, ana).build(), period, room));
        }

        // P1-P3 (3) before lunch, P4-P5 (2) after: within the maximum of 3.
        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(facts(ana, lessons))
                .penalizesBy(0);
    }

    @Test
    void twoDoubleBlocksBackToBackAreFourLessonsInARow() {
        Teacher ana = school.teacher("ANA");
        Lesson lab = school.lesson(school.section("SCI-LAB-7A", ana, grade7a).family(BlockFamily.DOUBLE).build(),
                "MON-P1+P2", r101);
        Lesson lab2 = school.lesson(school.section("SCI-LAB-7B", ana, grade7b).family(BlockFamily.DOUBLE).build(),
                "MON-P3+P4", r101);

        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(ana, lab, lab2)
                .penalizesBy(1);
    }

    @Test
    void lowerMaximumCountsEveryLessonBeyondIt() {
        Teacher ana = school.teacherBuilder("ANA").maxConsecutiveTeaching(2).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(facts(ana, teachesDaily(ana, r101, "P1", "P2", "P3", "P4")))
                .penalizesBy(10);
    }

    @Test
    void homeroomTimeWithoutLessonsIsNotARunOfTeaching() {
        Teacher dana = school.teacher("DANA");
        school.homeroom(dana, school.group("3A", 22));

        VERIFIER.verifyThat(ScheduleConstraintProvider::consecutiveTeaching)
                .given(dana)
                .penalizesBy(0);
    }

    // ================================================================ soft: course same block

    @Test
    void twoAlgebraSectionsInTheSamePeriodLeaveStudentsNoChoice() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson algebraA = school.lesson(school.section("ALG1-A", ana).course("ALG1").build(), "P2", r101);
        Lesson algebraB = school.lesson(school.section("ALG1-B", ben).course("ALG1").build(), "P2", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSameBlock)
                .given(ana, ben, algebraA, algebraB)
                .justifiesWith(new CourseSameBlockJustification("ALG1", "P2", 2))
                .penalizesBy(1);
        assertThat(new CourseSameBlockJustification("ALG1", "P2", 2).description())
                .isEqualTo("2 sections of ALG1 meet in P2, leaving students fewer options");
    }

    @Test
    void threeAlgebraSectionsInTheSamePeriodAreThreePairs() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher cal = school.teacher("CAL");
        Lesson algebraA = school.lesson(school.section("ALG1-A", ana).course("ALG1").build(), "P2", r101);
        Lesson algebraB = school.lesson(school.section("ALG1-B", ben).course("ALG1").build(), "P2", r102);
        Lesson algebraC = school.lesson(school.section("ALG1-C", cal).course("ALG1").build(), "P2", r103);

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSameBlock)
                .given(ana, ben, cal, algebraA, algebraB, algebraC)
                .penalizesBy(3);
    }

    @Test
    void algebraSectionsInDifferentPeriodsAndOtherCoursesTogetherAreFine() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson algebraA = school.lesson(school.section("ALG1-A", ana).course("ALG1").build(), "P2", r101);
        Lesson algebraB = school.lesson(school.section("ALG1-B", ben).course("ALG1").build(), "P3", r102);
        Lesson geometry = school.lesson(school.section("GEO-A", ben).course("GEO").build(), "P2", r102);

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSameBlock)
                .given(ana, ben, algebraA, algebraB, geometry)
                .penalizesBy(0);
    }

    @Test
    void lessonsOfOneSectionAreNotTwoSectionsOfTheCourse() {
        Teacher ana = school.teacher("ANA");
        Section algebra = school.section("ALG1-A", ana).course("ALG1").family(BlockFamily.SINGLE).meetings(2).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSameBlock)
                .given(ana, school.lesson(algebra, 1, "MON-P1", r101), school.lesson(algebra, 2, "MON-P1", r101))
                .penalizesBy(0);
    }

    // ================================================================ soft: room spread

    @Test
    void teacherInThreeRoomsHasTwoRoomsBeyondTheFirst() {
        Teacher ana = school.teacher("ANA");
        List<Lesson> lessons = List.of(
                school.lesson(school.section("MATH-1", ana).build(), "P1", r101),
                school.lesson(school.section("MATH-2", ana).build(), "P2", r102),
                school.lesson(school.section("MATH-3", ana).build(), "P3", r103),
                school.lesson(school.section("MATH-4", ana).build(), "P4", r101));

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomSpread)
                .given(facts(ana, lessons))
                .justifiesWith(new RoomSpreadJustification("ANA", 3))
                .penalizesBy(2);
        assertThat(new RoomSpreadJustification("ANA", 3).description())
                .isEqualTo("ANA teaches in 3 different rooms");
    }

    @Test
    void teachersWhoEachKeepToOneRoomHaveNoSpread() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Lesson notYetRoomed = school.lesson(school.section("MATH-9", ana).build(), "P5", null);

        VERIFIER.verifyThat(ScheduleConstraintProvider::roomSpread)
                .given(facts(ana, ben, teachesDaily(ana, r101, "P1", "P2"), teachesDaily(ben, r102, "P1", "P2"),
                        notYetRoomed))
                .penalizesBy(0);
    }

    // ================================================================ soft: common free time

    @Test
    void teamWithNothingScheduledIsFreeTheWholeWeek() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Team grade7 = school.team("GRADE-7", ana, ben).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::commonFreeTime)
                .given(ana, ben, grade7)
                .justifiesWith(new CommonFreeTimeJustification("GRADE-7", 1500))
                .rewardsWith(1500);
        assertThat(new CommonFreeTimeJustification("GRADE-7", 1500).description())
                .isEqualTo("GRADE-7 shares 1500 free minutes a week beyond its meetings");
    }

    @Test
    void commonFreeTimeIsTheMinutesWhenEveryAttendeeIncludingTheLeaderIsFreeBeyondTheMeetings() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Teacher lee = school.leader("LEE", 1);
        Team grade7 = school.team("GRADE-7", ana, ben).leader(lee).build();

        // Ana P1, Ben P2, Lee P3 (15 timeslots), the meeting MON-P4: 14 common free timeslots x 50 minutes.
        VERIFIER.verifyThat(ScheduleConstraintProvider::commonFreeTime)
                .given(facts(ana, ben, lee, grade7, teachesDaily(ana, r101, "P1"), teachesDaily(ben, r102, "P2"),
                        teachesDaily(lee, r103, "P3"), school.meeting(grade7, 1, "MON-P4")))
                .rewardsWith(14 * 50);
    }

    @Test
    void partTimeMembersAbsentDayIsNotCommonFreeTime() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacherBuilder("BEN").unavailable("FRI").build();
        Team grade7 = school.team("GRADE-7", ana, ben).build();

        // MON-THU without P1 and P2: 4 days x 4 timeslots x 50 minutes.
        VERIFIER.verifyThat(ScheduleConstraintProvider::commonFreeTime)
                .given(facts(ana, ben, grade7, teachesDaily(ana, r101, "P1"), teachesDaily(ben, r102, "P2")))
                .rewardsWith(800);
    }

    @Test
    void homeroomTeachersCommonFreeTimeIsWhenHerClassIsAtSpecials() {
        Teacher dana = school.teacher("DANA");
        Teacher fay = school.teacher("FAY");
        Teacher eli = school.teacherBuilder("ELI").specialist().build();
        StudentGroup class3a = school.group("3A", 22);
        school.homeroom(dana, class3a);
        Lesson art = school.lesson(school.section("ART-3A", eli, class3a).build(), "P6", r101);
        Team grade3 = school.team("GRADE-3", dana, fay).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::commonFreeTime)
                .given(dana, fay, eli, art, grade3)
                .rewardsWith(5 * 50);
    }

    @Test
    void teamWhoseMembersAreNeverFreeTogetherEarnsNothing() {
        Teacher ana = school.teacher("ANA");
        Teacher ben = school.teacher("BEN");
        Team grade7 = school.team("GRADE-7", ana, ben).build();

        VERIFIER.verifyThat(ScheduleConstraintProvider::commonFreeTime)
                .given(facts(ana, ben, grade7, teachesDaily(ana, r101, "P1", "P2", "P3"),
                        teachesDaily(ben, r102, "P4", "P5", "P6")))
                .rewardsWith(0);
    }

    // ================================================================ soft: moved from previous

    @Test
    void aLessonInAnotherBlockCostsMoreThanOneInAnotherRoomAndAMovedMeetingCostsABlock() {
        Teacher ana = school.teacher("ANA");
        Lesson otherBlock = school.lesson(school.section("MATH-1", ana).build(), "P2", r101);
        otherBlock.setPrevious(new Placement("P1", "R101"));
        Lesson otherRoom = school.lesson(school.section("MATH-2", ana).build(), "P3", r102);
        otherRoom.setPrevious(new Placement("P3", "R101"));
        TeamMeeting dropped = school.meeting(school.team("PLC", ana).build(), 1, null);
        dropped.setPrevious(new Placement("MON-P5", null));

        VERIFIER.verifyThat(ScheduleConstraintProvider::movedFromPrevious)
                .given(facts(ana, otherBlock, otherRoom, dropped))
                .justifiesWith(new MovedFromPreviousJustification("lesson MATH-1", "P1", "P2", "R101", "R101", 5))
                .penalizesBy(MovedFromPreviousJustification.BLOCK_UNITS + 1 + MovedFromPreviousJustification.BLOCK_UNITS);
        assertThat(new MovedFromPreviousJustification("lesson MATH-1", "P1", "P2", "R101", "R101", 5).description())
                .isEqualTo("lesson MATH-1 moved from P1 in R101 to P2 in R101");
    }

    @Test
    void whatStaysWhereItWasOrIsNewOrWasUnscheduledCostsNothing() {
        Teacher ana = school.teacher("ANA");
        Lesson stayed = school.lesson(school.section("MATH-1", ana).build(), "P1", r101);
        stayed.setPrevious(new Placement("P1", "R101"));
        Lesson added = school.lesson(school.section("MATH-2", ana).build(), "P2", r101);
        TeamMeeting placedNow = school.meeting(school.team("PLC", ana).build(), 1, "MON-P5");
        placedNow.setPrevious(new Placement(null, null));

        VERIFIER.verifyThat(ScheduleConstraintProvider::movedFromPrevious)
                .given(facts(ana, stayed, added, placedNow))
                .penalizesBy(0);
    }
}
