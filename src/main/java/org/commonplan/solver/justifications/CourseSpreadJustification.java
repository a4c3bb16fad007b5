package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A student group (or a section without groups) that meets one course more often on a day than the course's
 * weekly meetings spread over the week allow.
 *
 * @param crowdedDays each day over the share with its periods, e.g. {@code TUE (P3, P4)}
 */
public record CourseSpreadJustification(String attendee, String course, int maxPerDay, List<String> crowdedDays)
        implements Justification {

    @Override
    public String description() {
        return attendee + " has " + course + " more than " + times(maxPerDay) + " a day on "
                + String.join(" and ", crowdedDays);
    }

    private static String times(int count) {
        return switch (count) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> count + " times";
        };
    }
}
