package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A teacher or student group who changes building more often than allowed.
 *
 * @param who            {@code Teacher ANA} or {@code Group 5A}
 * @param changesPerDay  each day with changes and their count, e.g. {@code TUE 3}
 * @param maxPerDay      the daily maximum, or -1 for none
 * @param maxPerWeek     the weekly maximum, or -1 for none
 */
public record BuildingChangesJustification(String who, List<String> changesPerDay, int maxPerDay, int maxPerWeek)
        implements Justification {

    @Override
    public String description() {
        StringBuilder days = new StringBuilder();
        for (String day : changesPerDay) {
            String[] words = day.split(" ");
            int changes = Integer.parseInt(words[1]);
            days.append(days.isEmpty() ? "" : ", ").append(changes == 1 ? "once" : changes + " times").append(" on ")
                    .append(words[0]);
        }
        String limits = (maxPerDay >= 0 ? "at most " + maxPerDay + " a day" : "")
                + (maxPerDay >= 0 && maxPerWeek >= 0 ? ", " : "")
                + (maxPerWeek >= 0 ? "at most " + maxPerWeek + " a week" : "");
        return who + " changes building " + days + " (" + limits + ")";
    }
}
