package org.commonplan.domain;

import java.util.List;

/**
 * Sections whose lessons are scheduled relative to each other (FET's activity-pair constraints), lesson by lesson:
 * the first lesson of one with the first of the other, and so on.
 *
 * @param sections in the order the kind reads them (for CONSECUTIVE and ORDERED: earlier first)
 * @param minGap   for MIN_GAP, the timeslots at least between two of its lessons on one day; 0 for the other kinds
 */
public record SectionLink(Kind kind, List<Section> sections, int minGap) {

    public enum Kind {
        /** Lessons of the same number start in the same timeslot: parallel option blocks, split language groups. */
        SAME_START,
        /** No lesson of one overlaps a lesson of another. */
        NOT_OVERLAPPING,
        /** Lessons of the same number on the same day, the later one starting in the CLASS period after the first. */
        CONSECUTIVE,
        /** Lessons of the same number in this order over the week: the later one starts after the first ends. */
        ORDERED,
        /** Lessons of the same number start on the same day (FET's ActivitiesSameStartingDay). */
        SAME_DAY,
        /** Lessons of the same number start in the same period, on any days (FET's ActivitiesSameStartingHour). */
        SAME_HOUR,
        /** Lessons of the same number back to back on one day, in either order (FET's TwoActivitiesGrouped). */
        GROUPED,
        /** Every lesson of the linked sections in one room (FET's ActivitiesOccupyMaxDifferentRooms with 1 room). */
        SAME_ROOM,
        /**
         * Any two lessons of the linked sections (also two of one section) on one day have at least minGap
         * timeslots between them (FET's MinGapsBetweenActivities).
         */
        MIN_GAP
    }

    public SectionLink {
        sections = List.copyOf(sections);
    }

    public SectionLink(Kind kind, List<Section> sections) {
        this(kind, sections, 0);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
