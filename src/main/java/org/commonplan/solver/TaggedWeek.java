package org.commonplan.solver;

import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;

/**
 * One teacher's placed lessons of sections with one tag they have a limit on, by CLASS timeslot: how many a day,
 * and how many come after their limit in a row.
 */
record TaggedWeek(Teacher teacher, TagLimit limit, int[] timeslotsPerDay, int beyondInARow) {

    static TaggedWeek of(Teacher teacher, TagLimit limit, List<Lesson> lessons) {
        BellSchedule bellSchedule = teacher.getBellSchedule();
        boolean[] taken = new boolean[bellSchedule.getTimeslots().size()];
        long[] runWords = new long[(taken.length + 63) >>> 6];
        int[] perDay = new int[bellSchedule.getDays().size()];
        for (Lesson lesson : lessons) {
            for (int slot : lesson.getBlock().getSlotIndexes()) {
                if (!taken[slot] && bellSchedule.getClassSlots().contains(slot)) {
                    taken[slot] = true;
                    perDay[bellSchedule.getTimeslot(slot).dayIndex()]++;
                    int position = bellSchedule.runPosition(slot);
                    runWords[position >>> 6] |= 1L << position;
                }
            }
        }
        int beyond = limit.maxInARow() == TagLimit.NO_LIMIT ? 0 : bellSchedule.beyondRun(runWords, limit.maxInARow());
        return new TaggedWeek(teacher, limit, perDay, beyond);
    }

    /** Timeslots beyond the daily limit, summed over the days, plus those beyond the limit in a row. */
    int excess() {
        return GapCount.excess(timeslotsPerDay, limit.maxPerDay(), TagLimit.NO_LIMIT) + beyondInARow;
    }
}
