package org.commonplan.solver.justifications;

public record RoomCapacityJustification(String lesson, String room, int capacity, int enrollment)
        implements Justification {

    @Override
    public String description() {
        return lesson + " has " + enrollment + " students but room " + room + " seats " + capacity;
    }
}
