package org.commonplan.domain;

import java.util.List;

/**
 * A named set of CLASS timeslots in which a lesson or a team meeting meets.
 * Two blocks overlap when they share a timeslot.
 */
public final class Block {

    private final String id;
    private final String family;
    private final List<Timeslot> timeslots;
    private final SlotSet slots;
    private final int[] slotIndexes;
    private final SlotSet days;
    private final int minutes;

    public Block(String id, String family, List<Timeslot> timeslots) {
        this.id = id;
        this.family = family;
        this.timeslots = List.copyOf(timeslots);
        SlotSet.Builder slotBuilder = new SlotSet.Builder();
        SlotSet.Builder dayBuilder = new SlotSet.Builder();
        int total = 0;
        for (Timeslot timeslot : timeslots) {
            slotBuilder.add(timeslot.index());
            dayBuilder.add(timeslot.dayIndex());
            total += timeslot.minutes();
        }
        this.slots = slotBuilder.build();
        this.slotIndexes = slots.toArray();
        this.days = dayBuilder.build();
        this.minutes = total;
    }

    public String getId() {
        return id;
    }

    public String getFamily() {
        return family;
    }

    public List<Timeslot> getTimeslots() {
        return timeslots;
    }

    /** The timeslot indexes this block holds. */
    public SlotSet getSlots() {
        return slots;
    }

    /**
     * The same timeslot indexes as {@link #getSlots()}, ascending, as an array shared by every caller: the score
     * tallies read it on every move, so it is not copied. Callers must not change it.
     */
    public int[] getSlotIndexes() {
        return slotIndexes;
    }

    /** The day indexes this block meets on. */
    public SlotSet getDays() {
        return days;
    }

    /** Minutes per week. */
    public int getMinutes() {
        return minutes;
    }

    public boolean overlaps(Block other) {
        return other != null && slots.overlaps(other.slots);
    }

    @Override
    public String toString() {
        return id;
    }
}
