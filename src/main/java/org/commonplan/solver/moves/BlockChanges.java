package org.commonplan.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/** Sets a lesson's or a meeting's block the way a move must: telling the score director before and after. */
final class BlockChanges {

    private static final String BLOCK = "block";

    private BlockChanges() {
    }

    static void set(ScoreDirector<School> scoreDirector, Lesson lesson, Block block) {
        scoreDirector.beforeVariableChanged(lesson, BLOCK);
        lesson.setBlock(block);
        scoreDirector.afterVariableChanged(lesson, BLOCK);
    }

    static void set(ScoreDirector<School> scoreDirector, TeamMeeting meeting, Block block) {
        scoreDirector.beforeVariableChanged(meeting, BLOCK);
        meeting.setBlock(block);
        scoreDirector.afterVariableChanged(meeting, BLOCK);
    }
}
