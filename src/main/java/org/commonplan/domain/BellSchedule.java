package org.commonplan.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The week's timeslots and the blocks built from them, with the lookups that rules need per timeslot.
 */
public final class BellSchedule {

    /** Longest gap between two periods that still makes them one DOUBLE block. */
    public static final int DOUBLE_MAX_PASSING_MINUTES = 10;

    private final List<Timeslot> timeslots;
    private final List<String> days;
    private final List<List<Timeslot>> timeslotsByDay;
    private final SlotSet classSlots;
    private final int[] minutesBySlot;
    private final int[] dayIndexBySlot;
    /** Each timeslot's position when the week is laid out day by day in order: a run of teaching is a run of bits. */
    private final int[] runPositions;
    /** By run position: the timeslots that carry on the run of the one before (not a day's first, no long gap). */
    private final long[] runContinuations;
    private final int meanClassMinutes;
    private final int classPeriodsPerDay;
    private final Map<String, List<Block>> blocksByFamily = new LinkedHashMap<>();
    private final Map<String, Block> blocksById = new LinkedHashMap<>();

    /**
     * @param timeslots    every timeslot, indexed 0..n-1 in the order of {@link Timeslot#index()}
     * @param customBlocks blocks of custom families (from blocks.csv), may be empty
     */
    public BellSchedule(List<Timeslot> timeslots, List<Block> customBlocks) {
        this.timeslots = List.copyOf(timeslots);
        List<String> dayNames = new ArrayList<>();
        List<List<Timeslot>> byDay = new ArrayList<>();
        SlotSet.Builder classBuilder = new SlotSet.Builder();
        minutesBySlot = new int[timeslots.size()];
        dayIndexBySlot = new int[timeslots.size()];
        int classMinutes = 0;
        int classCount = 0;
        for (Timeslot timeslot : timeslots) {
            if (timeslot.dayIndex() == dayNames.size()) {
                dayNames.add(timeslot.day());
                byDay.add(new ArrayList<>());
            }
            byDay.get(timeslot.dayIndex()).add(timeslot);
            minutesBySlot[timeslot.index()] = timeslot.minutes();
            dayIndexBySlot[timeslot.index()] = timeslot.dayIndex();
            if (timeslot.isClass()) {
                classBuilder.add(timeslot.index());
                classMinutes += timeslot.minutes();
                classCount++;
            }
        }
        byDay.forEach(list -> list.sort((a, b) -> Integer.compare(a.indexInDay(), b.indexInDay())));
        this.days = List.copyOf(dayNames);
        this.timeslotsByDay = byDay.stream().map(List::copyOf).toList();
        this.runPositions = new int[timeslots.size()];
        this.runContinuations = new long[(timeslots.size() + 63) >>> 6];
        int position = 0;
        for (List<Timeslot> day : timeslotsByDay) {
            Timeslot previous = null;
            for (Timeslot timeslot : day) {
                // A gap longer than passing time (an unlisted lunch) is a break between runs of teaching.
                boolean startsRun = previous == null
                        || Duration.between(previous.end(), timeslot.start()).toMinutes() > DOUBLE_MAX_PASSING_MINUTES;
                if (!startsRun) {
                    runContinuations[position >>> 6] |= 1L << position;
                }
                runPositions[timeslot.index()] = position++;
                previous = timeslot;
            }
        }
        this.classSlots = classBuilder.build();
        this.meanClassMinutes = classCount == 0 ? 0 : Math.round((float) classMinutes / classCount);
        this.classPeriodsPerDay = timeslotsByDay.stream()
                .mapToInt(day -> (int) day.stream().filter(Timeslot::isClass).count()).max().orElse(0);
        addFamily(BlockFamily.DAILY, dailyBlocks());
        addFamily(BlockFamily.SINGLE, singleBlocks());
        addFamily(BlockFamily.DOUBLE, doubleBlocks());
        for (Block block : customBlocks) {
            blocksByFamily.computeIfAbsent(block.getFamily(), family -> new ArrayList<>()).add(block);
            blocksById.put(block.getId(), block);
        }
    }

    private void addFamily(String family, List<Block> blocks) {
        blocksByFamily.put(family, blocks);
        for (Block block : blocks) {
            blocksById.putIfAbsent(block.getId(), block);
        }
    }

    private List<Block> dailyBlocks() {
        Map<String, List<Timeslot>> byPeriod = new LinkedHashMap<>();
        for (List<Timeslot> day : timeslotsByDay) {
            for (Timeslot timeslot : day) {
                if (timeslot.isClass()) {
                    byPeriod.computeIfAbsent(timeslot.period(), period -> new ArrayList<>()).add(timeslot);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        byPeriod.forEach((period, slots) -> blocks.add(new Block(period, BlockFamily.DAILY, slots)));
        return blocks;
    }

    private List<Block> singleBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (Timeslot timeslot : timeslots) {
            if (timeslot.isClass()) {
                blocks.add(new Block(timeslot.id(), BlockFamily.SINGLE, List.of(timeslot)));
            }
        }
        return blocks;
    }

    private List<Block> doubleBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (List<Timeslot> day : timeslotsByDay) {
            for (int i = 0; i + 1 < day.size(); i++) {
                Timeslot first = day.get(i);
                Timeslot second = day.get(i + 1);
                long gap = Duration.between(first.end(), second.start()).toMinutes();
                if (first.isClass() && second.isClass() && gap >= 0 && gap <= DOUBLE_MAX_PASSING_MINUTES) {
                    String id = first.day() + "-" + first.period() + "+" + second.period();
                    blocks.add(new Block(id, BlockFamily.DOUBLE, List.of(first, second)));
                }
            }
        }
        return blocks;
    }

    public List<Timeslot> getTimeslots() {
        return timeslots;
    }

    public Timeslot getTimeslot(int index) {
        return timeslots.get(index);
    }

    public List<String> getDays() {
        return days;
    }

    public List<List<Timeslot>> getTimeslotsByDay() {
        return timeslotsByDay;
    }

    /**
     * The timeslot's bit in the words {@link #beyondRun} reads: timeslots laid out day by day in order, so that
     * consecutive timeslots are neighbouring bits.
     */
    public int runPosition(int slotIndex) {
        return runPositions[slotIndex];
    }

    /**
     * How many of the marked timeslots come after {@code maxRun} marked ones in a row, where a day's first timeslot
     * and one after a gap longer than passing time start a new run. {@code marked} holds bits by
     * {@link #runPosition}; it is not changed.
     */
    public int beyondRun(long[] marked, int maxRun) {
        // Bit p of inRun is set when timeslot p ends a run of at least `length` marked timeslots.
        long[] inRun = marked.clone();
        for (int length = 1; length <= maxRun; length++) {
            long carry = 0L;
            boolean any = false;
            for (int word = 0; word < inRun.length; word++) {
                long shifted = inRun[word] << 1 | carry;
                carry = inRun[word] >>> 63;
                inRun[word] = shifted & runContinuations[word] & marked[word];
                any |= inRun[word] != 0L;
            }
            if (!any) {
                return 0;
            }
        }
        int count = 0;
        for (long word : inRun) {
            count += Long.bitCount(word);
        }
        return count;
    }

    public SlotSet getClassSlots() {
        return classSlots;
    }

    public int minutesOf(int slotIndex) {
        return minutesBySlot[slotIndex];
    }

    /** The day of the timeslot with this index: {@code getTimeslot(slotIndex).dayIndex()} without the lookup. */
    public int dayIndexOf(int slotIndex) {
        return dayIndexBySlot[slotIndex];
    }

    public int minutesOf(SlotSet slots) {
        int[] total = {0};
        slots.forEach(index -> total[0] += minutesBySlot[index]);
        return total[0];
    }

    /** Mean length of a CLASS timeslot, the unit in which release time is priced. */
    public int getMeanClassMinutes() {
        return meanClassMinutes;
    }

    /** CLASS timeslots on the longest day. */
    public int getClassPeriodsPerDay() {
        return classPeriodsPerDay;
    }

    public List<Block> blocksOf(String family) {
        return blocksByFamily.getOrDefault(family, List.of());
    }

    public boolean hasFamily(String family) {
        return blocksByFamily.containsKey(family);
    }

    public Map<String, List<Block>> getBlocksByFamily() {
        return Collections.unmodifiableMap(blocksByFamily);
    }

    public Block block(String id) {
        return blocksById.get(id);
    }

    public List<Block> getAllBlocks() {
        return List.copyOf(blocksById.values());
    }
}
