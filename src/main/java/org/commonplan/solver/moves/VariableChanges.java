package org.commonplan.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/** Sets a lesson's block or room, or a meeting's block, the way a move must: telling the score director before and after. */
final class VariableChanges {

    private static final String BLOCK = "block";
    private static final String ROOM = "room";

    private VariableChanges() {
    }

    static void set(ScoreDirector<School> scoreDirector, Lesson lesson, Block block) {
        scoreDirector.beforeVariableChanged(lesson, BLOCK);
        lesson.setBlock(block);
        scoreDirector.afterVariableChanged(lesson, BLOCK);
    }

    static void setRoom(ScoreDirector<School> scoreDirector, Lesson lesson, Room room) {
        scoreDirector.beforeVariableChanged(lesson, ROOM);
        lesson.setRoom(room);
        scoreDirector.afterVariableChanged(lesson, ROOM);
    }

    static void set(ScoreDirector<School> scoreDirector, TeamMeeting meeting, Block block) {
        scoreDirector.beforeVariableChanged(meeting, BLOCK);
        meeting.setBlock(block);
        scoreDirector.afterVariableChanged(meeting, BLOCK);
    }
}
