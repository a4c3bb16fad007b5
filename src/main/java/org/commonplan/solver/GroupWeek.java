package org.commonplan.solver;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Timeslot;

/**
 * One student group's placed lessons over the week, by CLASS timeslot, and how the shape of its days keeps its
 * {@link GroupLimits}: gaps, lessons a day and late starts.
 *
 * @param days per day, whether each of its CLASS timeslots holds a lesson of the group, in the order of the day:
 *             worked out once, since each of the three rules reads it twice for every move of one of the lessons
 */
record GroupWeek(StudentGroup group, List<Lesson> lessons, List<boolean[]> days) {

    static GroupWeek of(StudentGroup group, List<Lesson> lessons) {
        return new GroupWeek(group, lessons, classSlotsTaken(lessons));
    }

    BellSchedule bellSchedule() {
        return bellSchedule(lessons);
    }

    private static BellSchedule bellSchedule(List<Lesson> lessons) {
        return lessons.get(0).getSection().getTeacher().getBellSchedule();
    }

    private static List<boolean[]> classSlotsTaken(List<Lesson> lessons) {
        BellSchedule bellSchedule = bellSchedule(lessons);
        boolean[] taken = new boolean[bellSchedule.getTimeslots().size()];
        for (Lesson lesson : lessons) {
            for (int slot : lesson.getBlock().getSlotIndexes()) {
                taken[slot] = true;
            }
        }
        List<boolean[]> days = new ArrayList<>();
        for (List<Timeslot> day : bellSchedule.getTimeslotsByDay()) {
            int classSlots = 0;
            for (Timeslot timeslot : day) {
                classSlots += timeslot.isClass() ? 1 : 0;
            }
            boolean[] dayTaken = new boolean[classSlots];
            int i = 0;
            for (Timeslot timeslot : day) {
                if (timeslot.isClass()) {
                    dayTaken[i++] = taken[timeslot.index()];
                }
            }
            days.add(dayTaken);
        }
        return days;
    }

    private static int lessonsOn(boolean[] day) {
        int count = 0;
        for (boolean taken : day) {
            count += taken ? 1 : 0;
        }
        return count;
    }

    /** CLASS timeslots without a lesson between the first and the last lesson of each day. */
    int[] gapsPerDay() {
        int[] gaps = new int[days.size()];
        for (int day = 0; day < days.size(); day++) {
            boolean[] taken = days.get(day);
            int first = -1;
            int last = -1;
            for (int i = 0; i < taken.length; i++) {
                if (taken[i]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            for (int i = first + 1; i < last; i++) {
                gaps[day] += taken[i] ? 0 : 1;
            }
        }
        return gaps;
    }

    int gapExcess() {
        GroupLimits limits = group.getLimits();
        return GapCount.excess(gapsPerDay(), limits.maxGapsPerDay(), limits.maxGapsPerWeek());
    }

    /** Lessons missing below the daily minimum plus lessons beyond the daily maximum, summed over the days. */
    int dailyLessonsOutside() {
        GroupLimits limits = group.getLimits();
        int outside = 0;
        for (boolean[] day : days) {
            int lessons = lessonsOn(day);
            if (limits.minLessonsPerDay() != GroupLimits.NO_LIMIT) {
                outside += Math.max(0, limits.minLessonsPerDay() - lessons);
            }
            if (limits.maxLessonsPerDay() != GroupLimits.NO_LIMIT) {
                outside += Math.max(0, lessons - limits.maxLessonsPerDay());
            }
        }
        return outside;
    }

    /** The daily limits in words: {@code fewer than 5 or more than 7 lessons}. */
    String dailyLimits() {
        GroupLimits limits = group.getLimits();
        List<String> parts = new ArrayList<>();
        if (limits.minLessonsPerDay() != GroupLimits.NO_LIMIT) {
            parts.add("fewer than " + limits.minLessonsPerDay());
        }
        if (limits.maxLessonsPerDay() != GroupLimits.NO_LIMIT) {
            parts.add("more than " + limits.maxLessonsPerDay());
        }
        return String.join(" or ", parts) + " lessons";
    }

    /**
     * Days with lessons whose first lesson is not in the first CLASS period (the first the group is not away in),
     * beyond the allowed number.
     */
    int lateStartsBeyondLimit() {
        int allowed = group.getLimits().maxLateStarts();
        if (allowed == GroupLimits.NO_LIMIT) {
            return 0;
        }
        int late = 0;
        for (int day = 0; day < days.size(); day++) {
            late += startsLate(day) ? 1 : 0;
        }
        return Math.max(0, late - allowed);
    }

    /** Whether the day has lessons and none in the first CLASS timeslot the group is not away in. */
    private boolean startsLate(int day) {
        boolean[] taken = days.get(day);
        if (lessonsOn(taken) == 0) {
            return false;
        }
        if (group.getUnavailable().isEmpty()) {
            return taken.length > 0 && !taken[0]; // the common case, on every move: no list of the day's timeslots
        }
        List<Timeslot> classSlots = bellSchedule().getTimeslotsByDay().get(day).stream()
                .filter(Timeslot::isClass).toList();
        int start = group.dayStart(classSlots);
        return start < taken.length && !taken[start];
    }

    /** The days (by id) where the group's day has gaps, is short or long, or starts late: for explanations. */
    List<String> describeDays() {
        List<String> dayIds = bellSchedule().getDays();
        int[] gaps = gapsPerDay();
        List<String> described = new ArrayList<>();
        for (int day = 0; day < days.size(); day++) {
            described.add(dayIds.get(day) + ": " + lessonsOn(days.get(day)) + " lessons, " + gaps[day] + " gaps"
                    + (startsLate(day) ? ", late start" : ""));
        }
        return described;
    }
}
