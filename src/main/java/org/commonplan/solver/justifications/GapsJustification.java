package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A teacher or student group with more idle CLASS timeslots between lessons than allowed.
 *
 * @param who         {@code Teacher ANA} or {@code Group 5A}
 * @param gapsPerDay  each day with gaps and their count, e.g. {@code MON 2}
 * @param maxPerDay   the daily maximum, or -1 for none
 * @param maxPerWeek  the weekly maximum, or -1 for none
 */
public record GapsJustification(String who, List<String> gapsPerDay, int maxPerDay, int maxPerWeek)
        implements Justification {

    @Override
    public String description() {
        String limits = (maxPerDay >= 0 ? "at most " + maxPerDay + " a day" : "")
                + (maxPerDay >= 0 && maxPerWeek >= 0 ? ", " : "")
                + (maxPerWeek >= 0 ? "at most " + maxPerWeek + " a week" : "");
        return who + " has idle periods between lessons (" + String.join(", ", gapsPerDay) + "); " + limits;
    }
}
