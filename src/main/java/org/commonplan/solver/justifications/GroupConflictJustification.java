package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A student group with more than one lesson in some timeslots.
 *
 * @param timeslots   each such timeslot with its number of lessons, e.g. {@code MON-P1 (2 lessons)}
 * @param beyondFirst lessons beyond the first, summed over those timeslots: the penalty's count
 */
public record GroupConflictJustification(String group, List<String> timeslots, int beyondFirst)
        implements Justification {

    @Override
    public String description() {
        return "Student group " + group + " has more than one lesson at once in " + String.join(", ", timeslots)
                + ": " + beyondFirst + (beyondFirst == 1 ? " lesson" : " lessons") + " too many";
    }
}
