package org.commonplan.solver.justifications;

/** A teacher who teaches on fewer days than their minimum days a week. */
public record TeacherMinDaysJustification(String teacher, int days, int minDays) implements Justification {

    @Override
    public String description() {
        return teacher + " teaches on " + days + (days == 1 ? " day" : " days") + ", at least " + minDays
                + " wanted";
    }
}
