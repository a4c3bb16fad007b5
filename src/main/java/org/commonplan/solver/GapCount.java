package org.commonplan.solver;

/** Gaps beyond a daily and a weekly maximum, for teachers and student groups alike. */
final class GapCount {

    private GapCount() {
    }

    /**
     * Gaps beyond {@code maxPerDay} summed over the days, plus the week's gaps beyond {@code maxPerWeek}; a
     * negative maximum is no limit.
     */
    static int excess(int[] gapsPerDay, int maxPerDay, int maxPerWeek) {
        int excess = 0;
        int week = 0;
        for (int gaps : gapsPerDay) {
            week += gaps;
            if (maxPerDay >= 0) {
                excess += Math.max(0, gaps - maxPerDay);
            }
        }
        if (maxPerWeek >= 0) {
            excess += Math.max(0, week - maxPerWeek);
        }
        return excess;
    }
}
