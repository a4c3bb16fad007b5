package org.commonplan.domain;

import java.time.LocalTime;

/**
 * One (day, period) of the bell schedule.
 *
 * @param index       position in the whole week, the bit used in {@link SlotSet}s
 * @param dayIndex    position of the day in the week (order of first appearance)
 * @param indexInDay  position of the period in its day, ordered by start time
 */
public record Timeslot(int index, String day, int dayIndex, String period, int indexInDay,
        LocalTime start, LocalTime end, TimeslotKind kind) {

    public String id() {
        return day + "-" + period;
    }

    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }

    public boolean isClass() {
        return kind == TimeslotKind.CLASS;
    }

    @Override
    public String toString() {
        return id();
    }
}
