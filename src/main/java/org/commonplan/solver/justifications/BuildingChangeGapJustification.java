package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A teacher or student group who changes building with too little time between the two lessons.
 *
 * @param who      {@code Teacher ANA} or {@code Group 5A}
 * @param changes  each change too soon, e.g. {@code TUE-P3 NORTH to SOUTH after 0}: the timeslot of the lesson in
 *                 the new building, the buildings, and the free timeslots between the two lessons
 * @param minGaps  the timeslots wanted between
 */
public record BuildingChangeGapJustification(String who, List<String> changes, int minGaps)
        implements Justification {

    @Override
    public String description() {
        return who + " changes building with less than " + minGaps + (minGaps == 1 ? " timeslot" : " timeslots")
                + " between lessons: " + String.join(", ", changes);
    }
}
