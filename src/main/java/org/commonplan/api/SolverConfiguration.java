package org.commonplan.api;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;

import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's SolverManager, built from the same solver configuration as the command line
 * ({@link ScheduleSolver#config}) rather than by Timefold's Spring auto-configuration, so that the CLI and the API
 * solve alike. Each job overrides the termination with its own time limit.
 */
@Configuration(proxyBeanMethods = false)
class SolverConfiguration {

    @Bean(destroyMethod = "close")
    SolverManager<School, String> solverManager(ApiProperties properties) {
        // The configured maximum is only a fallback: every job sets its own limit.
        SolverConfig config = ScheduleSolver.config(properties.maxTimeLimit(), null, null, null);
        SolverManagerConfig managerConfig = new SolverManagerConfig()
                .withParallelSolverCount(String.valueOf(properties.maxConcurrentSolves()));
        return SolverManager.create(SolverFactory.create(config), managerConfig);
    }
}
