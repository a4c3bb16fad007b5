package org.commonplan.api;

import java.util.Locale;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** An optional early stop, before the time limit, once the schedule is good enough for the client. */
public enum StopWhen {
    /** Solve for the whole time limit. */
    TIME_LIMIT,
    /** Stop at the first schedule that keeps every hard rule. */
    FEASIBLE,
    /** Stop at the first schedule that keeps every hard rule and places every team meeting (medium score 0). */
    COMPLETE;

    /** Parses the {@code stopWhen} request value ({@code feasible}, {@code complete}); null means TIME_LIMIT. */
    public static StopWhen parse(String text) {
        if (text == null || text.isBlank()) {
            return TIME_LIMIT;
        }
        String value = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (StopWhen stopWhen : values()) {
            if (stopWhen.name().equals(value)) {
                return stopWhen;
            }
        }
        throw ApiException.badRequest("stopWhen \"" + text + "\" is not one of time_limit, feasible, complete.");
    }

    /** Adds this stop to a termination (Timefold stops at whichever of its limits comes first). */
    TerminationConfig applyTo(TerminationConfig termination) {
        return switch (this) {
            case TIME_LIMIT -> termination;
            case FEASIBLE -> termination.withBestScoreFeasible(true);
            // Any soft score: the limit is reached by every schedule with no hard or medium penalty.
            case COMPLETE -> termination.withBestScoreLimit("0hard/0medium/" + Long.MIN_VALUE + "soft");
        };
    }
}
