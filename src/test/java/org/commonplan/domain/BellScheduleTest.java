package org.commonplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BellScheduleTest {

    private static final int DAYS = 5;
    private static final int PERIODS = 14;
    /** Periods 0-6 in the morning, a 40-minute lunch, periods 7-13 in the afternoon. */
    private static final int AFTER_LUNCH = 7;

    /**
     * Five days of fourteen periods (70 timeslots, two bit words), indexed against the clock within each day, so
     * that a timeslot's index is not its place in the day.
     */
    private static BellSchedule week() {
        List<Timeslot> timeslots = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (int index = 0; index < PERIODS; index++) {
                int period = PERIODS - 1 - index;
                LocalTime start = LocalTime.of(7, 0).plusMinutes(50L * period + (period >= AFTER_LUNCH ? 40 : 0));
                timeslots.add(new Timeslot(timeslots.size(), "D" + day, day, "P" + period, period, start,
                        start.plusMinutes(45), TimeslotKind.CLASS));
            }
        }
        return new BellSchedule(timeslots, List.of());
    }

    private static long[] marked(BellSchedule week, int[][] dayPeriods) {
        long[] words = new long[2];
        for (int[] dayPeriod : dayPeriods) {
            int index = dayPeriod[0] * PERIODS + (PERIODS - 1 - dayPeriod[1]);
            int position = week.runPosition(index);
            words[position >>> 6] |= 1L << position;
        }
        return words;
    }

    private static int[][] periods(int day, int from, int to) {
        int[][] dayPeriods = new int[to - from + 1][];
        for (int period = from; period <= to; period++) {
            dayPeriods[period - from] = new int[] {day, period};
        }
        return dayPeriods;
    }

    @Test
    void countsTheTimeslotsBeyondTheRunOnEitherSideOfLunchAndAcrossTheWordBoundary() {
        BellSchedule week = week();
        // The last day sits at positions 56-69, across the first word's end. A full day is two runs of seven.
        assertThat(week.beyondRun(marked(week, periods(4, 0, 13)), 3)).isEqualTo(4 + 4);
        assertThat(week.beyondRun(marked(week, periods(4, 0, 13)), 7)).isZero();
        assertThat(week.beyondRun(marked(week, periods(4, 0, 13)), 6)).isEqualTo(1 + 1);
        assertThat(week.beyondRun(marked(week, periods(0, 2, 6)), 3)).isEqualTo(2);
    }

    @Test
    void aFreePeriodADayBreakAndLunchEachStartANewRun() {
        BellSchedule week = week();
        int[][] aroundMidnight = {{0, 12}, {0, 13}, {1, 0}, {1, 1}};
        int[][] aroundLunch = {{2, 5}, {2, 6}, {2, 7}, {2, 8}};
        int[][] aroundAFreePeriod = {{3, 0}, {3, 1}, {3, 2}, {3, 4}, {3, 5}, {3, 6}};
        assertThat(week.beyondRun(marked(week, aroundMidnight), 2)).isZero();
        assertThat(week.beyondRun(marked(week, aroundLunch), 2)).isZero();
        assertThat(week.beyondRun(marked(week, aroundAFreePeriod), 3)).isZero();
        assertThat(week.beyondRun(marked(week, aroundAFreePeriod), 2)).isEqualTo(1 + 1);
    }

    @Test
    void leavesTheMarkedWordsAsTheyWere() {
        BellSchedule week = week();
        long[] words = marked(week, periods(4, 0, 13));
        long[] before = words.clone();
        week.beyondRun(words, 3);
        assertThat(words).containsExactly(before);
    }
}
