package org.commonplan.solver;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.SlotSet;

/**
 * The CLASS timeslots in which every attendee of a team is free, and their minutes.
 * Its collector takes (attendance, week) pairs and counts, per timeslot, the attendees who are free.
 */
record CommonFreeTime(SlotSet slots, int minutes) {

    private static final Collector COLLECTOR = new Collector();

    /** Collects (attendance, week) pairs of one team; the attendance itself is not read. */
    @SuppressWarnings("unchecked")
    static <A> BiConstraintCollector<A, TeacherWeek, ?, CommonFreeTime> collector() {
        return (BiConstraintCollector<A, TeacherWeek, ?, CommonFreeTime>) (BiConstraintCollector<?, TeacherWeek, ?, CommonFreeTime>) COLLECTOR;
    }

    private static final class Tally {
        private BellSchedule bellSchedule;
        private int[] freeCount;
        private int attendees;
        /** The last result and its timeslots as bit words: a move that leaves the common time alone reuses it. */
        private CommonFreeTime last;
        private long[] lastWords;
        /** Where each finish works out the common timeslots before comparing them with the last result's. */
        private long[] scratch;
    }

    private static final class Collector implements BiConstraintCollector<Object, TeacherWeek, Tally, CommonFreeTime> {

        @Override
        public Supplier<Tally> supplier() {
            return Tally::new;
        }

        @Override
        public TriFunction<Tally, Object, TeacherWeek, Runnable> accumulator() {
            return (tally, attendance, week) -> {
                if (tally.bellSchedule == null) {
                    tally.bellSchedule = week.teacher().getBellSchedule();
                    tally.freeCount = new int[tally.bellSchedule.getTimeslots().size()];
                }
                SlotSet free = week.free();
                tally.attendees++;
                free.addTo(tally.freeCount, 1);
                return () -> {
                    tally.attendees--;
                    free.addTo(tally.freeCount, -1);
                };
            };
        }

        @Override
        public Function<Tally, CommonFreeTime> finisher() {
            return tally -> {
                if (tally.scratch == null) {
                    tally.scratch = new long[(tally.freeCount.length + 63) >>> 6];
                }
                long[] words = tally.scratch;
                Arrays.fill(words, 0L);
                if (tally.attendees > 0) {
                    for (int slot = 0; slot < tally.freeCount.length; slot++) {
                        if (tally.freeCount[slot] == tally.attendees) {
                            words[slot >>> 6] |= 1L << slot;
                        }
                    }
                }
                if (tally.last == null || !Arrays.equals(words, tally.lastWords)) {
                    // The set owns its copy: neither it nor the last words change after this.
                    long[] changed = words.clone();
                    SlotSet slots = SlotSet.ofWords(changed);
                    tally.last = new CommonFreeTime(slots, tally.bellSchedule.minutesOf(slots));
                    tally.lastWords = changed;
                }
                return tally.last;
            };
        }
    }
}
