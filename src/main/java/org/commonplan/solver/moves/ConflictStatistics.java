package org.commonplan.solver.moves;

import java.util.HashMap;
import java.util.Map;

/**
 * Conflict-based statistics: how often giving an activity a block pushed another activity out of its block. An
 * activity that keeps pushing the same one out of the same place finds it heavier each time, which steers the
 * search out of cycles.
 *
 * <p>Each count is kept under one {@code long} that packs the four numbers (activity, block, other activity,
 * other block), each as wide as the school needs; a school whose activities and blocks do not fit in 64 bits
 * that way is refused rather than given keys that collide.
 */
final class ConflictStatistics {

    private final int activityBits;
    private final int blockBits;
    private final Map<Long, Integer> pushes = new HashMap<>();

    ConflictStatistics(int activities, int blocks) {
        activityBits = bitsFor(activities);
        blockBits = bitsFor(blocks);
        if (2 * (activityBits + blockBits) > Long.SIZE) {
            throw new IllegalArgumentException(String.format("The conflict-directed search counts pushes under "
                    + "64-bit keys of two activities and two blocks: %d activities and %d blocks need %d bits.",
                    activities, blocks, 2 * (activityBits + blockBits)));
        }
    }

    /** Bits that hold every index below {@code count}, at least one. */
    private static int bitsFor(int count) {
        return count <= 1 ? 1 : Integer.SIZE - Integer.numberOfLeadingZeros(count - 1);
    }

    /** Giving {@code activity} {@code block} pushed {@code other} out of {@code otherBlock} once more. */
    void countPush(int activity, int block, int other, int otherBlock) {
        pushes.merge(key(activity, block, other, otherBlock), 1, Integer::sum);
    }

    /** How often giving {@code activity} {@code block} has pushed {@code other} out of {@code otherBlock}. */
    int pushes(int activity, int block, int other, int otherBlock) {
        return pushes.getOrDefault(key(activity, block, other, otherBlock), 0);
    }

    long key(int activity, int block, int other, int otherBlock) {
        long key = activity;
        key = key << blockBits | block;
        key = key << activityBits | other;
        return key << blockBits | otherBlock;
    }
}
