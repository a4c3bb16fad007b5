package org.commonplan.api;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;

import org.commonplan.domain.School;
import org.commonplan.solver.SolverPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's SolverManager, built from the same solver configuration as the command line ({@link SolverPlan})
 * rather than by Timefold's Spring auto-configuration, so that the CLI and the API solve alike: each job's solver
 * is built for its own time limit ({@link SolverFactoryPerTimeLimit}), and its termination is the job's.
 */
@Configuration(proxyBeanMethods = false)
class SolverConfiguration {

    @Bean(destroyMethod = "close")
    SolverManager<School, String> solverManager(ApiProperties properties) {
        // The configured maximum is only a fallback: every job sets its own limit.
        SolverFactoryPerTimeLimit solvers = new SolverFactoryPerTimeLimit(properties.maxTimeLimit(),
                SolverFactoryPerTimeLimit.KEPT_TIME_LIMITS);
        SolverManagerConfig managerConfig = new SolverManagerConfig()
                .withParallelSolverCount(String.valueOf(properties.maxConcurrentSolves()));
        return SolverManager.create(solvers, managerConfig);
    }
}
