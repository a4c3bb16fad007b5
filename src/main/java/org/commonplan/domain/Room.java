package org.commonplan.domain;

public final class Room {

    public static final String GENERAL = "GENERAL";

    private final String id;
    private final int capacity;
    private final String kind;
    private final SlotSet unavailable;

    public Room(String id, int capacity, String kind, SlotSet unavailable) {
        this.id = id;
        this.capacity = capacity;
        this.kind = kind;
        this.unavailable = unavailable;
    }

    public String getId() {
        return id;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getKind() {
        return kind;
    }

    public SlotSet getUnavailable() {
        return unavailable;
    }

    @Override
    public String toString() {
        return id;
    }
}
