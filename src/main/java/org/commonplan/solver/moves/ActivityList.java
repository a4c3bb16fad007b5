package org.commonplan.solver.moves;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * A list of activity indexes held as plain ints and filled anew by each call that returns it: the search asks for
 * the conflicts of every block it weighs, and a new list of boxed indexes each time was a fifth of its time on
 * FET's KPS (benchmarks/RESULTS.md). Read it before the next such call.
 */
final class ActivityList extends AbstractList<Integer> {

    private int[] activities = new int[16];
    private int size;

    void add(int activity) {
        if (size == activities.length) {
            activities = Arrays.copyOf(activities, size * 2);
        }
        activities[size++] = activity;
    }

    @Override
    public boolean add(Integer activity) {
        add(activity.intValue());
        return true;
    }

    /** The activity at {@code index}, unboxed. */
    int activity(int index) {
        return activities[index];
    }

    @Override
    public Integer get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return activities[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        size = 0;
    }
}
