package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchPhaseScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.SolverPlan.Phase;
import org.commonplan.solver.SolverPlan.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReproducibleRunTest {

    private static void assertNoClock(TerminationConfig termination) {
        if (termination == null) {
            return;
        }
        assertThat(termination.getSpentLimit()).isNull();
        assertThat(termination.getMillisecondsSpentLimit()).isNull();
        assertThat(termination.getSecondsSpentLimit()).isNull();
        assertThat(termination.getUnimprovedSpentLimit()).isNull();
        assertThat(termination.getUnimprovedMillisecondsSpentLimit()).isNull();
        assertThat(termination.getUnimprovedSecondsSpentLimit()).isNull();
        assertThat(termination.getDiminishedReturnsConfig()).isNull();
        if (termination.getTerminationConfigList() != null) {
            termination.getTerminationConfigList().forEach(ReproducibleRunTest::assertNoClock);
        }
    }

    /** Every lesson's block and room and every meeting's block, in order. */
    private static List<String> placements(School school) {
        List<String> places = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            places.add(lesson + " " + lesson.getBlock() + " " + lesson.getRoom());
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            places.add(meeting + " " + meeting.getBlock());
        }
        return places;
    }

    @Test
    void aReproducibleRunReadsNoClockInAnyPhase() {
        SolverConfig config = SolverPlan.production(RunSettings.reproducible(Duration.ofSeconds(10), 5L, null))
                .solverConfig();

        assertThat(config.getTerminationConfig().getMoveCountLimit()).isNull();
        assertNoClock(config.getTerminationConfig());
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            assertNoClock(phase.getTerminationConfig());
        }
        CustomPhaseConfig search = (CustomPhaseConfig) SolverPlan.production(
                RunSettings.reproducible(Duration.ofSeconds(10), 5L, 30_000L)).phase(Phase.CONFLICT_DIRECTED_SEARCH);
        assertThat(search.getCustomProperties()).containsEntry("randomSeed", "5")
                .containsEntry("iterationLimit", "10000");
    }

    @Test
    void aReproducibleRunNeedsACount() {
        assertThatThrownBy(() -> RunSettings.reproducible(null, 1L, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time limit or a move count");
        assertThat(RunSettings.reproducible(null, null, 7L).seed()).isZero();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoRunsWithOneSeedGiveOneSchedule() {
        SolverConfig config = SolverPlan.production(RunSettings.reproducible(null, 11L, 15_000L)).solverConfig();

        School first = ScheduleSolver.solve(SolverTestSupport.read("small-middle"), config, null);
        School second = ScheduleSolver.solve(SolverTestSupport.read("small-middle"), config, null);

        assertThat(placements(second)).isEqualTo(placements(first));
        assertThat(second.getScore()).isEqualTo(first.getScore());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void constructionDoesNotSpendTheSearchPhasesMoves() {
        long budget = 1_500;
        SolverConfig config = SolverPlan.production(RunSettings.reproducible(null, 3L, budget)).solverConfig();
        DefaultSolver<School> solver = (DefaultSolver<School>) SolverFactory.<School>create(config).buildSolver();
        List<Long> constructionMoves = new ArrayList<>();
        List<Integer> searchSteps = new ArrayList<>();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<School> phase) {
                if (phase instanceof ConstructionHeuristicPhaseScope) {
                    constructionMoves.add(phase.getPhaseMoveEvaluationCount());
                } else if (phase instanceof LocalSearchPhaseScope) {
                    searchSteps.add(phase.getNextStepIndex());
                }
            }
        });

        solver.solve(SolverTestSupport.read("small-middle"));

        // Construction alone evaluates more than the budget here; the improving phase still takes its steps.
        assertThat(constructionMoves.stream().mapToLong(Long::longValue).sum()).isGreaterThan(budget);
        assertThat(searchSteps).hasSize(3);
        assertThat(searchSteps.get(2)).isEqualTo((int) (budget / 3 / 200));
    }

    /**
     * A school with fewer movable lessons and meetings than the local searches' entity tabu (20) still ends a
     * reproducible run: with every movable one tabu no move is accepted, and a step that accepts none never ended
     * on a step count (it hung on FET's Hopwood, 18 movable of 180).
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunWithFewMovableLessonsEnds() {
        SolverConfig config = SolverPlan.production(RunSettings.reproducible(null, 7L, 6_000L)).solverConfig();
        for (int movable : new int[] {3, 1}) {
            School school = ScheduleSolver.solve(SolverTestSupport.read("small-elementary"), config, null);
            List<Lesson> free = new ArrayList<>();
            for (Lesson lesson : school.getLessons()) {
                boolean keep = free.size() < movable && lesson.getBlock() != null;
                lesson.setPinned(!keep && lesson.getBlock() != null && lesson.getRoom() != null);
                if (keep) {
                    free.add(lesson);
                }
            }
            school.getMeetings().forEach(meeting -> meeting.setPinned(meeting.getBlock() != null));
            List<String> before = placements(school);

            School solved = ScheduleSolver.solve(school, config, null);

            List<String> after = placements(solved);
            for (int index = 0; index < before.size(); index++) {
                String place = before.get(index);
                if (free.stream().noneMatch(lesson -> place.startsWith(lesson + " "))) {
                    assertThat(after.get(index)).isEqualTo(place);
                }
            }
            assertThat(solved.getScore().hardScore()).isGreaterThanOrEqualTo(school.getScore().hardScore());
        }
    }
}
