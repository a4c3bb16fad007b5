package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.IntervalDays;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * The conflict-directed search keeps a teacher's own limits that FET's real schools state (Vartholomio, which left
 * the search at -13 hard on them): timeslots of lessons a day, lessons in a row, the days a week they teach within
 * part of the day; and, counting gaps, a period they are unavailable in is no gap, as teacher-gaps counts it.
 */
class ConflictDirectedTeacherLimitsTest {

    private static final int SEEDS = 8;

    /** Three days of six CLASS periods; lessons take one period of one day. */
    private final TestSchool school = TestSchool.sixPeriodDays("MON", "TUE", "WED");

    @Test
    void aTeacherAtTheirIntervalDaysTeachesInItOnNoOtherDay() {
        Teacher teacher = school.teacher("ana");
        teacher.setIntervalDays(List.of(new IntervalDays("P5", "P6", school.slots("MON-P5", "MON-P6", "TUE-P5",
                "TUE-P6", "WED-P5", "WED-P6"), 1)));
        List<Lesson> lessons = lessons(teacher, "MON-P6", "MON-P1", "TUE-P1");
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P6"), -1);
        assignment.place(1, WorkingSolutions.blockIndex(model, "MON-P1"), -1);

        // A second day within P5..P6 takes the lesson of the first day's out, not the one outside the interval.
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "TUE-P5"), -1)).containsExactly(0);
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P5"), -1)).isEmpty();
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "TUE-P4"), -1)).isEmpty();
    }

    @Test
    void aSearchKeepsTheTeachersIntervalDays() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Teacher teacher = school.teacher("ana");
            teacher.setIntervalDays(List.of(new IntervalDays("P6", "P6", school.slots("MON-P6", "TUE-P6",
                    "WED-P6"), 1)));
            // Three lessons all in the last period at first: two of them must leave it for good.
            List<Lesson> lessons = lessons(teacher, "MON-P6", "TUE-P6", "WED-P6");

            WorkingSolutions.search(school, lessons, seed);

            assertThat(lessons.stream().filter(lesson -> lesson.getBlock().getId().endsWith("P6")))
                    .as("seed " + seed).hasSize(1);
        }
    }

    @Test
    void aLessonBeyondTheDailyLimitTakesOutTheTeachersLessonFarthestAway() {
        Teacher teacher = school.teacherBuilder("ana").maxTeachingPerDay(2).build();
        List<Lesson> lessons = lessons(teacher, "MON-P1", "MON-P2", "MON-P3");
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P1"), -1);
        assignment.place(1, WorkingSolutions.blockIndex(model, "MON-P2"), -1);

        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P3"), -1)).containsExactly(0);
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "TUE-P3"), -1)).isEmpty();
    }

    @Test
    void aLessonThatMakesTheRunTooLongTakesOutTheEndOfTheRun() {
        Teacher teacher = school.teacher("ana");
        teacher.setLimits(new TeacherLimits(TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT,
                TeacherLimits.NO_LIMIT, 2));
        List<Lesson> lessons = lessons(teacher, "MON-P1", "MON-P2", "MON-P3", "MON-P4");
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P1"), -1);
        assignment.place(1, WorkingSolutions.blockIndex(model, "MON-P2"), -1);

        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P3"), -1)).containsExactly(0);
        // P4 follows P3 in the bell schedule, but P5 starts after the lunch gap: a new run.
        assignment.unplace(0);
        assignment.unplace(1);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P3"), -1);
        assignment.place(1, WorkingSolutions.blockIndex(model, "MON-P4"), -1);
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P5"), -1)).isEmpty();
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P2"), -1)).containsExactly(1);
    }

    @Test
    void aRunOneLessonCanBreakLosesThatLessonOnly() {
        Teacher teacher = school.teacher("ana");
        teacher.setLimits(new TeacherLimits(TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT,
                TeacherLimits.NO_LIMIT, 2));
        List<Lesson> lessons = lessons(teacher, "MON-P1", "MON-P3", "MON-P4", "MON-P2");
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P1"), -1);
        assignment.place(1, WorkingSolutions.blockIndex(model, "MON-P3"), -1);
        assignment.place(2, WorkingSolutions.blockIndex(model, "MON-P4"), -1);

        // P1 to P4 in a row: P3 going leaves P1-P2 and P4; the far end P4 going would leave three in a row.
        assertThat(assignment.conflicts(3, WorkingSolutions.blockIndex(model, "MON-P2"), -1)).containsExactly(1);
    }

    @Test
    void aSearchKeepsTheTeachersLessonsInARowAndADaysLimit() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Teacher teacher = school.teacherBuilder("ana").maxTeachingPerDay(3).build();
            teacher.setLimits(new TeacherLimits(TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT,
                    TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT, 2));
            List<Lesson> lessons = lessons(teacher, "MON-P1", "MON-P2", "MON-P3", "MON-P4", "MON-P5", "MON-P6",
                    "TUE-P1", "TUE-P2", "TUE-P3");

            WorkingSolutions.search(school, lessons, seed);

            for (String day : List.of("MON", "TUE", "WED")) {
                List<Integer> periods = lessons.stream().map(lesson -> lesson.getBlock().getId())
                        .filter(id -> id.startsWith(day)).map(id -> Integer.parseInt(id.substring(5))).sorted()
                        .toList();
                assertThat(periods).as("seed " + seed + ", " + day).hasSizeLessThanOrEqualTo(3)
                        .doesNotHaveDuplicates();
                for (int i = 2; i < periods.size(); i++) {
                    // P5 starts a run of its own after the lunch gap.
                    boolean threeInARow = periods.get(i) == periods.get(i - 2) + 2 && periods.get(i - 2) != 3
                            && periods.get(i - 2) != 4;
                    assertThat(threeInARow).as("seed " + seed + ", " + day + " " + periods).isFalse();
                }
            }
        }
    }

    /**
     * A teacher unavailable in MON-P2 who teaches in P1 and P3 has no gap there (teacher-gaps): with no gaps allowed
     * and nothing left to place, the lesson in P1 stays (the search took it out when it counted P2 as a hole).
     */
    @Test
    void aPeriodTheTeacherIsUnavailableInIsNoGap() {
        Teacher teacher = school.teacherBuilder("ana").unavailable("MON-P2").build();
        teacher.setLimits(new TeacherLimits(TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT, 0, 0,
                TeacherLimits.NO_LIMIT));
        List<Lesson> lessons = lessons(teacher, "MON-P1", "MON-P3");
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P1"), -1);

        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P3"), -1)).isEmpty();
        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P4"), -1)).containsExactly(0);
    }

    /** One lesson per block given, each of its own section and group, all taught by the teacher. */
    private List<Lesson> lessons(Teacher teacher, String... blocks) {
        List<Lesson> lessons = new ArrayList<>();
        for (String block : blocks) {
            lessons.add(school.lesson(school.section("C" + lessons.size(), teacher,
                    school.group("G" + lessons.size(), 25)).family(BlockFamily.SINGLE).build(), block, null));
        }
        return lessons;
    }
}
