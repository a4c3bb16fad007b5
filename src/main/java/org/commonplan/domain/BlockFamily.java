package org.commonplan.domain;

import java.util.List;

/** The built-in block families; any other family name comes from blocks.csv. */
public final class BlockFamily {

    public static final String DAILY = "DAILY";
    public static final String SINGLE = "SINGLE";
    public static final String DOUBLE = "DOUBLE";

    private BlockFamily() {
    }

    public static boolean isBuiltIn(String family) {
        return DAILY.equals(family) || SINGLE.equals(family) || DOUBLE.equals(family);
    }

    /** The blocks that avoid the unavailable timeslots, or all of them when none does (as one immutable list). */
    static List<Block> available(List<Block> blocks, SlotSet unavailable) {
        if (unavailable.isEmpty()) {
            return List.copyOf(blocks);
        }
        List<Block> available = blocks.stream().filter(block -> !block.getSlots().overlaps(unavailable)).toList();
        return available.isEmpty() ? List.copyOf(blocks) : available;
    }
}
