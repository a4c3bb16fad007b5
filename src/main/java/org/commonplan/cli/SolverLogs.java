package org.commonplan.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

/** Commands that draw their own progress line turn the solver's per-phase log lines off. */
final class SolverLogs {

    private SolverLogs() {
    }

    static void quiet() {
        level("ai.timefold.solver", Level.WARN);
        // Solvers running side by side each try to register the same metrics gauge, which is harmless.
        level("io.micrometer", Level.ERROR);
    }

    private static void level(String name, Level level) {
        Logger logger = LoggerFactory.getLogger(name);
        if (logger instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(level);
        }
    }
}
