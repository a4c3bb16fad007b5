package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * The conflict-directed search keeps days compact for people whose gaps and late starts are limited: a week that
 * could no longer be completed within them is a conflict, and among places alike it takes the one that opens no
 * hole and no late start in their day (FET's real schools, where the repair otherwise traded those holes for
 * clashes).
 */
class ConflictDirectedDayShapeTest {

    private static final int SEEDS = 12;

    /** Two days of six CLASS periods; lessons take one period of one day. */
    private final TestSchool school = TestSchool.sixPeriodDays("MON", "TUE");

    @Test
    void aGroupWithoutGapsOrLateStartsGetsItsLessonsFromTheFirstPeriodOn() {
        for (long seed = 0; seed < SEEDS; seed++) {
            StudentGroup group = school.group("7A", 25);
            group.setLimits(new GroupLimits(0, 0, GroupLimits.NO_LIMIT, GroupLimits.NO_LIMIT, 0));
            List<Lesson> lessons = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                // Five teachers, all in MON-P1 to start with: four must move, each anywhere else is clash-free.
                lessons.add(school.lesson(school.section("C" + i, school.teacher("t" + i), group)
                        .family(BlockFamily.SINGLE).build(), "MON-P1", null));
            }

            WorkingSolutions.search(school, lessons, seed);

            assertThat(shapes(lessons)).as("seed " + seed).allSatisfy(day -> assertThat(day).matches("X*-*"));
        }
    }

    @Test
    void aTeacherWithoutGapsTeachesTheirLessonsInARow() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Teacher teacher = school.teacher("ana");
            teacher.setLimits(new TeacherLimits(TeacherLimits.NO_LIMIT, TeacherLimits.NO_LIMIT, 0, 0,
                    TeacherLimits.NO_LIMIT));
            List<Lesson> lessons = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                lessons.add(school.lesson(school.section("C" + i, teacher, school.group("G" + i, 25))
                        .family(BlockFamily.SINGLE).build(), "MON-P3", null));
            }

            WorkingSolutions.search(school, lessons, seed);

            assertThat(shapes(lessons)).as("seed " + seed).allSatisfy(day -> assertThat(day).matches("-*X*-*"));
        }
    }

    @Test
    void aLastLessonThatWouldLeaveAHoleTakesOutTheLessonsAroundIt() {
        StudentGroup group = school.group("7A", 25);
        group.setLimits(new GroupLimits(0, GroupLimits.NO_LIMIT, GroupLimits.NO_LIMIT, GroupLimits.NO_LIMIT,
                GroupLimits.NO_LIMIT));
        List<Lesson> lessons = new ArrayList<>();
        for (String block : List.of("MON-P1", "MON-P2", "MON-P4")) {
            lessons.add(school.lesson(school.section("C" + lessons.size(), school.teacher("t" + lessons.size()), group)
                    .family(BlockFamily.SINGLE).build(), block, null));
        }
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P1"), -1);
        assignment.place(1, WorkingSolutions.blockIndex(model, "MON-P2"), -1);

        // MON-P4 with nothing left to place in MON-P3: the hole cannot be filled, so the first lesson goes (and
        // may fill it).
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P4"), -1)).containsExactly(0);
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P3"), -1)).isEmpty();
        // With MON-P1 not placed yet, its lesson may still fill MON-P3.
        assignment.unplace(0);
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P4"), -1)).isEmpty();
    }

    /**
     * A group away in the first period every day starts its day at the second, as the rule counts: two lessons from
     * there are no late start, and the second does not take the first out (Tg Mures' groups, imported from FET,
     * came out of the search at -182 hard when the search counted from the first period).
     */
    @Test
    void aGroupAwayInTheFirstPeriodStartsItsDayAtTheSecond() {
        StudentGroup group = school.group("7A", 25);
        group.setLimits(new GroupLimits(GroupLimits.NO_LIMIT, GroupLimits.NO_LIMIT, GroupLimits.NO_LIMIT,
                GroupLimits.NO_LIMIT, 0));
        group.setUnavailable(school.slots("MON-P1", "TUE-P1"));
        List<Lesson> lessons = new ArrayList<>();
        for (String block : List.of("MON-P2", "MON-P3")) {
            lessons.add(school.lesson(school.section("C" + lessons.size(), school.teacher("t" + lessons.size()), group)
                    .family(BlockFamily.SINGLE).build(), block, null));
        }
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P2"), -1);

        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P3"), -1)).isEmpty();
        // Starting at the third period is late, and nothing is left to place in the second: the earlier lesson goes.
        assignment.unplace(0);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P3"), -1);
        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P4"), -1)).containsExactly(0);
    }


    /** Each day as its periods in order, X for a lesson, - for none: {@code XXX---}. */
    private List<String> shapes(List<Lesson> lessons) {
        List<String> days = new ArrayList<>();
        for (String day : List.of("MON", "TUE")) {
            StringBuilder shape = new StringBuilder();
            for (String period : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
                String block = day + "-" + period;
                long held = lessons.stream().filter(lesson -> lesson.getBlock().getId().equals(block)).count();
                assertThat(held).as("lessons in " + block).isLessThanOrEqualTo(1);
                shape.append(held == 1 ? 'X' : '-');
            }
            days.add(shape.toString());
        }
        return days;
    }
}
