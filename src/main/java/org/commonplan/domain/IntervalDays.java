package org.commonplan.domain;

/**
 * The most days a week a teacher may teach within part of the day (FET's TeacherIntervalMaxDaysPerWeek), e.g. at
 * most 2 days with a lesson in the last periods.
 *
 * @param from    the first period of the interval
 * @param to      the last period of the interval
 * @param slots   the timeslots of the week from {@code from} through {@code to} on each day that has both
 * @param maxDays the most days on which the teacher teaches in one of those timeslots
 */
public record IntervalDays(String from, String to, SlotSet slots, int maxDays) {

    @Override
    public String toString() {
        return from + ".." + to + ":" + maxDays;
    }
}
