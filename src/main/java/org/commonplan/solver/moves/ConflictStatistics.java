package org.commonplan.solver.moves;

/**
 * Conflict-based statistics: how often giving an activity a block pushed another activity out of its block. An
 * activity that keeps pushing the same one out of the same place finds it heavier each time, which steers the
 * search out of cycles.
 *
 * <p>Each count is kept under one {@code long} that packs the four numbers (activity, block, other activity,
 * other block), each as wide as the school needs; a school whose activities and blocks do not fit in 64 bits
 * that way is refused rather than given keys that collide. The counts sit in an open-addressing table of plain
 * longs and ints: the search looks one up for every conflict of every place it weighs, and a map of boxed keys
 * was a third of its time.
 */
final class ConflictStatistics {

    private final int activityBits;
    private final int blockBits;
    /**
     * Per pushing activity, its counts in an open-addressing table of key and count pairs side by side (a count of
     * 0 marks an empty slot), or null before its first push: weighing one activity's places reads its own small
     * table only.
     */
    private final long[][] tables;
    private final int[] sizes;

    ConflictStatistics(int activities, int blocks) {
        activityBits = bitsFor(activities);
        blockBits = bitsFor(blocks);
        if (2 * (activityBits + blockBits) > Long.SIZE) {
            throw new IllegalArgumentException(String.format("The conflict-directed search counts pushes under "
                    + "64-bit keys of two activities and two blocks: %d activities and %d blocks need %d bits.",
                    activities, blocks, 2 * (activityBits + blockBits)));
        }
        tables = new long[activities][];
        sizes = new int[activities];
    }

    /** Bits that hold every index below {@code count}, at least one. */
    private static int bitsFor(int count) {
        return count <= 1 ? 1 : Integer.SIZE - Integer.numberOfLeadingZeros(count - 1);
    }

    /** Giving {@code activity} {@code block} pushed {@code other} out of {@code otherBlock} once more. */
    void countPush(int activity, int block, int other, int otherBlock) {
        if (tables[activity] == null) {
            tables[activity] = new long[2 * 16];
        }
        long key = key(activity, block, other, otherBlock);
        long[] table = tables[activity];
        int slot = slotOf(table, key);
        if (table[slot + 1] > 0) {
            table[slot + 1]++;
            return;
        }
        table[slot] = key;
        table[slot + 1] = 1;
        if (++sizes[activity] * 4 > table.length) {
            tables[activity] = grown(table);
        }
    }

    /** How often giving {@code activity} {@code block} has pushed {@code other} out of {@code otherBlock}. */
    int pushes(int activity, int block, int other, int otherBlock) {
        long[] table = tables[activity];
        return table == null ? 0 : (int) table[slotOf(table, key(activity, block, other, otherBlock)) + 1];
    }

    /** Where the key's pair is in the table, or the empty pair where it would go. */
    private static int slotOf(long[] table, long key) {
        int mask = table.length / 2 - 1;
        // MurmurHash3's finalizer: keys of one activity differ in a few middle bits, which must reach the low ones.
        long mixed = (key ^ key >>> 33) * 0xFF51AFD7ED558CCDL;
        mixed = (mixed ^ mixed >>> 33) * 0xC4CEB9FE1A85EC53L;
        int slot = (int) (mixed ^ mixed >>> 33) & mask;
        while (table[2 * slot + 1] > 0 && table[2 * slot] != key) {
            slot = slot + 1 & mask;
        }
        return 2 * slot;
    }

    /** The table at twice its size, half full at most. */
    private static long[] grown(long[] table) {
        long[] larger = new long[table.length * 2];
        for (int i = 0; i < table.length; i += 2) {
            if (table[i + 1] > 0) {
                int slot = slotOf(larger, table[i]);
                larger[slot] = table[i];
                larger[slot + 1] = table[i + 1];
            }
        }
        return larger;
    }

    long key(int activity, int block, int other, int otherBlock) {
        long key = activity;
        key = key << blockBits | block;
        key = key << activityBits | other;
        return key << blockBits | otherBlock;
    }
}
