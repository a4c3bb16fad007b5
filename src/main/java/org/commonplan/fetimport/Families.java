package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.bundle.Limits;
import org.commonplan.domain.BlockFamily;

/**
 * The block families the sections need. A one-hour activity that may start anywhere uses {@code SINGLE}, a
 * two-hour one {@code DOUBLE} when that family has exactly FET's starts; any other length gets a family
 * {@code D<n>} of its own, and an activity that may start only at some times (FET's students not available,
 * preferred starting times, preferred time slots) a family {@code D<n>R<k>} holding just those starts. Custom
 * blocks are named {@code <family>:<DAY>-P<first>..P<last>} and written to blocks.csv.
 */
final class Families {

    /** One custom family: its length in periods and the slots its blocks start in. */
    record Family(String name, int duration, BitSet starts, boolean restricted) {
    }

    private final TimeGrid grid;
    private final boolean doubleBuiltIn;
    private final Map<Integer, String> unrestricted = new LinkedHashMap<>();
    private final Map<String, String> restrictedByKey = new LinkedHashMap<>();
    private final Map<String, Family> custom = new LinkedHashMap<>();
    private final Map<Integer, Integer> restrictedCount = new LinkedHashMap<>();
    private int rows;

    Families(TimeGrid grid) {
        this.grid = grid;
        this.doubleBuiltIn = grid.doubleFamilyMatches();
    }

    /** The family of {@code duration} periods starting wherever FET allows. */
    String unrestricted(int duration) {
        return unrestricted.computeIfAbsent(duration, n -> {
            if (n == 1) {
                return BlockFamily.SINGLE;
            }
            if (n == 2 && doubleBuiltIn) {
                return BlockFamily.DOUBLE;
            }
            String name = "D" + n;
            add(new Family(name, n, grid.validStarts(n), false));
            return name;
        });
    }

    /**
     * The family of {@code duration} periods starting only at {@code starts}, or null when its blocks would take
     * blocks.csv past its row limit (the caller asks for the most used restrictions first).
     */
    String restricted(int duration, BitSet starts) {
        String key = duration + ":" + starts;
        String known = restrictedByKey.get(key);
        if (known != null) {
            return known;
        }
        if (rows + (long) starts.cardinality() * duration > Limits.MAX_ROWS_PER_FILE) {
            return null;
        }
        int number = restrictedCount.merge(duration, 1, Integer::sum);
        String name = "D" + duration + "R" + number;
        add(new Family(name, duration, (BitSet) starts.clone(), true));
        restrictedByKey.put(key, name);
        return name;
    }

    private void add(Family family) {
        custom.put(family.name(), family);
        rows += family.starts().cardinality() * family.duration();
    }

    /** The id of the block of {@code family} that starts in {@code start}. */
    String blockId(String family, int duration, int start) {
        if (family.equals(BlockFamily.SINGLE)) {
            return grid.timeslotId(start);
        }
        if (family.equals(BlockFamily.DOUBLE)) {
            return grid.timeslotId(start) + "+" + TimeGrid.periodId(grid.hourOf(start) + 1);
        }
        String id = family + ":" + grid.timeslotId(start);
        return duration == 1 ? id : id + ".." + TimeGrid.periodId(grid.hourOf(start) + duration - 1);
    }

    /** Whether {@code family} has a block of {@code duration} periods starting in {@code start}. */
    boolean holds(String family, int duration, int start) {
        Family found = custom.get(family);
        return found != null ? found.starts().get(start) : grid.validStarts(duration).get(start);
    }

    List<Family> custom() {
        return List.copyOf(custom.values());
    }

    /** blocks.csv: {@code block, family, day, period}, one row per period of each custom block. */
    List<List<?>> blockRows() {
        List<List<?>> blockRows = new ArrayList<>();
        for (Family family : custom.values()) {
            BitSet starts = family.starts();
            for (int start = starts.nextSetBit(0); start >= 0; start = starts.nextSetBit(start + 1)) {
                String block = blockId(family.name(), family.duration(), start);
                for (int slot = start; slot < start + family.duration(); slot++) {
                    blockRows.add(List.of(block, family.name(), grid.dayId(grid.dayOf(slot)),
                            TimeGrid.periodId(grid.hourOf(slot))));
                }
            }
        }
        return blockRows;
    }
}
