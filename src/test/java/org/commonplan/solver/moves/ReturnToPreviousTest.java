package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverPlan;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReturnToPreviousTest {

    /** A solver that runs only this phase, from the schedule it is given. */
    private static SolverConfig onlyThisPhase() {
        SolverConfig config = SolverPlan.production(new SolverPlan.RunSettings(null, 1L, null,
                new TerminationConfig())).solverConfig();
        config.setPhaseConfigList(List.of(new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(ReturnToPrevious.class))));
        return config;
    }

    private static PreviousSchedule scheduleOf(School solved) {
        Map<String, Placement> lessons = new HashMap<>();
        for (Lesson lesson : solved.getLessons()) {
            lessons.put(PreviousSchedule.lessonKey(lesson.getSection().getId(), lesson.getNumber()),
                    new Placement(lesson.getBlock().getId(), lesson.getRoom() == null ? null
                            : lesson.getRoom().getId()));
        }
        Map<String, Placement> meetings = new HashMap<>();
        for (TeamMeeting meeting : solved.getMeetings()) {
            meetings.put(PreviousSchedule.meetingKey(meeting.getTeam().getId(), meeting.getNumber()),
                    new Placement(meeting.getBlock() == null ? null : meeting.getBlock().getId(), null));
        }
        return new PreviousSchedule(lessons, meetings);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoLessonsThatTradedRoomsForNothingTradeBack() {
        School solved = SolverTestSupport.solve(SolverTestSupport.read("small-middle"), 50);
        School school = SolverTestSupport.read("small-middle");
        scheduleOf(solved).applyTo(school, PreviousSchedule.Lock.NONE);
        // Two lessons of one block, each in the other's room: nothing made them move.
        Lesson first = null;
        Lesson second = null;
        for (Lesson one : school.getLessons()) {
            for (Lesson other : school.getLessons()) {
                if (one != other && !one.isPinned() && !other.isPinned() && one.getBlock() == other.getBlock()
                        && one.getRoom() != other.getRoom() && one.getRoomRange().contains(other.getRoom())
                        && other.getRoomRange().contains(one.getRoom()) && first == null) {
                    first = one;
                    second = other;
                }
            }
        }
        assertThat(first).as("two lessons of one block that may trade rooms").isNotNull();
        Room firstRoom = first.getRoom();
        Room secondRoom = second.getRoom();
        first.setRoom(secondRoom);
        second.setRoom(firstRoom);
        long hardBefore = ScheduleSolver.score(school).hardScore();

        School after = ScheduleSolver.solve(school, onlyThisPhase(), null);

        assertThat(after.getScore().hardScore()).isGreaterThanOrEqualTo(hardBefore);
        for (Lesson lesson : after.getLessons()) {
            assertThat(lesson.getPreviousAllowed().roomMoved(lesson.getRoom())).as(lesson.getId()).isFalse();
            assertThat(lesson.getPreviousAllowed().blockMoved(lesson.getBlock())).as(lesson.getId()).isFalse();
        }
    }

    /**
     * A meeting put where an attendee teaches, whose previous block is no longer allowed (so taking it back is no
     * way out): the repairs, keeping every meeting, leave that hard conflict; this phase takes the meeting out.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMeetingThatCanOnlyBreakAHardRuleIsTakenOut() {
        School solved = SolverTestSupport.solve(SolverTestSupport.read("small-middle"), 50);
        School school = SolverTestSupport.read("small-middle");
        scheduleOf(solved).applyTo(school, PreviousSchedule.Lock.NONE);
        TeamMeeting busy = null;
        for (TeamMeeting meeting : school.getMeetings()) {
            for (Lesson lesson : school.getLessons()) {
                for (Block block : meeting.getBlockRange()) {
                    if (busy == null && !meeting.isPinned() && meeting.getBlock() != null
                            && block.overlaps(lesson.getBlock()) && lesson.getSection().getStaff().stream()
                                    .anyMatch(meeting.getTeam().getAttendees()::contains)) {
                        busy = meeting;
                        meeting.setBlock(block);
                    }
                }
            }
        }
        assertThat(busy).as("a meeting that can go where an attendee teaches").isNotNull();
        busy.setPreviousAllowed(new Placement("", null));
        long hardBefore = ScheduleSolver.score(school).hardScore();
        assertThat(hardBefore).isNegative();

        School after = ScheduleSolver.solve(school, onlyThisPhase(), null);

        assertThat(after.getScore().hardScore()).isGreaterThan(hardBefore);
        String busyId = busy.getId();
        assertThat(after.getMeetings().stream().filter(meeting -> meeting.getBlock() == null)
                .map(TeamMeeting::getId)).contains(busyId);
    }
}
