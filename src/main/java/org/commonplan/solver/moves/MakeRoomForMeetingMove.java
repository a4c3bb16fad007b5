package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/** Moves the attendees' lessons out of a block, then puts the team meeting there: one step, one score. */
final class MakeRoomForMeetingMove extends AbstractMove<School> {

    /** A lesson and the block it moves to. */
    record Relocation(Lesson lesson, Block toBlock) {
    }

    private final TeamMeeting meeting;
    private final Block meetingBlock;
    private final List<Relocation> relocations;

    MakeRoomForMeetingMove(TeamMeeting meeting, Block meetingBlock, List<Relocation> relocations) {
        this.meeting = meeting;
        this.meetingBlock = meetingBlock;
        this.relocations = List.copyOf(relocations);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<School> scoreDirector) {
        return meetingBlock != null && !meeting.isPinned()
                && (meetingBlock != meeting.getBlock() || !relocations.isEmpty());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<School> scoreDirector) {
        for (Relocation relocation : relocations) {
            VariableChanges.set(scoreDirector, relocation.lesson(), relocation.toBlock());
        }
        VariableChanges.set(scoreDirector, meeting, meetingBlock);
    }

    @Override
    public Move<School> rebase(ScoreDirector<School> destination) {
        List<Relocation> rebased = relocations.stream()
                .map(relocation -> new Relocation(destination.lookUpWorkingObject(relocation.lesson()),
                        destination.lookUpWorkingObject(relocation.toBlock())))
                .toList();
        return new MakeRoomForMeetingMove(destination.lookUpWorkingObject(meeting),
                destination.lookUpWorkingObject(meetingBlock), rebased);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> entities = new ArrayList<>();
        relocations.forEach(relocation -> entities.add(relocation.lesson()));
        entities.add(meeting);
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        relocations.forEach(relocation -> values.add(relocation.toBlock()));
        if (meetingBlock != null) {
            values.add(meetingBlock);
        }
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "MakeRoomForMeeting(Lesson.block, TeamMeeting.block)";
    }

    @Override
    public String toString() {
        return meeting + " -> " + meetingBlock + " moving " + relocations;
    }
}
