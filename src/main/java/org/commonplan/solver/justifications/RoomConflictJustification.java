package org.commonplan.solver.justifications;

public record RoomConflictJustification(String room, String lesson, String otherLesson) implements Justification {

    @Override
    public String description() {
        return "Room " + room + " holds " + lesson + " and " + otherLesson + " at the same time";
    }
}
