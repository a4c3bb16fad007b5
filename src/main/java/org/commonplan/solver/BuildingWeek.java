package org.commonplan.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * One teacher's or student group's lessons in rooms with a building, walked through each day in timeslot order as
 * FET walks them: a change is a lesson in another building than the one before it that day, and the timeslots
 * between the two lessons are the time to get there.
 *
 * @param walker          the {@link Teacher} or {@link StudentGroup}
 * @param changesPerDay   changes of building on each day of the week
 * @param tooSoon         each change with fewer timeslots before it than the limit, in words
 *                        ({@code TUE-P3 (NORTH to SOUTH, 0 between)})
 */
record BuildingWeek(Object walker, BuildingLimits limits, BellSchedule bellSchedule, int[] changesPerDay,
        List<String> tooSoon) {

    /** One timeslot of a lesson in a building. */
    private record Stop(Timeslot timeslot, String building) {
    }

    private static final Comparator<Stop> IN_DAY_ORDER = Comparator.comparingInt((Stop stop) -> stop.timeslot()
            .dayIndex()).thenComparingInt(stop -> stop.timeslot().indexInDay()).thenComparing(Stop::building);

    static BuildingWeek of(Object walker, List<Lesson> lessons) {
        BuildingLimits limits = walker instanceof Teacher teacher ? teacher.getBuildingLimits()
                : ((StudentGroup) walker).getBuildingLimits();
        BellSchedule bellSchedule = lessons.get(0).getSection().getTeacher().getBellSchedule();
        List<Stop> stops = new ArrayList<>();
        for (Lesson lesson : lessons) {
            for (int slot : lesson.getBlock().getSlotIndexes()) {
                stops.add(new Stop(bellSchedule.getTimeslot(slot), lesson.getRoom().getBuilding()));
            }
        }
        stops.sort(IN_DAY_ORDER);
        int[] changesPerDay = new int[bellSchedule.getDays().size()];
        List<String> tooSoon = new ArrayList<>();
        for (int i = 1; i < stops.size(); i++) {
            Stop before = stops.get(i - 1);
            Stop stop = stops.get(i);
            if (before.timeslot().dayIndex() != stop.timeslot().dayIndex()
                    || before.building().equals(stop.building())) {
                continue;
            }
            changesPerDay[stop.timeslot().dayIndex()]++;
            int between = Math.max(0, stop.timeslot().indexInDay() - before.timeslot().indexInDay() - 1);
            if (between < limits.minGapsBetweenChanges()) {
                tooSoon.add(stop.timeslot().id() + " (" + before.building() + " to " + stop.building() + ", "
                        + between + " between)");
            }
        }
        return new BuildingWeek(walker, limits, bellSchedule, changesPerDay, tooSoon);
    }

    /** Changes beyond the daily limit, summed over the days, plus the week's beyond the weekly limit. */
    int changesBeyond() {
        return GapCount.excess(changesPerDay, limits.maxChangesPerDay(), limits.maxChangesPerWeek());
    }

    /** {@code Teacher ANA} or {@code Group 5A}. */
    String who() {
        return (walker instanceof Teacher ? "Teacher " : "Group ") + walker;
    }
}
