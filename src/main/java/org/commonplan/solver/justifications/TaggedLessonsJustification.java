package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A teacher with more timeslots of lessons of one tag than their limit, a day or in a row.
 *
 * @param daysOver      each day over the daily limit with its timeslots of such lessons, e.g. {@code MON 4}
 * @param maxPerDay     the daily limit, or -1 for none
 * @param beyondInARow  timeslots of such lessons that come after {@code maxInARow} in a row
 * @param maxInARow     the limit in a row, or -1 for none
 */
public record TaggedLessonsJustification(String teacher, String tag, List<String> daysOver, int maxPerDay,
        int beyondInARow, int maxInARow) implements Justification {

    @Override
    public String description() {
        StringBuilder days = new StringBuilder();
        for (String day : daysOver) {
            String[] words = day.split(" ");
            days.append(days.isEmpty() ? "teaches " + tag + " lessons " + words[1] + " timeslots on " + words[0]
                    : ", " + words[1] + " on " + words[0]);
        }
        if (!days.isEmpty()) {
            days.append(" (at most ").append(maxPerDay).append(" a day)");
        }
        String inARow = beyondInARow == 0 ? "" : "has " + beyondInARow + " timeslots of " + tag
                + " lessons beyond " + maxInARow + " in a row";
        return teacher + " " + days + (days.isEmpty() || inARow.isEmpty() ? "" : " and ") + inARow;
    }
}
