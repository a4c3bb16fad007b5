package org.commonplan.bound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Timeslot;

/**
 * Step 4 of {@link MeetingBound}: two meetings of one team share attendees, so a team places at most the largest set
 * of pairwise disjoint blocks among its possible ones. Exact for blocks that are unbroken runs of one day's CLASS
 * periods (SINGLE, DOUBLE and DAILY blocks): interval scheduling per day. Other blocks are counted generously.
 */
public final class BlockPacking {

    private BlockPacking() {
    }

    /** The timeslots every one of the blocks covers: those a lesson with these candidates takes in every schedule. */
    public static SlotSet sharedSlots(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return SlotSet.EMPTY;
        }
        SlotSet shared = blocks.get(0).getSlots();
        for (Block block : blocks) {
            shared = shared.intersect(block.getSlots());
        }
        return shared;
    }

    /** Most pairwise disjoint blocks among these. */
    public static int maxDisjoint(List<Block> blocks, BellSchedule bell) {
        if (blocks.isEmpty()) {
            return 0;
        }
        boolean disjoint = true;
        for (int i = 0; i < blocks.size() && disjoint; i++) {
            for (int j = i + 1; j < blocks.size() && disjoint; j++) {
                disjoint = !blocks.get(i).overlaps(blocks.get(j));
            }
        }
        if (disjoint) {
            return blocks.size();
        }
        List<int[]> runs = new ArrayList<>();
        for (Block block : blocks) {
            int[] run = runOfOneDay(block, bell);
            if (run == null) {
                // Not runs of periods: count generously, as many as the covered timeslots allow.
                SlotSet covered = SlotSet.EMPTY;
                int smallest = Integer.MAX_VALUE;
                for (Block each : blocks) {
                    covered = covered.union(each.getSlots());
                    smallest = Math.min(smallest, Math.max(1, each.getSlots().size()));
                }
                return Math.min(blocks.size(), covered.size() / smallest);
            }
            runs.add(run);
        }
        // Interval scheduling: earliest end first is optimal for intervals.
        runs.sort(Comparator.<int[]>comparingInt(run -> run[0]).thenComparingInt(run -> run[2]));
        int count = 0;
        int day = -1;
        int lastEnd = -1;
        for (int[] run : runs) {
            if (run[0] != day) {
                day = run[0];
                lastEnd = -1;
            }
            if (run[1] > lastEnd) {
                count++;
                lastEnd = run[2];
            }
        }
        return count;
    }

    /** {day, first, last} rank among the day's CLASS periods when the block is one unbroken run, else null. */
    private static int[] runOfOneDay(Block block, BellSchedule bell) {
        List<Timeslot> slots = block.getTimeslots();
        if (slots.isEmpty()) {
            return null;
        }
        int day = slots.get(0).dayIndex();
        List<Timeslot> classSlots = bell.getTimeslotsByDay().get(day).stream().filter(Timeslot::isClass).toList();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Timeslot timeslot : slots) {
            if (timeslot.dayIndex() != day) {
                return null;
            }
            int rank = classSlots.indexOf(timeslot);
            first = Math.min(first, rank);
            last = Math.max(last, rank);
        }
        return last - first + 1 == block.getSlots().size() ? new int[] {day, first, last} : null;
    }
}
