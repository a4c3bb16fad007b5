package org.commonplan.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.TimeslotKind;

/**
 * The week of a planned school: its bell schedule turned into the domain's timeslots and blocks, exactly as the
 * bundle reader will build them, so that the planted schedule is checked against the blocks the solver sees.
 */
final class Week {

    private final BellSchedule bellSchedule;

    Week(List<PlannedSchool.Period> periods) {
        Map<String, List<PlannedSchool.Period>> byDay = new LinkedHashMap<>();
        for (PlannedSchool.Period period : periods) {
            byDay.computeIfAbsent(period.day(), day -> new ArrayList<>()).add(period);
        }
        List<Timeslot> timeslots = new ArrayList<>();
        int dayIndex = 0;
        for (List<PlannedSchool.Period> day : byDay.values()) {
            List<PlannedSchool.Period> sorted = new ArrayList<>(day);
            sorted.sort(Comparator.comparing(PlannedSchool.Period::start));
            int indexInDay = 0;
            for (PlannedSchool.Period period : sorted) {
                timeslots.add(new Timeslot(timeslots.size(), period.day(), dayIndex, period.period(), indexInDay++,
                        period.start(), period.end(), period.kind()));
            }
            dayIndex++;
        }
        this.bellSchedule = new BellSchedule(timeslots, List.of());
    }

    BellSchedule bellSchedule() {
        return bellSchedule;
    }

    Block block(String id) {
        Block block = bellSchedule.block(id);
        if (block == null) {
            throw new IllegalArgumentException("no block " + id);
        }
        return block;
    }

    boolean hasBlock(String id) {
        return bellSchedule.block(id) != null;
    }

    List<String> days() {
        return bellSchedule.getDays();
    }

    /** The DAILY blocks (one per CLASS period label), in the order of the day. */
    List<Block> dailyBlocks() {
        return bellSchedule.blocksOf(BlockFamily.DAILY);
    }

    /** The CLASS timeslots of one day, in order. */
    List<Timeslot> classSlots(int dayIndex) {
        return bellSchedule.getTimeslotsByDay().get(dayIndex).stream().filter(Timeslot::isClass).toList();
    }

    /** The SINGLE blocks that hold one of the DAILY block's timeslots, one per day it meets. */
    List<String> singleBlocksOf(Block daily) {
        return daily.getTimeslots().stream().map(Timeslot::id).toList();
    }

    int meanClassMinutes() {
        return bellSchedule.getMeanClassMinutes();
    }

    /** The teaching limit a teacher has unless told otherwise: CLASS periods on the longest day, less one. */
    int defaultMaxTeachingPerDay() {
        return Math.max(1, bellSchedule.getClassPeriodsPerDay() - 1);
    }

    /** Lays out one day's periods from a start time, each followed by its passing time. */
    static final class DayBuilder {
        private final String day;
        private final List<PlannedSchool.Period> out;
        private LocalTime clock;

        DayBuilder(String day, LocalTime start, List<PlannedSchool.Period> out) {
            this.day = day;
            this.clock = start;
            this.out = out;
        }

        DayBuilder add(String period, int minutes, TimeslotKind kind, int passingAfter) {
            LocalTime end = clock.plusMinutes(minutes);
            out.add(new PlannedSchool.Period(day, period, clock, end, kind));
            clock = end.plusMinutes(passingAfter);
            return this;
        }

        DayBuilder classPeriod(String period, int minutes, int passingAfter) {
            return add(period, minutes, TimeslotKind.CLASS, passingAfter);
        }
    }
}
