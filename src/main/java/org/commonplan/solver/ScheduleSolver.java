package org.commonplan.solver;

import java.time.Duration;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.event.EventProducerId;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/** Builds solvers from the project's configuration ({@link SolverPlan}) and solves one school at a time. */
public final class ScheduleSolver {

    private ScheduleSolver() {
    }

    /**
     * The production solver configuration with a run's own limits.
     *
     * @param timeLimit solver time, or null for none (then {@code termination} must stop it)
     * @param seed      random seed for a reproducible run, or null for the configured default
     */
    public static SolverConfig config(Duration timeLimit, Long seed, EnvironmentMode environmentMode,
            TerminationConfig extraTermination) {
        return SolverPlan.production(new SolverPlan.RunSettings(timeLimit, seed, environmentMode, extraTermination))
                .solverConfig();
    }

    public static School solve(School school, SolverConfig config, Consumer<School> onNewBest) {
        Solver<School> solver = SolverFactory.<School>create(SolverPlan.fittedTo(config, school)).buildSolver();
        if (onNewBest != null) {
            solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution()));
        }
        return scoredAsPlaced(solver.solve(school));
    }

    public static School solve(School school, Duration timeLimit, Long seed) {
        return solve(school, config(timeLimit, seed, null, null), null);
    }

    /** Built once: creating a solver factory compiles the constraint network, which takes a while. */
    private static final class Scoring {
        static final SolutionManager<School, HardMediumSoftLongScore> MANAGER =
                SolutionManager.create(SolverFactory.create(config(null, null, null, null)));
    }

    /** Score analysis with every match and its justification, for reports and explanations. */
    public static ScoreAnalysis<HardMediumSoftLongScore> analyze(School school) {
        return Scoring.MANAGER.analyze(school);
    }

    /** Each scoring rule with its explanations, hard first. */
    public static java.util.List<RuleScore> explain(School school) {
        return RuleScore.of(analyze(school));
    }

    /**
     * The solver's best schedule with the score of what it places. When the time runs out in the middle of a
     * construction step, Timefold (1.32) hands over the schedule with the score of the last placement that step
     * tried and took back: one lesson or meeting more placed than the schedule has. Only a schedule with a lesson or
     * meeting unplaced can be cut off so, and only such a one is scored again.
     *
     * @param best a best schedule of the solver's, final or not, or null
     * @return {@code best}, its score now its own
     */
    public static School scoredAsPlaced(School best) {
        if (best != null && best.getScore() != null && hasUnplaced(best)) {
            Scoring.MANAGER.update(best, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        }
        return best;
    }

    /**
     * A new best schedule of a running solve, scored again as {@link #scoredAsPlaced(School)} when a construction
     * phase handed it over; the local searches' are scored as they stand (scoring again costs a full calculation).
     */
    public static School scoredAsPlaced(School best, EventProducerId producer) {
        boolean construction = producer != null && producer.simpleProducerName()
                .equals(EventProducerId.constructionHeuristic(0).simpleProducerName());
        return construction ? scoredAsPlaced(best) : best;
    }

    private static boolean hasUnplaced(School school) {
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getBlock() == null || lesson.getRoom() == null) {
                return true;
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            if (meeting.getBlock() == null) {
                return true;
            }
        }
        return false;
    }

    /** Recomputes the score of a schedule as it stands. */
    public static HardMediumSoftLongScore score(School school) {
        return Scoring.MANAGER.update(school);
    }
}
