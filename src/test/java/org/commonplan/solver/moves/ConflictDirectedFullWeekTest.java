package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * A class whose week its lessons fill to the last period (netura_2016-2017's, all double lessons) has no period to
 * waste: the conflict-directed search sees a double lesson that leaves a lone free period as leaving another lesson
 * without a place ({@link FreeRuns}), takes out the lesson beside a lone period when that makes room, and does not
 * choose a place that wastes periods over one that wastes none.
 */
class ConflictDirectedFullWeekTest {

    /** One day of six CLASS periods: DOUBLE blocks P1+P2, P2+P3, P3+P4 and P5+P6. */
    private final TestSchool school = TestSchool.sixPeriodDays("MON");

    /** Three double lessons of one class with three teachers: the class's six periods, full. */
    private List<Lesson> fullDay(StudentGroup group) {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lessons.add(school.lesson(school.section("C" + i, school.teacher("t" + i), group)
                    .family(BlockFamily.DOUBLE).build(), null, null));
        }
        return lessons;
    }

    @Test
    void aDoubleLessonThatLeavesLonePeriodsInAFullDayLeavesItShort() {
        List<Lesson> lessons = fullDay(school.group("7A", 25));
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P5+P6"), -1);

        // P2+P3 leaves P1 and P4 alone: the third double has nowhere to go, and no lesson's going makes room.
        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P2+P3"), -1)).isEmpty();
        assertThat(assignment.shortOfRoom()).isEqualTo(2);
        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P1+P2"), -1)).isEmpty();
        assertThat(assignment.shortOfRoom()).isZero();
        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P3+P4"), -1)).isEmpty();
        assertThat(assignment.shortOfRoom()).isZero();
    }

    @Test
    void theLessonBesideALonePeriodGoesWhenThatMakesRoom() {
        List<Lesson> lessons = fullDay(school.group("7A", 25));
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P2+P3"), -1);

        // P5+P6 leaves P1 and P4 alone; with P2+P3's lesson out, P1 to P4 hold the two doubles left.
        assertThat(assignment.conflicts(1, WorkingSolutions.blockIndex(model, "MON-P5+P6"), -1)).containsExactly(0);
        assertThat(assignment.shortOfRoom()).isZero();
    }

    @Test
    void theSelectionPrefersAPlaceThatWastesNoPeriod() {
        // One random for all draws: the first draws of randoms seeded 0, 1, 2... are alike.
        Random random = new Random(0);
        for (int draw = 0; draw < 20; draw++) {
            List<Lesson> lessons = fullDay(school.group("7A", 25));
            ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
            ActivityAssignment assignment = new ActivityAssignment(model);
            assignment.place(0, WorkingSolutions.blockIndex(model, "MON-P5+P6"), -1);
            PlaceSelection selection = new PlaceSelection(model, assignment,
                    new ConflictStatistics(model.activityCount(), model.blockCount()), random);

            // P1+P2 and P3+P4 are free and waste nothing; P2+P3 is free too but wastes P1 and P4.
            String chosen = model.block(selection.choose(1).block()).getId();

            assertThat(chosen).as("draw " + draw).isIn("MON-P1+P2", "MON-P3+P4");
        }
    }

    @Test
    void runsHoldTheLongestSumOfTheLengthsLeftThatFitsInThem() {
        List<Lesson> lessons = fullDay(school.group("7A", 25));
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
        FreeRuns runs = FreeRuns.of(model);
        int group = model.resourcesOf(0)[1];
        long twos = 1L << 2;
        long twosAndThrees = 1L << 2 | 1L << 3;

        assertThat(runs.weighs(group)).isTrue();
        // Free P1 to P5 (P6 taken): five periods hold two doubles, or a double and a triple.
        assertThat(runs.shortfall(group, new long[] {1L << 5}, 5, twos)).isEqualTo(1);
        assertThat(runs.shortfall(group, new long[] {1L << 5}, 5, twosAndThrees)).isZero();
        // Free P1, P3 and P5: no double fits.
        assertThat(runs.shortfall(group, new long[] {0b101010}, 2, twos)).isEqualTo(2);
    }
}
