package org.commonplan.domain;

public final class Room {

    public static final String GENERAL = "GENERAL";

    private final String id;
    private final int capacity;
    private final String kind;
    private final SlotSet unavailable;
    private final String building;

    public Room(String id, int capacity, String kind, SlotSet unavailable) {
        this(id, capacity, kind, unavailable, null);
    }

    public Room(String id, int capacity, String kind, SlotSet unavailable, String building) {
        this.id = id;
        this.capacity = capacity;
        this.kind = kind;
        this.unavailable = unavailable;
        this.building = building;
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

    /** The building the room is in, or null when the school names none (its lessons count for no building). */
    public String getBuilding() {
        return building;
    }

    @Override
    public String toString() {
        return id;
    }
}
