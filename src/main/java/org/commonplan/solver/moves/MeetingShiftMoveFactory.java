package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.MeetingBlockMove.Purpose;

/**
 * Moves a scheduled team meeting to another block and takes its attendees' lessons along the other way: the
 * lessons they teach in the new block swap, by a Kempe chain, into the period the meeting leaves, or (half the
 * time, when there is one) into a period in which all their teachers are free. A department whose common free
 * period sits where rooms run out can so move its free period and its meeting in one step. The team's other
 * meetings in the period the lessons move into go along, each to the new period on its own day: a
 * team that meets twice a week in the same period of a daily timetable moves both meetings or neither helps.
 */
public class MeetingShiftMoveFactory extends MeetingMoveFactory<Move<School>> {

    private int maxChain = 20;
    private final Map<Team, List<TeamMeeting>> meetingsByTeam = new HashMap<>();

    /** Set from the solver configuration's custom properties: the longest chain tried. */
    public void setMaxChain(int maxChain) {
        this.maxChain = maxChain;
    }

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        super.phaseStarted(scoreDirector);
        meetingsByTeam.clear();
        for (TeamMeeting meeting : scoreDirector.getWorkingSolution().getMeetings()) {
            meetingsByTeam.computeIfAbsent(meeting.getTeam(), team -> new ArrayList<>()).add(meeting);
        }
    }

    @Override
    protected Move<School> moveFor(TeamMeeting meeting, Random random) {
        Block from = meeting.getBlock();
        Block to = drawAnotherBlock(meeting, random);
        if (to == null) {
            return new MeetingBlockMove(meeting, from, Purpose.SHIFT); // not doable
        }
        // The attendees' lessons during the new block, and the block of their family that holds the old one.
        List<Lesson> starts = new ArrayList<>();
        Block first = null;
        Block second = null;
        for (Teacher attendee : meeting.getTeam().getAttendees()) {
            for (Lesson lesson : busyIndex().lessonsDuring(attendee, to.getSlots())) {
                Block target = first == null ? blockHolding(lesson, from.getSlots(), to.getSlots())
                        : lesson.getBlock() == first ? second : null;
                if (target == null) {
                    return new MeetingBlockMove(meeting, from, Purpose.SHIFT); // attendees' lessons in different blocks
                }
                first = lesson.getBlock();
                second = target;
                starts.add(lesson);
            }
        }
        if (starts.isEmpty()) {
            return new MeetingBlockMove(meeting, to, Purpose.SHIFT);
        }
        if (random.nextBoolean()) {
            Block free = blockAllFree(starts, to.getSlots(), random);
            if (free != null) {
                second = free;
            }
        }
        List<Lesson> chain = KempeChains.chain(lessonsByBlock(), first, second, starts, maxChain);
        if (chain == null) {
            return new MeetingBlockMove(meeting, from, Purpose.SHIFT);
        }
        List<Move<School>> moves = new ArrayList<>();
        moves.add(KempeChainMove.of(lessonsByBlock(), first, second, chain));
        moves.add(new MeetingBlockMove(meeting, to, Purpose.SHIFT));
        // The team's other meetings in the period the lessons move into follow the meeting, each on its own day.
        for (TeamMeeting sibling : meetingsByTeam.get(meeting.getTeam())) {
            Block block = sibling.getBlock();
            if (sibling != meeting && block != null && !sibling.isPinned() && block.getSlots().overlaps(second.getSlots())) {
                Block follow = sameDaysWithin(sibling, block, first.getSlots(), second.getSlots());
                if (follow != null) {
                    moves.add(new MeetingBlockMove(sibling, follow, Purpose.SHIFT));
                }
            }
        }
        return CompositeMove.buildMove(moves);
    }

    /** A block the meeting may take on the days of {@code block} that overlaps {@code within} and not {@code avoiding}. */
    private static Block sameDaysWithin(TeamMeeting meeting, Block block, SlotSet within, SlotSet avoiding) {
        for (Block candidate : meeting.getTeam().getAllowedBlocks()) {
            if (candidate.getDays().equals(block.getDays()) && candidate.getSlots().overlaps(within)
                    && !candidate.getSlots().overlaps(avoiding)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A block the lessons may all take, away from {@code avoiding}, in which none of their teachers has anything
     * else; null if there is none. The lessons then leave the new block for their teachers' free time instead of
     * for the period the meeting leaves.
     */
    private Block blockAllFree(List<Lesson> lessons, SlotSet avoiding, Random random) {
        SlotSet.Builder takenBuilder = new SlotSet.Builder();
        for (Lesson lesson : lessons) {
            takenBuilder.addAll(busyIndex().slotsTakenByStaffExcept(lesson));
        }
        SlotSet taken = takenBuilder.build();
        List<Block> candidates = new ArrayList<>();
        for (Block block : lessons.get(0).getBlockRange()) {
            if (!block.getSlots().overlaps(avoiding) && !block.getSlots().overlaps(taken)
                    && lessons.stream().allMatch(lesson -> lesson.getBlockRange().contains(block))) {
                candidates.add(block);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** A block the lesson may take that overlaps {@code holding} and not {@code avoiding}, or null. */
    private static Block blockHolding(Lesson lesson, SlotSet holding, SlotSet avoiding) {
        for (Block block : lesson.getBlockRange()) {
            if (block.getSlots().overlaps(holding) && !block.getSlots().overlaps(avoiding)) {
                return block;
            }
        }
        return null;
    }
}
