package org.commonplan.solver.justifications;

import java.util.List;

/** A teacher who teaches within part of the day on more days than their interval_max_days allows. */
public record TeacherIntervalDaysJustification(String teacher, String from, String to, List<String> days,
        int maxDays) implements Justification {

    @Override
    public String description() {
        return teacher + " teaches from " + from + " to " + to + " on " + days.size()
                + (days.size() == 1 ? " day" : " days") + " (" + String.join(", ", days) + "), at most " + maxDays
                + " wanted";
    }
}
