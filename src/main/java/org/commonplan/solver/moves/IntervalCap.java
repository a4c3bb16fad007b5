package org.commonplan.solver.moves;

import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.IntervalDays;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * Part of the day within which a teacher may teach on at most {@code maxDays} days a week (teacher-interval-days),
 * which {@link ActivityAssignment#conflicts} keeps beside clashes.
 *
 * @param periods per day, the CLASS periods within the part as bits (period 0 the day's first)
 * @param maxDays the days a week the teacher may teach within it
 */
record IntervalCap(long[] periods, int maxDays) {

    /** The teacher's interval_max_days, none for most. */
    static IntervalCap[] of(Teacher teacher, BellSchedule bellSchedule) {
        List<List<Timeslot>> days = bellSchedule.getTimeslotsByDay();
        return teacher.getIntervalDays().stream()
                .map(limit -> new IntervalCap(periods(limit, days), limit.maxDays())).toArray(IntervalCap[]::new);
    }

    /** Whether any of the day's CLASS periods {@code taken} lies within the part. */
    boolean touches(int day, long taken) {
        return (periods[day] & taken) != 0;
    }

    /** Per day, the CLASS periods whose timeslots the limit counts. */
    private static long[] periods(IntervalDays limit, List<List<Timeslot>> days) {
        long[] periods = new long[days.size()];
        for (int day = 0; day < days.size(); day++) {
            int period = 0;
            for (Timeslot timeslot : days.get(day)) {
                if (!timeslot.isClass()) {
                    continue;
                }
                if (period < Long.SIZE && limit.slots().contains(timeslot.index())) {
                    periods[day] |= 1L << period;
                }
                period++;
            }
        }
        return periods;
    }
}
