package org.commonplan.solver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.commonplan.solver.SolverPlan.Phase;

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

    /** small-middle copied into {@code folder} with its rooms in a NORTH and a SOUTH building, every third in none. */
    public static School smallMiddleInBuildings(Path folder) throws IOException, BundleException {
        try (var files = Files.newDirectoryStream(Path.of("datasets", "small-middle"))) {
            for (Path file : files) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        List<String> rooms = Files.readAllLines(folder.resolve("rooms.csv"));
        List<String> withBuildings = new ArrayList<>(List.of(rooms.get(0) + ",building"));
        for (int line = 1; line < rooms.size(); line++) {
            withBuildings.add(rooms.get(line) + "," + List.of("NORTH", "SOUTH", "").get(line % 3));
        }
        Files.write(folder.resolve("rooms.csv"), withBuildings);
        return BundleReader.read(folder);
    }

    public static SolverConfig config(long stepLimit, EnvironmentMode environmentMode) {
        return withStepLimits(plan(environmentMode, new TerminationConfig().withBestScoreLimit(COMPLETE)), stepLimit)
                .solverConfig();
    }

    /** Step limits as {@link #config(long, EnvironmentMode)}, ending the solve at {@code bestScoreLimit} instead. */
    public static SolverConfig config(long stepLimit, String bestScoreLimit) {
        return withStepLimits(plan(EnvironmentMode.NO_ASSERT,
                new TerminationConfig().withBestScoreLimit(bestScoreLimit)), stepLimit).solverConfig();
    }

    /** The production plan with seed 42 and no time limit. */
    private static SolverPlan plan(EnvironmentMode environmentMode, TerminationConfig termination) {
        return SolverPlan.production(new SolverPlan.RunSettings(null, 42L, environmentMode, termination));
    }

    /**
     * Step limits, which unlike time limits end at the same place on a slow machine and a fast one: each repair
     * ends when feasible or after {@code steps} steps, the improving phase after {@code steps} steps.
     */
    private static SolverPlan withStepLimits(SolverPlan plan, long steps) {
        for (Phase repair : List.of(Phase.FIRST_REPAIR, Phase.REPAIR)) {
            plan.withTermination(repair, new TerminationConfig().withBestScoreFeasible(true)
                    .withStepCountLimit((int) steps));
        }
        return plan.withTermination(Phase.IMPROVE, new TerminationConfig().withStepCountLimit((int) steps));
    }

    /**
     * A fixed number of local-search steps, whatever the score: for comparing two runs. A tabu step weighs up to
     * 200 moves, so a few dozen steps are a real search.
     */
    public static SolverConfig fixedSteps(long steps) {
        return withStepLimits(plan(EnvironmentMode.NO_ASSERT, new TerminationConfig()), steps).solverConfig();
    }

    /**
     * Every phase runs, each local search for {@code steps} steps whatever the score (no stop at a complete
     * schedule), so that an assertion mode checks the conflict-directed search, the repair, the drop and the last
     * phase too, not only the first repair.
     */
    public static SolverConfig everyPhase(long steps, EnvironmentMode environmentMode) {
        SolverPlan plan = plan(environmentMode, new TerminationConfig());
        for (Phase localSearch : List.of(Phase.FIRST_REPAIR, Phase.REPAIR, Phase.IMPROVE)) {
            plan.withTermination(localSearch, new TerminationConfig().withStepCountLimit((int) steps));
        }
        return plan.solverConfig();
    }

    public static School solve(School school, long stepLimit) {
        return ScheduleSolver.solve(school, config(stepLimit, EnvironmentMode.NO_ASSERT), null);
    }
}
