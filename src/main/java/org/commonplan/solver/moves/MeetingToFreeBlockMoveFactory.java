package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.commonplan.domain.Block;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.MeetingBlockMove.Purpose;

/**
 * Moves a team meeting, unscheduled ones first, into a block in which every attendee is free right now.
 * Plain change moves find such blocks only by chance once teachers' weeks fill up. When there is no such
 * block, it takes the meeting out of the schedule instead: a meeting left where an attendee now teaches
 * breaks a hard rule, and unscheduling it trades that for the medium penalty until time opens up; with the
 * custom property {@code unschedule=false} (the repair phase) it leaves the meeting where it is.
 */
public class MeetingToFreeBlockMoveFactory extends MeetingMoveFactory<MeetingBlockMove> {

    private boolean unschedule = true;

    /** Set from the solver configuration's custom properties. */
    public void setUnschedule(boolean unschedule) {
        this.unschedule = unschedule;
    }

    @Override
    protected MeetingBlockMove moveFor(TeamMeeting meeting, Random random) {
        return new MeetingBlockMove(meeting, freeBlockFor(meeting, random), Purpose.TO_FREE_BLOCK);
    }

    private Block freeBlockFor(TeamMeeting meeting, Random random) {
        SlotSet taken = busyIndex().attendeesUnfree(meeting);
        List<Block> candidates = new ArrayList<>();
        for (Block block : meeting.getTeam().getAllowedBlocks()) {
            if (block != meeting.getBlock() && !block.getSlots().overlaps(taken)) {
                candidates.add(block);
            }
        }
        if (candidates.isEmpty()) {
            // No free block: null unschedules a placed meeting; its own block gives a move that is not doable.
            return unschedule ? null : meeting.getBlock();
        }
        return candidates.get(random.nextInt(candidates.size()));
    }
}
