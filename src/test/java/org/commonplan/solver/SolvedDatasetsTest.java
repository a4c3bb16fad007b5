package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Solves the bundled schools and checks the score against the collaboration report, which recounts the rules
 * from the schedule with code of its own.
 */
class SolvedDatasetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary"})
    void bundledSchoolSolvesToACompleteScheduleThatTheReportConfirms(String dataset) {
        School solved = SolverTestSupport.solve(SolverTestSupport.read(dataset), 200_000);

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
        assertThat(solved.getScore().mediumScore()).isZero();
        CollaborationReport report = CollaborationReport.of(solved);
        assertThat(report.hardViolations()).isEmpty();
        assertThat(report.summary().feasible()).isTrue();
        assertThat(report.summary().meetingsScheduled()).isEqualTo(report.summary().meetingsRequested());
        assertThat(report.teams()).allSatisfy(team -> assertThat(team.scheduledMinutes()).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary"})
    void reportRecountMatchesHardAndMediumScoreOnBrokenSchedules(String dataset) {
        School school = SolverTestSupport.solve(SolverTestSupport.read(dataset), 2_000);
        Random random = new Random(7);
        for (int round = 0; round < 25; round++) {
            breakSomething(school, random);
            HardMediumSoftLongScore score = ScheduleSolver.score(school);
            CollaborationReport report = CollaborationReport.of(school);

            int recountedHard = report.hardViolations().stream().mapToInt(RuleCheck.Violation::units).sum();
            assertThat(recountedHard).as("round %d: hard recount vs score %s: %s", round, score,
                    report.hardViolations()).isEqualTo(-score.hardScore());
            assertThat(report.summary().feasible()).isEqualTo(score.isFeasible());
            boolean unscheduled = report.summary().meetingsScheduled() < report.summary().meetingsRequested();
            long unscheduledPenalty = school.getMeetings().stream().filter(meeting -> meeting.getBlock() == null)
                    .mapToLong(meeting -> (long) meeting.getMinutes() * meeting.getTeam().getPriority()).sum();
            assertThat(unscheduled).isEqualTo(unscheduledPenalty > 0);
            assertThat(unscheduled).isEqualTo(ScheduleSolver.explain(school).stream()
                    .anyMatch(rule -> rule.rule().equals(Rule.UNSCHEDULED_MEETING.id())));
        }
    }

    /** Moves a random lesson (block, maybe room) or meeting within its range, or unschedules a meeting. */
    private static void breakSomething(School school, Random random) {
        if (random.nextInt(3) == 0) {
            TeamMeeting meeting = school.getMeetings().get(random.nextInt(school.getMeetings().size()));
            List<Block> blocks = meeting.getTeam().getAllowedBlocks();
            meeting.setBlock(random.nextInt(4) == 0 ? null : blocks.get(random.nextInt(blocks.size())));
        } else {
            Lesson lesson = school.getLessons().get(random.nextInt(school.getLessons().size()));
            List<Block> blocks = lesson.getSection().getAllowedBlocks();
            lesson.setBlock(blocks.get(random.nextInt(blocks.size())));
            if (random.nextInt(3) == 0) {
                List<org.commonplan.domain.Room> rooms = lesson.getSection().getSuitableRooms();
                lesson.setRoom(rooms.get(random.nextInt(rooms.size())));
            }
        }
    }
}
