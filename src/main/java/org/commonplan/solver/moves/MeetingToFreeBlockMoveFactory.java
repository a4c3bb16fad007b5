package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.domain.Block;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * Moves a team meeting, unscheduled ones first, into a block in which every attendee is free right now.
 * Plain change moves find such blocks only by chance once teachers' weeks fill up. When there is no such
 * block, it takes the meeting out of the schedule instead: a meeting left where an attendee now teaches
 * breaks a hard rule, and unscheduling it trades that for the medium penalty until time opens up.
 */
public class MeetingToFreeBlockMoveFactory implements MoveIteratorFactory<School, MeetingBlockMove> {

    private BusyIndex busyIndex;
    private List<TeamMeeting> movable;

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        School school = scoreDirector.getWorkingSolution();
        busyIndex = new BusyIndex(school);
        movable = school.getMeetings().stream().filter(meeting -> !meeting.isPinned()).toList();
    }

    @Override
    public long getSize(ScoreDirector<School> scoreDirector) {
        return movable == null ? 0 : movable.size();
    }

    @Override
    public Iterator<MeetingBlockMove> createOriginalMoveIterator(ScoreDirector<School> scoreDirector) {
        throw new UnsupportedOperationException("Only random selection is supported.");
    }

    @Override
    public Iterator<MeetingBlockMove> createRandomMoveIterator(ScoreDirector<School> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public MeetingBlockMove next() {
                TeamMeeting meeting = pickMeeting(random);
                return new MeetingBlockMove(meeting, freeBlockFor(meeting, random));
            }
        };
    }

    private TeamMeeting pickMeeting(Random random) {
        // Half of the time look for an unscheduled meeting: that is where the medium score is lost.
        if (random.nextBoolean()) {
            int start = random.nextInt(movable.size());
            for (int i = 0; i < movable.size(); i++) {
                TeamMeeting candidate = movable.get((start + i) % movable.size());
                if (candidate.getBlock() == null) {
                    return candidate;
                }
            }
        }
        return movable.get(random.nextInt(movable.size()));
    }

    private Block freeBlockFor(TeamMeeting meeting, Random random) {
        SlotSet.Builder unfree = new SlotSet.Builder();
        for (Teacher attendee : meeting.getTeam().getAttendees()) {
            unfree.addAll(busyIndex.unfreeSlots(attendee, meeting));
        }
        SlotSet taken = unfree.build();
        List<Block> candidates = new ArrayList<>();
        for (Block block : meeting.getTeam().getAllowedBlocks()) {
            if (block != meeting.getBlock() && !block.getSlots().overlaps(taken)) {
                candidates.add(block);
            }
        }
        // No free block: null unschedules a placed meeting (an unplaced one gives a move that is not doable).
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }
}
