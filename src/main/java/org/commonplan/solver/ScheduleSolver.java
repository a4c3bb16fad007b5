package org.commonplan.solver;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.domain.School;
import org.commonplan.solver.moves.ConflictDirectedRepair;

/** Builds solvers from the project's configuration and solves one school at a time. */
public final class ScheduleSolver {

    public static final String CONFIG_RESOURCE = "org/commonplan/solver/solverConfig.xml";

    private ScheduleSolver() {
    }

    /**
     * The project's solver configuration with a run's own limits.
     *
     * @param timeLimit solver time, or null for none (then {@code termination} must stop it)
     * @param seed      random seed for a reproducible run, or null for the configured default
     */
    public static SolverConfig config(Duration timeLimit, Long seed, EnvironmentMode environmentMode,
            TerminationConfig extraTermination) {
        SolverConfig config = SolverConfig.createFromXmlResource(CONFIG_RESOURCE);
        TerminationConfig termination = extraTermination == null ? new TerminationConfig() : extraTermination;
        if (timeLimit != null) {
            termination.setSpentLimit(timeLimit);
            limitRepair(config, Duration.ofMillis(Math.max(1, timeLimit.toMillis() / 3)));
        }
        config.setTerminationConfig(termination);
        if (seed != null) {
            seed(config, seed);
        }
        if (environmentMode != null) {
            config.setEnvironmentMode(environmentMode);
        }
        return config;
    }

    /**
     * Each repair phase (a local search that ends once the schedule is complete) gets at most {@code share} of the
     * run, so that a school whose every meeting cannot be placed still leaves the last phase time to drop meetings
     * and end feasible. The first repair keeps its own shorter limit. The conflict-directed search between the two
     * gets the same share: on a school whose meetings cannot all be placed it would otherwise search until its
     * patience runs out.
     */
    private static void limitRepair(SolverConfig config, Duration share) {
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (isRepair(phase)) {
                // Timefold adds up every time limit of one termination, so the first repair's own 2 s folds in here.
                TerminationConfig termination = phase.getTerminationConfig();
                Long ownSeconds = termination.getSecondsSpentLimit();
                Duration limit = ownSeconds == null || share.getSeconds() < ownSeconds ? share
                        : Duration.ofSeconds(ownSeconds);
                termination.setSecondsSpentLimit(null);
                termination.setSpentLimit(limit);
            } else if (isConflictDirectedSearch(phase)) {
                phase.setTerminationConfig(new TerminationConfig().withSpentLimit(share));
            }
        }
    }

    /** Sets the run's random seed, for the solver and for the phases that keep a random of their own. */
    public static void seed(SolverConfig config, long seed) {
        config.setRandomSeed(seed);
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (isConflictDirectedSearch(phase)) {
                CustomPhaseConfig custom = (CustomPhaseConfig) phase;
                Map<String, String> properties = new HashMap<>();
                if (custom.getCustomProperties() != null) {
                    properties.putAll(custom.getCustomProperties());
                }
                properties.put("randomSeed", Long.toString(seed));
                custom.setCustomProperties(properties);
            }
        }
    }

    private static boolean isConflictDirectedSearch(PhaseConfig<?> phase) {
        return phase instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandClassList() != null
                && custom.getCustomPhaseCommandClassList().contains(ConflictDirectedRepair.class);
    }

    /**
     * Whether the phase is a repair: a local search whose own termination ends it once the schedule is complete
     * (a best-score limit) or feasible.
     */
    public static boolean isRepair(PhaseConfig<?> phase) {
        TerminationConfig termination = phase.getTerminationConfig();
        return phase instanceof LocalSearchPhaseConfig && termination != null
                && (termination.getBestScoreLimit() != null || Boolean.TRUE.equals(termination.getBestScoreFeasible()));
    }

    public static School solve(School school, SolverConfig config, Consumer<School> onNewBest) {
        Solver<School> solver = SolverFactory.<School>create(config).buildSolver();
        if (onNewBest != null) {
            solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution()));
        }
        return solver.solve(school);
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

    /** Recomputes the score of a schedule as it stands. */
    public static HardMediumSoftLongScore score(School school) {
        return Scoring.MANAGER.update(school);
    }
}
