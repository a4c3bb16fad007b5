package org.commonplan.solver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;

/** Deterministic solves for tests: a fixed seed, stopping at a complete schedule or after a step budget. */
public final class SolverTestSupport {

    /** Every hard rule kept and every meeting placed, whatever the soft score. */
    public static final String COMPLETE = "0hard/0medium/" + Long.MIN_VALUE + "soft";

    private SolverTestSupport() {
    }

    public static School read(String dataset) {
        try {
            return BundleReader.read(Path.of("datasets", dataset));
        } catch (BundleException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SolverConfig config(long stepLimit, EnvironmentMode environmentMode) {
        SolverConfig config = ScheduleSolver.config(null, 42L, environmentMode,
                new TerminationConfig().withBestScoreLimit(COMPLETE));
        return withStepLimits(config, stepLimit);
    }

    /**
     * Step limits, which unlike time limits end at the same place on a slow machine and a fast one: the repair
     * phase ends when feasible or after {@code steps} steps, the last phase after {@code steps} steps.
     */
    private static SolverConfig withStepLimits(SolverConfig config, long steps) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        for (PhaseConfig<?> phase : phases) {
            if (ScheduleSolver.isRepair(phase)) {
                phase.setTerminationConfig(new TerminationConfig().withBestScoreFeasible(true)
                        .withStepCountLimit((int) steps));
            }
        }
        phases.get(phases.size() - 1).setTerminationConfig(new TerminationConfig().withStepCountLimit((int) steps));
        return config;
    }

    /**
     * A fixed number of local-search steps, whatever the score: for comparing two runs. A tabu step weighs up to
     * 200 moves, so a few dozen steps are a real search.
     */
    public static SolverConfig fixedSteps(long steps) {
        return withStepLimits(ScheduleSolver.config(null, 42L, EnvironmentMode.NO_ASSERT, new TerminationConfig()),
                steps);
    }

    /**
     * Every phase runs, each local search for {@code steps} steps whatever the score (no stop at a complete
     * schedule), so that an assertion mode checks the conflict-directed search, the repair, the drop and the last
     * phase too, not only the first repair.
     */
    public static SolverConfig everyPhase(long steps, EnvironmentMode environmentMode) {
        SolverConfig config = ScheduleSolver.config(null, 42L, environmentMode, new TerminationConfig());
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig) {
                phase.setTerminationConfig(new TerminationConfig().withStepCountLimit((int) steps));
            }
        }
        return config;
    }

    public static School solve(School school, long stepLimit) {
        return ScheduleSolver.solve(school, config(stepLimit, EnvironmentMode.NO_ASSERT), null);
    }
}
