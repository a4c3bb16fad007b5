package org.commonplan.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;

/**
 * Solvers for the service's jobs, each built from the production configuration for the job's own time limit, so
 * that its repairs and conflict-directed search end by a third of that limit, as in {@code solve}. A solver built
 * for the service's longest limit instead gave the repair minutes: a short job on a school whose meetings cannot
 * all be placed ended inside the repair, infeasible, where {@code solve} with the same limit dropped the meeting and
 * ended feasible. Building a factory compiles the constraint network, so the factories of the most recently used
 * limits are kept, a bounded number of them.
 */
final class SolverFactoryPerTimeLimit implements SolverFactory<School> {

    /** Time limits whose factories are kept: clients use a few (a school's time_limit, their own default). */
    static final int KEPT_TIME_LIMITS = 8;

    private final Duration fallback;
    private final Map<Duration, SolverFactory<School>> factories;

    /**
     * @param fallback the time limit of a solver asked for without one
     * @param kept     how many time limits' factories to keep, the least recently used dropped first
     */
    SolverFactoryPerTimeLimit(Duration fallback, int kept) {
        this.fallback = fallback;
        this.factories = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Duration, SolverFactory<School>> eldest) {
                return size() > kept;
            }
        };
    }

    /** A solver for the time limit of the override's termination: the job's ({@link ScheduleJobService} sets it). */
    @Override
    public Solver<School> buildSolver(SolverConfigOverride<School> configOverride) {
        TerminationConfig termination = configOverride.getTerminationConfig();
        Duration timeLimit = termination == null || termination.getSpentLimit() == null ? fallback
                : termination.getSpentLimit();
        return factoryFor(timeLimit).buildSolver(configOverride);
    }

    synchronized SolverFactory<School> factoryFor(Duration timeLimit) {
        return factories.computeIfAbsent(timeLimit,
                limit -> SolverFactory.create(ScheduleSolver.config(limit, null, null, null)));
    }
}
