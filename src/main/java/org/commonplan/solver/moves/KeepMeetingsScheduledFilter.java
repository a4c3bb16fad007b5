package org.commonplan.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * Rejects change moves that take a meeting out of the schedule. In the repair phase every meeting keeps a block,
 * so an attendee who is busy then is a hard conflict that lesson moves can remove one attendee at a time, instead
 * of a meeting that is simply dropped for the medium penalty. It rejects those that put an unscheduled meeting in
 * too: the construction leaves out only meetings the meeting bound rules out, which the repair could not take out
 * again.
 */
public class KeepMeetingsScheduledFilter implements SelectionFilter<School, ChangeMove<School>> {

    @Override
    public boolean accept(ScoreDirector<School> scoreDirector, ChangeMove<School> move) {
        return move.getToPlanningValue() != null && move.getEntity() instanceof TeamMeeting meeting
                && meeting.getBlock() != null;
    }
}
