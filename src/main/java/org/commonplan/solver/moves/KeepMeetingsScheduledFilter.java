package org.commonplan.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

import org.commonplan.domain.School;

/**
 * Rejects change moves that take a meeting out of the schedule. In the repair phase every meeting keeps a block,
 * so an attendee who is busy then is a hard conflict that lesson moves can remove one attendee at a time, instead
 * of a meeting that is simply dropped for the medium penalty.
 */
public class KeepMeetingsScheduledFilter implements SelectionFilter<School, ChangeMove<School>> {

    @Override
    public boolean accept(ScoreDirector<School> scoreDirector, ChangeMove<School> move) {
        return move.getToPlanningValue() != null;
    }
}
