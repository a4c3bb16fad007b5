package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.IntervalDays;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.commonplan.solver.justifications.MinDaysBetweenJustification;
import org.commonplan.solver.justifications.MinGapJustification;
import org.commonplan.solver.justifications.SameRoomJustification;
import org.commonplan.solver.justifications.SectionLinkJustification;
import org.commonplan.solver.justifications.TeacherIntervalDaysJustification;
import org.commonplan.solver.justifications.TeacherMinDaysJustification;
import org.junit.jupiter.api.Test;

/**
 * The rules that carry FET constraints CommonPlan first met in real schools' files, on
 * {@link TestSchool#standardWeek()} (MON-FRI, P1-P4, lunch, P5-P6).
 */
class FetRulesConstraintTest {

    private static final ConstraintVerifier<ScheduleConstraintProvider, School> VERIFIER =
            ConstraintVerifier.build(new ScheduleConstraintProvider(), School.class, Lesson.class, TeamMeeting.class);

    private final TestSchool school = TestSchool.standardWeek();
    private final Room r101 = school.room("R101", 30);
    private final StudentGroup grade7a = school.group("7A", 28);
    private final StudentGroup grade7b = school.group("7B", 26);
    private final Teacher ana = school.teacher("ANA");
    private final Teacher ben = school.teacher("BEN");

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

    /** Flattens facts and lists of facts for {@code given(...)}. */
    private static Object[] facts(Object... items) {
        List<Object> all = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof List<?> list) {
                all.addAll(list);
            } else {
                all.add(item);
            }
        }
        return all.toArray();
    }

    // ---------------------------------------------------------------- days between, wanted

    @Test
    void lessonsWantedADayApartOnOneDayCostTheSoftRuleOnceAPair() {
        List<Lesson> math = singles("MATH-7A", "MATH", ana, grade7a, "MON-P1", "MON-P2", "THU-P1");
        math.get(0).getSection().setMinDaysBetweenSoft(2);

        // MON-MON: 2 short; MON-THU twice: 0.
        VERIFIER.verifyThat(ScheduleConstraintProvider::minDaysBetweenSoft)
                .given(facts(ana, math))
                .penalizesBy(2);
        VERIFIER.verifyThat(ScheduleConstraintProvider::minDaysBetweenSoft)
                .given(facts(ana, math))
                .justifiesWith(new MinDaysBetweenJustification("MATH-7A#1", "MON", "MATH-7A#2", "MON", 2));
        assertThat(new MinDaysBetweenJustification("MATH-7A#1", "MON", "MATH-7A#2", "MON", 2).description())
                .isEqualTo("MATH-7A#1 (MON) and MATH-7A#2 (MON) should be at least 2 days apart");
        math.get(0).getSection().setMinDaysBetweenSoft(0);
        VERIFIER.verifyThat(ScheduleConstraintProvider::minDaysBetweenSoft)
                .given(facts(ana, math))
                .penalizesBy(0);
    }

    @Test
    void aSectionLeftOutOfTheDefaultSpreadMayMeetTwiceOnADay() {
        List<Lesson> pe = singles("PE-7A", "PE", ana, grade7a, "TUE-P3", "TUE-P4");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(ana, pe))
                .penalizesBy(1);
        pe.get(0).getSection().setCourseSpread(false);
        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(ana, pe))
                .penalizesBy(0);
        VERIFIER.verifyThat(ScheduleConstraintProvider::courseDaysApart)
                .given(facts(ana, singles("ART-7A", "ART", ana, grade7a, "MON-P1", "TUE-P1")))
                .penalizesBy(1);
    }

    @Test
    void aSectionLeftOutOfTheSpreadDoesNotCountForTheCoursesOtherSections() {
        List<Lesson> gym = singles("PE-7A-GYM", "PE", ana, grade7a, "MON-P1");
        List<Lesson> pool = singles("PE-7A-POOL", "PE", ben, grade7a, "MON-P5");

        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(ana, ben, gym, pool))
                .penalizesBy(1);
        pool.get(0).getSection().setCourseSpread(false);
        VERIFIER.verifyThat(ScheduleConstraintProvider::courseSpread)
                .given(facts(ana, ben, gym, pool))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- links: same day, same hour, grouped

    private static void link(SectionLink.Kind kind, Lesson... lessons) {
        SectionLink link = new SectionLink(kind, Arrays.stream(lessons).map(Lesson::getSection).toList());
        for (Lesson lesson : lessons) {
            lesson.getSection().setLinks(List.of(link));
        }
    }

    @Test
    void sameDayLessonsOnDifferentDaysBreakTheirLinkWhateverThePeriod() {
        Lesson lab = singles("LAB-7A", "LAB", ana, grade7a, "MON-P2").get(0);
        Lesson talk = singles("TALK-7B", "TALK", ben, grade7b, "TUE-P2").get(0);
        link(SectionLink.Kind.SAME_DAY, lab, talk);

        VERIFIER.verifyThat(ScheduleConstraintProvider::sameDay)
                .given(ana, ben, lab, talk)
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameDay)
                .given(ana, ben, lab, talk)
                .justifiesWith(new SectionLinkJustification("LAB-7A", "MON-P2", "TALK-7B", "TUE-P2",
                        "start on the same day"));
        talk.setBlock(school.block("MON-P6"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameDay)
                .given(ana, ben, lab, talk)
                .penalizesBy(0);
    }

    @Test
    void sameHourLessonsInDifferentPeriodsBreakTheirLinkWhateverTheDay() {
        Lesson french = singles("FR-7A", "FR", ana, grade7a, "MON-P1").get(0);
        Lesson german = singles("DE-7B", "DE", ben, grade7b, "MON-P2").get(0);
        link(SectionLink.Kind.SAME_HOUR, french, german);

        VERIFIER.verifyThat(ScheduleConstraintProvider::sameHour)
                .given(ana, ben, french, german)
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameHour)
                .given(ana, ben, french, german)
                .justifiesWith(new SectionLinkJustification("FR-7A", "MON-P1", "DE-7B", "MON-P2",
                        "start in the same period"));
        german.setBlock(school.block("THU-P1"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameHour)
                .given(ana, ben, french, german)
                .penalizesBy(0);
    }

    @Test
    void groupedLessonsAreBackToBackInEitherOrderAcrossLunchButNotApart() {
        Lesson theory = singles("THEORY", "THEORY", ana, grade7a, "MON-P5").get(0);
        Lesson practice = singles("PRACTICE", "PRACTICE", ana, grade7a, "MON-P4").get(0);
        link(SectionLink.Kind.GROUPED, theory, practice);

        // P4, lunch, P5: back to back, the second section first.
        VERIFIER.verifyThat(ScheduleConstraintProvider::grouped)
                .given(ana, theory, practice)
                .penalizesBy(0);
        practice.setBlock(school.block("MON-P6"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::grouped)
                .given(ana, theory, practice)
                .penalizesBy(0);
        practice.setBlock(school.block("MON-P2"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::grouped)
                .given(ana, theory, practice)
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::grouped)
                .given(ana, theory, practice)
                .justifiesWith(new SectionLinkJustification("THEORY", "MON-P5", "PRACTICE", "MON-P2",
                        "be back to back, in either order"));
        practice.setBlock(school.block("TUE-P6"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::grouped)
                .given(ana, theory, practice)
                .penalizesBy(1);
    }

    @Test
    void sameRoomSectionsPayForEachRoomBeyondTheFirst() {
        Room r102 = school.room("R102", 30);
        Room r103 = school.room("R103", 30);
        List<Lesson> math = singles("MATH-7A", "MATH", ana, grade7a, "MON-P1", "TUE-P1");
        Lesson lab = singles("LAB-7A", "LAB", ana, grade7a, "WED-P1").get(0);
        math.get(1).setRoom(r102);
        lab.setRoom(r103);
        link(SectionLink.Kind.SAME_ROOM, math.get(0), lab);

        VERIFIER.verifyThat(ScheduleConstraintProvider::sameRoom)
                .given(facts(ana, math, lab))
                .penalizesBy(2);
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameRoom)
                .given(facts(ana, math, lab))
                .justifiesWith(new SameRoomJustification(List.of("MATH-7A", "LAB-7A"), 3));
        assertThat(new SameRoomJustification(List.of("MATH-7A", "LAB-7A"), 3).description())
                .isEqualTo("Sections MATH-7A, LAB-7A should all meet in one room, not 3");
        math.get(1).setRoom(r101);
        lab.setRoom(r101);
        VERIFIER.verifyThat(ScheduleConstraintProvider::sameRoom)
                .given(facts(ana, math, lab))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- a teacher's minimum days

    @Test
    void aTeacherWhoMustComeInThreeDaysButTeachesOnTwoIsOneDayShort() {
        List<Lesson> math = singles("MATH-7A", "MATH", ana, grade7a, "MON-P1", "MON-P2", "TUE-P1");
        ana.setMinDaysPerWeek(3);

        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherMinDays)
                .given(facts(ana, ben, math))
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherMinDays)
                .given(facts(ana, ben, math))
                .justifiesWith(new TeacherMinDaysJustification("ANA", 2, 3));
        assertThat(new TeacherMinDaysJustification("ANA", 2, 3).description())
                .isEqualTo("ANA teaches on 2 days, at least 3 wanted");
        math.get(1).setBlock(school.block("THU-P1"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherMinDays)
                .given(facts(ana, ben, math))
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- least gap between lessons

    @Test
    void lessonsOfMinGapLinkedSectionsOnOneDayCountTheTimeslotsMissingBetweenThem() {
        List<Lesson> math = singles("MATH-7A", "MATH", ana, grade7a, "MON-P1", "MON-P2", "WED-P1");
        Lesson art = singles("ART-7B", "ART", ben, grade7b, "MON-P4").get(0);
        SectionLink link = new SectionLink(SectionLink.Kind.MIN_GAP, List.of(math.get(0).getSection(),
                art.getSection()), 2);
        math.get(0).getSection().setLinks(List.of(link));
        art.getSection().setLinks(List.of(link));

        // MON-P1 and MON-P2 of one section: none between, 2 short; MON-P2 and MON-P4: P3 between, 1 short;
        // MON-P1 and MON-P4: 2 between; WED-P1 is alone on its day.
        VERIFIER.verifyThat(ScheduleConstraintProvider::minGap)
                .given(facts(ana, ben, math, art))
                .penalizesBy(3);
        VERIFIER.verifyThat(ScheduleConstraintProvider::minGap)
                .given(facts(ana, ben, math, art))
                .justifiesWith(new MinGapJustification("MATH-7A#1", "MON-P1", "MATH-7A#2", "MON-P2", 0, 2),
                        new MinGapJustification("ART-7B", "MON-P4", "MATH-7A#2", "MON-P2", 1, 2));
        assertThat(new MinGapJustification("ART-7B", "MON-P4", "MATH-7A#2", "MON-P2", 1, 2).description())
                .isEqualTo("ART-7B (MON-P4) and MATH-7A#2 (MON-P2) have 1 timeslot between them on one day, "
                        + "at least 2 wanted");
        // Lunch is a timeslot between P4 and P5, as FET counts a break hour in a gap.
        art.setBlock(school.block("MON-P5"));
        math.get(1).setBlock(school.block("TUE-P1"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::minGap)
                .given(facts(ana, ben, math, art))
                .penalizesBy(0);
        // MON-P1 and MON-P4: 2 between; MON-P4 and MON-P5: lunch between, 1 short.
        math.get(1).setBlock(school.block("MON-P4"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::minGap)
                .given(facts(ana, ben, math, art))
                .penalizesBy(1);
    }

    // ---------------------------------------------------------------- days within part of the day

    @Test
    void aTeacherWhoTeachesTheAfternoonOnMoreDaysThanAllowedIsChargedADayBeyond() {
        List<Lesson> math = singles("MATH-7A", "MATH", ana, grade7a, "MON-P5", "TUE-P6", "WED-P1", "THU-P5");
        SlotSet.Builder afternoons = new SlotSet.Builder();
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI")) {
            afternoons.addAll(school.block(day + "-P5").getSlots()).addAll(school.block(day + "-P6").getSlots());
        }
        ana.setIntervalDays(List.of(new IntervalDays("P5", "P6", afternoons.build(), 2)));

        // Afternoons on MON, TUE and THU: one day beyond 2; WED-P1 is outside the interval.
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherIntervalDays)
                .given(facts(ana, ben, math))
                .penalizesBy(1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherIntervalDays)
                .given(facts(ana, ben, math))
                .justifiesWith(new TeacherIntervalDaysJustification("ANA", "P5", "P6", List.of("MON", "TUE", "THU"),
                        2));
        assertThat(new TeacherIntervalDaysJustification("ANA", "P5", "P6", List.of("MON", "TUE", "THU"), 2)
                .description()).isEqualTo("ANA teaches from P5 to P6 on 3 days (MON, TUE, THU), at most 2 wanted");
        math.get(3).setBlock(school.block("THU-P4"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherIntervalDays)
                .given(facts(ana, ben, math))
                .penalizesBy(0);
    }
}
