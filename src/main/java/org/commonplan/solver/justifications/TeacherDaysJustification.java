package org.commonplan.solver.justifications;

/** A teacher who teaches on more days than their maximum days a week. */
public record TeacherDaysJustification(String teacher, int daysBeyond, int maxDays) implements Justification {

    @Override
    public String description() {
        return teacher + " teaches on " + (maxDays + daysBeyond) + " days, at most " + maxDays + " allowed";
    }
}
