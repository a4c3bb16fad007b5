package org.commonplan.solver.justifications;

public record ConsecutiveTeachingJustification(String teacher, int maxInARow, int excessTimeslots)
        implements Justification {

    @Override
    public String description() {
        return teacher + " teaches more than " + maxInARow + " timeslots in a row (" + excessTimeslots
                + " timeslots over in the week)";
    }
}
