package org.commonplan.solver.moves;

import java.time.Duration;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.IntervalDays;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * A teacher's hard limits that {@link ActivityAssignment#conflicts} keeps beside clashes, in a day's CLASS periods
 * as bits (period 0 the day's first): timeslots of lessons a day (teaching-load), lessons in a row
 * (teacher-lessons-in-a-row) and the days a week they teach within part of the day (teacher-interval-days).
 *
 * @param maxLessons CLASS periods of lessons a day at most, -1 for no limit
 * @param maxInARow  CLASS periods of lessons in a row at most, -1 for no limit
 * @param runStarts  per day, the periods that start a new run: the day's first, and one after a break or a long gap
 * @param intervals  the teacher's interval_max_days
 */
record TeacherDayLimits(int maxLessons, int maxInARow, long[] runStarts, Interval[] intervals) {

    /**
     * Part of the day on which the teacher may teach on at most {@code maxDays} days.
     *
     * @param periods per day, the CLASS periods within the part
     */
    record Interval(long[] periods, int maxDays) {

        boolean touches(int day, long taken) {
            return (periods[day] & taken) != 0;
        }
    }

    /** The teacher's limits, or null when none of these applies. */
    static TeacherDayLimits of(Teacher teacher, BellSchedule bellSchedule) {
        int maxLessons = teacher.getTeachingLimitPerDay() > 0 ? teacher.getTeachingLimitPerDay() : -1;
        int maxInARow = teacher.getLimits().limitsLessonsInARow() ? teacher.getLimits().maxLessonsInARow() : -1;
        List<List<Timeslot>> days = bellSchedule.getTimeslotsByDay();
        Interval[] intervals = teacher.getIntervalDays().stream()
                .map(limit -> new Interval(periods(limit, days), limit.maxDays())).toArray(Interval[]::new);
        if (maxLessons < 0 && maxInARow <= 0 && intervals.length == 0) {
            return null;
        }
        return new TeacherDayLimits(maxLessons, maxInARow, runStarts(days), intervals);
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

    /** Per day, the CLASS periods that start a run as the rule counts runs: after a break or a long gap. */
    private static long[] runStarts(List<List<Timeslot>> days) {
        long[] starts = new long[days.size()];
        for (int day = 0; day < days.size(); day++) {
            int period = 0;
            Timeslot previous = null;
            for (Timeslot timeslot : days.get(day)) {
                if (timeslot.isClass() && period < Long.SIZE) {
                    boolean startsRun = previous == null || !previous.isClass() || Duration.between(previous.end(),
                            timeslot.start()).toMinutes() > BellSchedule.DOUBLE_MAX_PASSING_MINUTES;
                    starts[day] |= startsRun ? 1L << period : 0;
                }
                period += timeslot.isClass() ? 1 : 0;
                previous = timeslot;
            }
        }
        return starts;
    }

    /** The run of taken periods of the day that holds {@code added} (which must be taken): its periods as bits. */
    long runThrough(int day, long taken, long added) {
        long run = added;
        long starts = runStarts[day];
        while (true) {
            // The period before joins unless the run starts here; the one after unless it starts a run itself.
            long grown = run | ((run & ~starts) >>> 1 & taken) | ((run << 1) & taken & ~starts);
            if (grown == run) {
                return run;
            }
            run = grown;
        }
    }
}
