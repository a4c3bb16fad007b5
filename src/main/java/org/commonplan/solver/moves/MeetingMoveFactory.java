package org.commonplan.solver.moves;

import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * What the meeting moves share: a per-phase index of who is busy when, the meetings they may move, and a pick
 * that favours unscheduled meetings, where the medium score is lost. Random selection only.
 */
abstract class MeetingMoveFactory<M extends Move<School>> extends RandomMoveFactory<M> {

    protected BusyIndex busyIndex;
    private List<TeamMeeting> movable;

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        School school = scoreDirector.getWorkingSolution();
        busyIndex = new BusyIndex(school);
        movable = school.getMeetings().stream()
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

    /** Whether this pick looks for an unscheduled meeting first (drawn from the solver's random). */
    protected abstract boolean unscheduledFirst(Random random);

    private TeamMeeting pickMeeting(Random random) {
        if (unscheduledFirst(random)) {
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
}
