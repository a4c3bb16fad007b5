package org.commonplan.solver.justifications;

public record RoomKindJustification(String lesson, String room, String roomKind, String neededKind)
        implements Justification {

    @Override
    public String description() {
        return lesson + " needs a " + neededKind + " room but is in " + room + " (" + roomKind + ")";
    }
}
