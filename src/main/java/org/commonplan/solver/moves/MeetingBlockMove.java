package org.commonplan.solver.moves;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/** Puts a team meeting in a block chosen for it, or takes it out of the schedule (block null). */
final class MeetingBlockMove extends AbstractSimplifiedMove<School> {

    private final TeamMeeting meeting;
    private final Block toBlock;

    MeetingBlockMove(TeamMeeting meeting, Block toBlock) {
        this.meeting = meeting;
        this.toBlock = toBlock;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<School> scoreDirector) {
        return toBlock != meeting.getBlock() && !meeting.isPinned();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<School> scoreDirector) {
        VariableChanges.set(scoreDirector, meeting, toBlock);
    }

    @Override
    public Move<School> rebase(ScoreDirector<School> destinationScoreDirector) {
        return new MeetingBlockMove(destinationScoreDirector.lookUpWorkingObject(meeting),
                toBlock == null ? null : destinationScoreDirector.lookUpWorkingObject(toBlock));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(meeting);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return toBlock == null ? Collections.emptyList() : List.of(toBlock);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "MeetingToFreeBlock(TeamMeeting.block)";
    }

    @Override
    public String toString() {
        return meeting + " -> " + toBlock;
    }
}
