package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.Rule;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * The conflict-directed search builds the week itself before Timefold's construction, on a school whose hard rules
 * it sees, and gives the week back to construction when it breaks one it does not see.
 */
class ConflictDirectedConstructionTest {

    private final TestSchool school = TestSchool.standardWeek();

    /** Six teachers each teach three classes, every class has all six, one a period: nothing placed yet. */
    private List<Lesson> unplacedLatinRectangle(int maxTeachingPerDay, int minPlanningMinutes, String family) {
        List<StudentGroup> groups = List.of(school.group("6A", 25), school.group("6B", 25), school.group("6C", 25));
        for (int i = 0; i < 6; i++) {
            school.room("R" + i, 30);
        }
        List<Lesson> lessons = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            Teacher teacher = school.teacherBuilder("t" + t).maxTeachingPerDay(maxTeachingPerDay)
                    .minPlanningMinutes(minPlanningMinutes).build();
            for (StudentGroup group : groups) {
                lessons.add(school.lesson(school.section("S" + t + group.getId(), teacher, group).family(family).build(),
                        null, null));
            }
        }
        return lessons;
    }

    /** No daily limit below the day's six periods and no planning time. */
    private List<Lesson> unplacedLatinRectangle() {
        return unplacedLatinRectangle(6, 0, BlockFamily.DAILY);
    }

    /** Links the sections of the first and the fifth lesson (two teachers, one class). */
    private static void linkFirstAndFifth(List<Lesson> lessons, SectionLink.Kind kind) {
        Section first = lessons.get(0).getSection();
        Section second = lessons.get(4).getSection();
        SectionLink link = new SectionLink(kind, List.of(first, second));
        first.setLinks(List.of(link));
        second.setLinks(List.of(link));
    }

    /** Runs the construction, seeded, and returns the week's hard score. */
    private long construct(List<Lesson> lessons, long seed) {
        School working = WorkingSolutions.school(school, lessons, List.of(), List.of());
        var scoreDirector = ScoredSchools.scoreDirector(working);
        ConflictDirectedConstruction construction = new ConflictDirectedConstruction();
        construction.setRandomSeed(seed);
        construction.changeWorkingSolution(scoreDirector, () -> false);
        return scoreDirector.calculateScore().raw().hardScore();
    }

    @Test
    void placesEveryLessonWithoutAClashOnASchoolWhoseRulesItSees() {
        List<Lesson> lessons = unplacedLatinRectangle();

        long hard = construct(lessons, 1);

        assertThat(lessons).allSatisfy(lesson -> {
            assertThat(lesson.getBlock()).isNotNull();
            assertThat(lesson.getRoom()).isNotNull();
        });
        assertThat(hard).isZero();
    }

    /**
     * The search keeps teachers' lessons a day (teaching-load) in blocks of one day: it builds the week of such a
     * school too.
     */
    @Test
    void aDailyTeachingLimitBelowTheDayIsTheSearchsToo() {
        List<Lesson> lessons = unplacedLatinRectangle(2, 0, BlockFamily.SINGLE);

        long hard = construct(lessons, 1);

        assertThat(lessons).allSatisfy(lesson -> assertThat(lesson.getBlock()).isNotNull());
        assertThat(hard).isZero();
    }

    /** The search starts SAME_START-linked lessons together: it builds the week of a school with such links. */
    @Test
    void sameStartLinksAreTheSearchsToo() {
        List<Lesson> lessons = unplacedLatinRectangle();
        linkFirstAndFifth(lessons, SectionLink.Kind.SAME_START);

        long hard = construct(lessons, 1);

        assertThat(lessons).allSatisfy(lesson -> assertThat(lesson.getBlock()).isNotNull());
        assertThat(lessons.get(0).getBlock()).isSameAs(lessons.get(4).getBlock());
        assertThat(hard).isZero();
    }

    /** FET's Greek 2008-2009 links two sections' lessons to one day: the search places them so itself. */
    @Test
    void sameDayLinksAreTheSearchsToo() {
        List<Lesson> lessons = unplacedLatinRectangle();
        linkFirstAndFifth(lessons, SectionLink.Kind.SAME_DAY);

        long hard = construct(lessons, 1);

        assertThat(lessons).allSatisfy(lesson -> assertThat(lesson.getBlock()).isNotNull());
        assertThat(lessons.get(0).getBlock().getDays()).isEqualTo(lessons.get(4).getBlock().getDays());
        assertThat(hard).isZero();
    }

    /**
     * A class that may have no idle period has lessons on Monday in P1 and P3 and one left out: its gap is the
     * unfinished day of a week still missing a lesson, which the search lets the lessons left fill, so the week
     * stands. A teacher's clash beside a lesson left out does not.
     */
    @Test
    void aWeekMissingLessonsMayHaveUnfinishedDaysButNoOtherBrokenRule() {
        Teacher pat = school.teacherBuilder("pat").maxTeachingPerDay(6).minPlanningMinutes(0).build();
        Room room = school.room("R1", 30);
        Room other = school.room("R2", 30);
        StudentGroup fiveA = school.group("5A", 20);
        fiveA.setLimits(new GroupLimits(GroupLimits.NO_LIMIT, 0, GroupLimits.NO_LIMIT, GroupLimits.NO_LIMIT,
                GroupLimits.NO_LIMIT));
        List<Lesson> gapped = List.of(school.lesson(single("ART-5A", pat, fiveA), "MON-P1", room),
                school.lesson(single("MATH-5A", pat, fiveA), "MON-P3", room),
                school.lesson(single("MUS-5A", pat, fiveA), null, null));
        School unfinished = WorkingSolutions.school(school, gapped, List.of(), List.of());
        List<Lesson> clashing = new ArrayList<>(gapped);
        clashing.add(school.lesson(single("MUS-6A", pat, school.group("6A", 20)), "MON-P1", other));
        School clash = WorkingSolutions.school(school, clashing, List.of(), List.of());

        assertThat(ConflictDirectedConstruction.onlyUnplacedLessonsBreakHardRules(
                ScoredSchools.scoreDirector(unfinished), unfinished)).isTrue();
        assertThat(ConflictDirectedConstruction.onlyUnplacedLessonsBreakHardRules(
                ScoredSchools.scoreDirector(clash), clash)).isFalse();
    }

    private Section single(String id, Teacher teacher, StudentGroup group) {
        return school.section(id, teacher, group).family(BlockFamily.SINGLE).meetings(1).build();
    }

    /**
     * The search picks rooms only to avoid clashes; its week goes out with each teacher's lessons gathered in as few
     * rooms as their blocks allow: here one each, six teachers in six rooms (rule room-spread).
     */
    @Test
    void eachTeachersLessonsEndInOneRoom() {
        for (long seed = 0; seed < 5; seed++) {
            List<Lesson> lessons = unplacedLatinRectangle();

            long hard = construct(lessons, seed);

            assertThat(hard).isZero();
            Map<Teacher, Set<Room>> roomsByTeacher = new HashMap<>();
            lessons.forEach(lesson -> roomsByTeacher.computeIfAbsent(lesson.getSection().getTeacher(),
                    key -> new HashSet<>()).add(lesson.getRoom()));
            assertThat(roomsByTeacher.values()).as("seed %d", seed).allSatisfy(rooms -> assertThat(rooms).hasSize(1));
        }
    }

    /** Planning time is a rule the search leaves to the repair: such a school's week is construction's. */
    @Test
    void aSchoolWithARuleTheSearchDoesNotSeeIsLeftToConstruction() {
        List<Lesson> lessons = unplacedLatinRectangle(6, 100, BlockFamily.DAILY);
        School working = WorkingSolutions.school(school, lessons, List.of(), List.of());

        new ConflictDirectedConstruction().changeWorkingSolution(ScoredSchools.scoreDirector(working), () -> false);

        assertThat(lessons).allSatisfy(lesson -> assertThat(lesson.getBlock()).isNull());
    }

    @Test
    void aSchoolWithTeamMeetingsIsLeftToConstruction() {
        List<Lesson> lessons = unplacedLatinRectangle();
        Teacher t0 = lessons.get(0).getSection().getTeacher();
        Teacher t1 = lessons.get(3).getSection().getTeacher();
        School working = WorkingSolutions.school(school, lessons,
                List.of(school.meeting(school.team("PLC", t0, t1).build(), 1, "MON-P1")), List.of());

        new ConflictDirectedConstruction().changeWorkingSolution(ScoredSchools.scoreDirector(working), () -> false);

        assertThat(lessons).allSatisfy(lesson -> assertThat(lesson.getBlock()).isNull());
    }

    /**
     * Two lessons of a section asked to be five days apart in a five-day week, that rule weighted hard: every week
     * breaks it, the search cannot see it, and its week is given back with nothing placed.
     */
    @Test
    void aWeekThatBreaksAHardRuleBeyondTheLessonsLeftOutIsGivenBack() {
        Teacher pat = school.teacherBuilder("pat").maxTeachingPerDay(6).minPlanningMinutes(0).build();
        school.room("R1", 30);
        Section art = school.section("ART-5A", pat, school.group("5A", 20)).family(BlockFamily.SINGLE).meetings(2)
                .build();
        art.setMinDaysBetweenSoft(5);
        List<Lesson> lessons = List.of(school.lesson(art, 1, null, null), school.lesson(art, 2, null, null));
        School working = WorkingSolutions.school(school, lessons, List.of(), List.of());
        working.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(Rule.MIN_DAYS_BETWEEN_SOFT.id(), HardMediumSoftLongScore.ofHard(1))));

        new ConflictDirectedConstruction().changeWorkingSolution(ScoredSchools.scoreDirector(working), () -> false);

        assertThat(lessons).allSatisfy(lesson -> {
            assertThat(lesson.getBlock()).isNull();
            assertThat(lesson.getRoom()).isNull();
        });
    }
}
