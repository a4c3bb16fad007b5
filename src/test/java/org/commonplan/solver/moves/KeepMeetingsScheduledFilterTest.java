package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.impl.domain.solution.descriptor.SolutionDescriptor;
import ai.timefold.solver.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/** The repair neither takes a meeting out of the schedule nor puts back one the construction left out. */
class KeepMeetingsScheduledFilterTest {

    private static final GenuineVariableDescriptor<School> MEETING_BLOCK = SolutionDescriptor
            .buildSolutionDescriptor(School.class, Lesson.class, TeamMeeting.class)
            .findEntityDescriptorOrFail(TeamMeeting.class).getGenuineVariableDescriptor("block");

    private final TestSchool school = TestSchool.standardWeek();
    private final Team math = school.team("MATH-PLC", school.teacher("ana"), school.teacher("ben")).build();

    private boolean accepts(TeamMeeting meeting, String to) {
        return new KeepMeetingsScheduledFilter().accept(null,
                new ChangeMove<>(MEETING_BLOCK, meeting, to == null ? null : school.block(to)));
    }

    @Test
    void aScheduledMeetingMovesButNeverLeavesTheSchedule() {
        TeamMeeting scheduled = school.meeting(math, 1, "MON-P1");

        assertThat(accepts(scheduled, "TUE-P2")).isTrue();
        assertThat(accepts(scheduled, null)).isFalse();
    }

    @Test
    void anUnscheduledMeetingStaysOut() {
        TeamMeeting ruledOut = school.meeting(math, 1, null);

        assertThat(accepts(ruledOut, "TUE-P2")).isFalse();
    }

    @Test
    void theRepairsMeetingFactoriesNeverPickAnUnscheduledMeeting() {
        TeamMeeting ruledOut = school.meeting(math, 1, null);
        TeamMeeting scheduled = school.meeting(school.team("SCI-PLC", school.teacher("cal")).build(), 1, "MON-P1");
        School working = WorkingSolutions.school(school, List.of(), List.of(ruledOut, scheduled), List.of());
        for (MeetingMoveFactory<?> factory : List.of(new MeetingToFreeBlockMoveFactory(),
                new MakeRoomForMeetingMoveFactory())) {
            factory.setPlaceUnscheduled(false);
            var scoreDirector = WorkingSolutions.scoreDirectorFor(working);
            factory.phaseStarted(scoreDirector);
            var moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));
            for (int draw = 0; draw < 200; draw++) {
                assertThat(List.<Object>copyOf(moves.next().getPlanningEntities())).doesNotContain(ruledOut);
            }
        }
    }
}
