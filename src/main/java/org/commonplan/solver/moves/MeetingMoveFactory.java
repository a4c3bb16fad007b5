package org.commonplan.solver.moves;

import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * What the meeting moves share: the solve's index of who is busy when, the meetings they may move, and a pick
 * that favours meetings in need: unscheduled ones, where the medium score is lost, and ones an attendee is busy
 * for, where the hard score is. Random selection only.
 */
abstract class MeetingMoveFactory<M extends Move<School>> extends RandomMoveFactory<M> {

    private List<TeamMeeting> movable;

    /** Whether a move may put an unscheduled meeting in a block; false in the repair (a custom property). */
    private boolean placeUnscheduled = true;

    /** This step's meetings in need ({@link #isInNeed}), found when first asked for. */
    private List<TeamMeeting> inNeed;

    /**
     * Set from the solver configuration's custom properties. The repair starts with every meeting scheduled but those
     * the meeting bound rules out, and must not put those back: it could never take them out again.
     */
    public void setPlaceUnscheduled(boolean placeUnscheduled) {
        this.placeUnscheduled = placeUnscheduled;
    }

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        super.phaseStarted(scoreDirector);
        movable = movableMeetings(scoreDirector.getWorkingSolution()).stream()
                .filter(meeting -> placeUnscheduled || meeting.getBlock() != null).toList();
    }

    /** The meetings a move may put in another block: not pinned, and their team has blocks to meet in. */
    static List<TeamMeeting> movableMeetings(School school) {
        return school.getMeetings().stream()
                .filter(meeting -> !meeting.isPinned() && !meeting.getTeam().getAllowedBlocks().isEmpty())
                .toList();
    }

    @Override
    protected int movableCount() {
        return movable == null ? 0 : movable.size();
    }

    @Override
    protected M randomMove(Random random) {
        return moveFor(pickMeeting(random), random);
    }

    /** A move for the meeting; one that is not doable when there is nothing useful to do. */
    protected abstract M moveFor(TeamMeeting meeting, Random random);

    /** A block of the meeting's range drawn at random; null when the meeting is unscheduled or drew its own block. */
    protected static Block drawAnotherBlock(TeamMeeting meeting, Random random) {
        List<Block> blocks = meeting.getTeam().getAllowedBlocks();
        Block to = blocks.get(random.nextInt(blocks.size()));
        return meeting.getBlock() == null || to == meeting.getBlock() ? null : to;
    }

    /** Whether this pick looks for a meeting in need first (drawn from the solver's random): half the time. */
    protected boolean inNeedFirst(Random random) {
        return random.nextBoolean();
    }

    @Override
    protected void stepStarted() {
        inNeed = null;
    }

    private TeamMeeting pickMeeting(Random random) {
        if (inNeedFirst(random)) {
            if (inNeed == null) {
                inNeed = movable.stream().filter(this::isInNeed).toList();
            }
            if (!inNeed.isEmpty()) {
                return inNeed.get(random.nextInt(inNeed.size()));
            }
        }
        return movable.get(random.nextInt(movable.size()));
    }

    /** Unscheduled (the medium score is lost), or scheduled while an attendee is not free (a hard conflict). */
    private boolean isInNeed(TeamMeeting meeting) {
        return meeting.getBlock() == null || hardBroken() && busyIndex().hasBusyAttendee(meeting);
    }
}
