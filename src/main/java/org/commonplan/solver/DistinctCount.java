package org.commonplan.solver;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Counts the distinct keys (by identity) among the items of a group, for groups that hold a handful of items: a
 * course's sections in one block, a teacher's rooms. A short array beats a hash map there, and the rules that use
 * it run on every move.
 */
final class DistinctCount<A> implements UniConstraintCollector<A, DistinctCount.Tally, Integer> {

    private final Function<A, ?> keyOf;

    private DistinctCount(Function<A, ?> keyOf) {
        this.keyOf = keyOf;
    }

    static <A> DistinctCount<A> of(Function<A, ?> keyOf) {
        return new DistinctCount<>(keyOf);
    }

    static final class Tally {
        private Object[] keys = new Object[4];
        private int[] counts = new int[4];
        private int size;

        private int indexOf(Object key) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        private void add(Object key) {
            int at = indexOf(key);
            if (at >= 0) {
                counts[at]++;
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            keys[size] = key;
            counts[size++] = 1;
        }

        private void remove(Object key) {
            int at = indexOf(key);
            if (--counts[at] == 0) {
                size--;
                keys[at] = keys[size];
                counts[at] = counts[size];
                keys[size] = null;
            }
        }
    }

    @Override
    public Supplier<Tally> supplier() {
        return Tally::new;
    }

    @Override
    public BiFunction<Tally, A, Runnable> accumulator() {
        return (tally, item) -> {
            Object key = keyOf.apply(item);
            tally.add(key);
            return () -> tally.remove(key);
        };
    }

    @Override
    public Function<Tally, Integer> finisher() {
        return tally -> tally.size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistinctCount<?> other && keyOf.equals(other.keyOf);
    }

    @Override
    public int hashCode() {
        return keyOf.hashCode();
    }
}
