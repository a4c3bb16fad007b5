package org.commonplan.solver.justifications;

public record CoachingShortfallJustification(String leader, String teacher, int wanted, int found)
        implements Justification {

    @Override
    public String description() {
        return leader + " can observe " + teacher + " in " + found + " timeslots a week of the " + wanted + " wanted";
    }
}
