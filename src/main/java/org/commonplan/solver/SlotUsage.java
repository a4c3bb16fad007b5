package org.commonplan.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.commonplan.domain.Block;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Timeslot;

/**
 * How many times each timeslot is used by one resource (a student group), and where it is double-booked.
 *
 * @param clashes    timeslots used more than once
 * @param clashCount uses beyond the first, summed over all timeslots
 * @param timeslotsByIndex the timeslots seen so far, by index, to name clashes
 */
record SlotUsage(SlotSet clashes, int clashCount, Timeslot[] timeslotsByIndex, int[] usesByIndex) {

    /** Ids of the clashing timeslots, for explanations. */
    List<String> clashTimeslots() {
        List<String> ids = new ArrayList<>(clashes.size());
        clashes.forEach(slot -> ids.add(timeslotsByIndex[slot].id()));
        return ids;
    }

    /**
     * Each clashing timeslot with how many lessons share it, e.g. {@code FRI-P6 (7 lessons)}: the words follow the
     * penalty, which counts every lesson beyond the first.
     */
    List<String> clashTimeslotsWithUses(String noun) {
        List<String> described = new ArrayList<>(clashes.size());
        clashes.forEach(slot -> described.add(timeslotsByIndex[slot].id() + " (" + usesByIndex[slot] + " " + noun
                + ")"));
        return described;
    }

    /** Equal by the clashes and their count: the tally's arrays are its own working copies. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SlotUsage other && clashCount == other.clashCount && clashes.equals(other.clashes);
    }

    @Override
    public int hashCode() {
        return clashes.hashCode() * 31 + clashCount;
    }

    @Override
    public String toString() {
        return "SlotUsage" + clashTimeslots();
    }

    /** Counts, per timeslot, the blocks that a stream's items occupy. */
    static <A> UniConstraintCollector<A, ?, SlotUsage> counting(Function<A, Block> blockOf) {
        return new Counter<>(blockOf);
    }

    private static final class Counter<A> implements UniConstraintCollector<A, Counter.Tally, SlotUsage> {

        private final Function<A, Block> blockOf;

        Counter(Function<A, Block> blockOf) {
            this.blockOf = blockOf;
        }

        static final class Tally {
            private int[] counts = new int[64];
            private Timeslot[] timeslots = new Timeslot[64];
            /** Uses beyond the first, summed over all timeslots, kept as items come and go. */
            private int clashCount;
            /** The usage without clashes, made once per tally: most moves leave a resource without clashes. */
            private SlotUsage noClashes;
        }

        @Override
        public Supplier<Tally> supplier() {
            return Tally::new;
        }

        @Override
        public BiFunction<Tally, A, Runnable> accumulator() {
            return (tally, item) -> {
                List<Timeslot> used = blockOf.apply(item).getTimeslots();
                for (Timeslot timeslot : used) {
                    int slot = timeslot.index();
                    if (slot >= tally.counts.length) {
                        int length = Math.max(slot + 1, tally.counts.length * 2);
                        tally.counts = Arrays.copyOf(tally.counts, length);
                        tally.timeslots = Arrays.copyOf(tally.timeslots, length);
                        tally.noClashes = null;
                    }
                    if (tally.counts[slot]++ > 0) {
                        tally.clashCount++;
                    }
                    tally.timeslots[slot] = timeslot;
                }
                return () -> {
                    for (Timeslot timeslot : used) {
                        if (--tally.counts[timeslot.index()] > 0) {
                            tally.clashCount--;
                        }
                    }
                };
            };
        }

        @Override
        public Function<Tally, SlotUsage> finisher() {
            return tally -> {
                if (tally.clashCount == 0) {
                    if (tally.noClashes == null) {
                        tally.noClashes = new SlotUsage(SlotSet.EMPTY, 0, tally.timeslots, tally.counts);
                    }
                    return tally.noClashes;
                }
                SlotSet.Builder clashes = new SlotSet.Builder();
                for (int slot = 0; slot < tally.counts.length; slot++) {
                    if (tally.counts[slot] > 1) {
                        clashes.add(slot);
                    }
                }
                return new SlotUsage(clashes.build(), tally.clashCount, tally.timeslots, tally.counts.clone());
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Counter<?> other && blockOf.equals(other.blockOf);
        }

        @Override
        public int hashCode() {
            return blockOf.hashCode();
        }
    }
}
