package org.commonplan.solver.moves;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * Puts a team meeting in a block chosen for it, or takes it out of the schedule (block null). The purpose names the
 * heuristic that chose the block, so the Benchmarker's per-move statistics tell them apart.
 */
final class MeetingBlockMove extends AbstractMove<School> {

    /** Why a meeting moves: the heuristic that chose its block. */
    enum Purpose {
        /** The construction's first block for a meeting ({@link MeetingsFirstPlacement}). */
        CONSTRUCTION("MeetingPlacement"),
        /** A block drawn from its allowed blocks, or none (MoveMix's change move). */
        CHANGE("MeetingChange"),
        /** A block where every attendee is free. */
        TO_FREE_BLOCK("MeetingToFreeBlock"),
        /** Part of a shift that moves the attendees' lessons the other way. */
        SHIFT("MeetingShift"),
        /** Part of a move that brings homeroom classes to specials in the new block. */
        WITH_CLASSES("MeetingWithClasses");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }
    }

    private final TeamMeeting meeting;
    private final Block toBlock;
    private final Purpose purpose;

    MeetingBlockMove(TeamMeeting meeting, Block toBlock, Purpose purpose) {
        this.meeting = meeting;
        this.toBlock = toBlock;
        this.purpose = purpose;
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
                toBlock == null ? null : destinationScoreDirector.lookUpWorkingObject(toBlock), purpose);
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
        return purpose.label + "(TeamMeeting.block)";
    }

    @Override
    public String toString() {
        return meeting + " -> " + toBlock;
    }
}
