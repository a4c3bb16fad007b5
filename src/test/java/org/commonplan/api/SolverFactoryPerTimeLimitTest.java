package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.commonplan.domain.School;
import org.junit.jupiter.api.Test;

class SolverFactoryPerTimeLimitTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static SolverConfigOverride<School> job(Duration timeLimit) {
        return new SolverConfigOverride<School>().withTerminationConfig(new TerminationConfig()
                .withSpentLimit(timeLimit).withBestScoreFeasible(true));
    }

    @Test
    void eachTimeLimitHasItsOwnFactoryKeptForTheNextJob() {
        SolverFactoryPerTimeLimit solvers = new SolverFactoryPerTimeLimit(MINUTE, 2);

        SolverFactory<School> tenSeconds = solvers.factoryFor(TEN_SECONDS);

        assertThat(solvers.factoryFor(Duration.ofMillis(10_000))).isSameAs(tenSeconds);
        assertThat(solvers.factoryFor(MINUTE)).isNotSameAs(tenSeconds);
    }

    @Test
    void theLeastRecentlyUsedFactoryGoesFirstBeyondTheBound() {
        SolverFactoryPerTimeLimit solvers = new SolverFactoryPerTimeLimit(MINUTE, 2);
        SolverFactory<School> tenSeconds = solvers.factoryFor(TEN_SECONDS);
        SolverFactory<School> minute = solvers.factoryFor(MINUTE);
        solvers.factoryFor(TEN_SECONDS);

        solvers.factoryFor(Duration.ofSeconds(30)); // a third limit: the minute, used longest ago, goes

        assertThat(solvers.factoryFor(TEN_SECONDS)).isSameAs(tenSeconds);
        assertThat(solvers.factoryFor(MINUTE)).isNotSameAs(minute);
    }

    @Test
    void aJobsSolverIsBuiltForTheTimeLimitOfItsTermination() {
        SolverFactoryPerTimeLimit solvers = new SolverFactoryPerTimeLimit(MINUTE, 1);
        SolverFactory<School> tenSeconds = solvers.factoryFor(TEN_SECONDS);

        assertThat(solvers.buildSolver(job(TEN_SECONDS))).isNotNull();
        assertThat(solvers.factoryFor(TEN_SECONDS)).as("the job's limit had a factory already").isSameAs(tenSeconds);

        solvers.buildSolver(job(Duration.ofSeconds(30))); // one kept: the 30 s factory replaces the 10 s one
        assertThat(solvers.factoryFor(TEN_SECONDS)).isNotSameAs(tenSeconds);

        SolverFactory<School> fallback = solvers.factoryFor(MINUTE);
        solvers.buildSolver(); // no termination: the fallback's
        assertThat(solvers.factoryFor(MINUTE)).isSameAs(fallback);
    }
}
