package org.commonplan.solver.moves;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * Between the repair phase and the last local search: takes out of the schedule each meeting that an attendee
 * still cannot attend, one at a time, so the last phase starts from lesson conflicts only and the medium penalty
 * of the dropped meetings, instead of unpicking the repair's leftovers one hard point at a time. After a repair
 * that ended feasible it changes nothing.
 */
public class DropBlockedMeetings implements PhaseCommand<School> {

    @Override
    public void changeWorkingSolution(ScoreDirector<School> scoreDirector, BooleanSupplier isPhaseTerminated) {
        School school = scoreDirector.getWorkingSolution();
        BusyIndex busyIndex = new BusyIndex(school);
        for (TeamMeeting meeting : school.getMeetings()) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            if (!meeting.isPinned() && busyIndex.hasBusyAttendee(meeting)) {
                VariableChanges.set(scoreDirector, meeting, null);
                scoreDirector.triggerVariableListeners();
            }
        }
    }
}
