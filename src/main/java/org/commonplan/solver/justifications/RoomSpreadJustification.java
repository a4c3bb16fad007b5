package org.commonplan.solver.justifications;

public record RoomSpreadJustification(String teacher, int rooms) implements Justification {

    @Override
    public String description() {
        return teacher + " teaches in " + rooms + " different rooms";
    }
}
