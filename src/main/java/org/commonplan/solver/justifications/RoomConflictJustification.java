package org.commonplan.solver.justifications;

import java.util.List;

public record RoomConflictJustification(String room, List<String> timeslots) implements Justification {

    @Override
    public String description() {
        return "Room " + room + " holds two lessons at once in " + String.join(", ", timeslots);
    }
}
