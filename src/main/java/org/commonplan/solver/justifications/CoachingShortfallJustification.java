package org.commonplan.solver.justifications;

/** A coaching pair with fewer planned observations than it wants: the leader observes one teacher at a time. */
public record CoachingShortfallJustification(String leader, String teacher, int wanted, int planned)
        implements Justification {

    @Override
    public String description() {
        return leader + " is planned to observe " + teacher + " in " + planned + " timeslots a week of the " + wanted
                + " wanted";
    }
}
