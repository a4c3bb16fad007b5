package org.commonplan.solver.justifications;

/** A course a student group meets on consecutive days when its week leaves room for a day between. */
public record CourseDaysApartJustification(String attendee, String course, int consecutivePairs)
        implements Justification {

    @Override
    public String description() {
        return attendee + " has " + course + " on " + consecutivePairs + (consecutivePairs == 1 ? " pair" : " pairs")
                + " of consecutive days where a day between was possible";
    }
}
