package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.School;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Test;

class PlaceSelectionTest {

    @Test
    void aReSolveKeepsALessonInItsPreviousBlockWhenNoPlaceWeighsLess() {
        School school = SolverTestSupport.read("small-middle");
        ActivityModel model = ActivityModel.of(school);
        int activity = firstLessonWithSeveralBlocks(model);
        Lesson lesson = (Lesson) model.entity(activity);
        // Its previous block is the last of its domain, so "first found" or "start block" would not pick it.
        int[] domain = model.domain(activity);
        String previousBlock = model.block(domain[domain.length - 1]).getId();
        lesson.setPrevious(new Placement(previousBlock, null));

        // Nothing placed: every block has no conflict, and only the previous block breaks the tie.
        for (long seed = 0; seed < 20; seed++) {
            ActivityAssignment empty = new ActivityAssignment(model);
            PlaceSelection selection = new PlaceSelection(model, empty,
                    new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(seed));
            assertThat(model.block(selection.choose(activity).block()).getId()).as("seed %d", seed)
                    .isEqualTo(previousBlock);
        }
    }

    private static int firstLessonWithSeveralBlocks(ActivityModel model) {
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.isLesson(activity) && model.isMovable(activity) && model.domain(activity).length > 3) {
                return activity;
            }
        }
        throw new AssertionError("small-middle has no movable lesson with a choice of blocks");
    }
}
