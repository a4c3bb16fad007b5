package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A room with more than one lesson in some timeslots.
 *
 * @param timeslots   each such timeslot with its number of lessons, e.g. {@code FRI-P6 (7 lessons)}
 * @param beyondFirst lessons beyond the first, summed over those timeslots: the penalty's count
 */
public record RoomConflictJustification(String room, List<String> timeslots, int beyondFirst)
        implements Justification {

    @Override
    public String description() {
        return "Room " + room + " holds more than one lesson at once in " + String.join(", ", timeslots) + ": "
                + beyondFirst + (beyondFirst == 1 ? " lesson" : " lessons") + " too many";
    }
}
