package org.commonplan.cli;

import java.time.Duration;

import picocli.CommandLine.Option;

/** The options of every command that solves (solve, batch, compare): how long, and with which random seed. */
public final class SolveOptions {

    @Option(names = "--time-limit", paramLabel = "DURATION",
            description = "Solver time for each solve, e.g. 30s or 2m (default: the bundle's time_limit setting, "
                    + "else 30s).")
    Duration timeLimit;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed for every solve, for reproducible runs.")
    Long seed;

    /** The time limit given, else the bundle's own. */
    Duration timeLimitOr(Duration bundleTimeLimit) {
        return timeLimit != null ? timeLimit : bundleTimeLimit;
    }
}
