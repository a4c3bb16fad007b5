package org.commonplan.solver.justifications;

import java.util.List;

/** The lessons of SAME_ROOM-linked sections spread over more than one room. */
public record SameRoomJustification(List<String> sections, int rooms) implements Justification {

    @Override
    public String description() {
        return "Sections " + String.join(", ", sections) + " should all meet in one room, not " + rooms;
    }
}
