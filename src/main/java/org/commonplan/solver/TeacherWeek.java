package org.commonplan.solver;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * What one teacher does in each timeslot of the week, as the solver's rules see it, and the figures derived
 * from it. Built by {@link TeacherWeekCollector}; immutable.
 *
 * @param teaching          timeslots with at least one lesson (as teacher or co-teacher)
 * @param withClass         timeslots with their homeroom class and no lesson
 * @param teachingClashes   timeslots with two lessons, or a lesson while their homeroom class has no one else
 * @param meetingBlockers   timeslots in which a meeting of theirs clashes: teaching, with their class, or a second meeting
 * @param busy              teaching, with their class, or in a meeting
 * @param free              available CLASS timeslots that are not busy
 * @param teachingPerDay    timeslots of lessons on each day
 * @param planningMinutes   free minutes less release minutes: individual planning
 * @param consecutiveExcess timeslots of lessons beyond the allowed run, summed over the week
 */
record TeacherWeek(Teacher teacher, SlotSet teaching, SlotSet withClass,
        SlotSet teachingClashes, SlotSet meetingBlockers, SlotSet busy, SlotSet free, int[] teachingPerDay, int planningMinutes,
        int consecutiveExcess) {

    /**
     * The week from per-timeslot counts of each kind of occupation. Runs on every move for every teacher the move
     * touches, so it works on bit words and allocates only the sets it returns.
     */
    static TeacherWeek of(Teacher teacher, int[] teaching, int[] teachingOwnClass, int[] meeting, int[] classAway) {
        BellSchedule bellSchedule = teacher.getBellSchedule();
        boolean homeroomTeacher = teacher.getHomeroom() != null;
        // An absent homeroom teacher is not with their class (someone else covers it).
        SlotSet classSlots = teacher.getAvailableClassSlots();
        int words = (teaching.length + 63) >>> 6;
        long[] teachingBits = new long[words];
        long[] withClassBits = new long[words];
        long[] clashBits = new long[words];
        long[] blockerBits = new long[words];
        long[] busyBits = new long[words];
        for (int slot = 0; slot < teaching.length; slot++) {
            int lessons = teaching[slot] + teachingOwnClass[slot];
            boolean classHere = homeroomTeacher && classAway[slot] == 0 && classSlots.contains(slot);
            int word = slot >>> 6;
            long bit = 1L << slot;
            if (lessons > 0) {
                teachingBits[word] |= bit;
            } else if (classHere) {
                withClassBits[word] |= bit;
            }
            if (lessons > 1 || classHere && teaching[slot] > 0 && teachingOwnClass[slot] == 0) {
                clashBits[word] |= bit;
            }
            if (lessons > 0 || classHere || meeting[slot] > 1) {
                blockerBits[word] |= bit;
            }
            if (lessons > 0 || classHere || meeting[slot] > 0) {
                busyBits[word] |= bit;
            }
        }
        SlotSet busySlots = SlotSet.ofWords(busyBits);
        SlotSet freeSlots = classSlots.minus(busySlots);
        int planningMinutes = bellSchedule.minutesOf(freeSlots) - teacher.getReleaseMinutesPerWeek();
        List<List<Timeslot>> days = bellSchedule.getTimeslotsByDay();
        int[] perDay = new int[days.size()];
        int consecutiveExcess = 0;
        int maxRun = teacher.getMaxConsecutiveTeaching();
        for (int day = 0; day < perDay.length; day++) {
            List<Timeslot> timeslots = days.get(day);
            int run = 0;
            for (int i = 0; i < timeslots.size(); i++) {
                Timeslot timeslot = timeslots.get(i);
                int slot = timeslot.index();
                if (bellSchedule.startsRun(slot)) {
                    run = 0;
                }
                if (timeslot.isClass() && teaching[slot] + teachingOwnClass[slot] > 0) {
                    perDay[day]++;
                    run++;
                    if (run > maxRun) {
                        consecutiveExcess++;
                    }
                } else {
                    run = 0;
                }
            }
        }
        return new TeacherWeek(teacher, SlotSet.ofWords(teachingBits), SlotSet.ofWords(withClassBits),
                SlotSet.ofWords(clashBits), SlotSet.ofWords(blockerBits), busySlots, freeSlots, perDay,
                planningMinutes, consecutiveExcess);
    }

    /** Timeslots in which this teacher teaches or is with their homeroom class: when a coach can observe. */
    SlotSet instructing() {
        return teaching.union(withClass);
    }

    /** Timeslots of lessons beyond the daily limit, summed over the week. */
    int loadExcess() {
        int limit = teacher.getTeachingLimitPerDay();
        int excess = 0;
        for (int lessons : teachingPerDay) {
            excess += Math.max(0, lessons - limit);
        }
        return excess;
    }

    List<String> overloadedDays() {
        List<String> days = new ArrayList<>();
        int limit = teacher.getTeachingLimitPerDay();
        for (int day = 0; day < teachingPerDay.length; day++) {
            if (teachingPerDay[day] > limit) {
                days.add(teacher.getBellSchedule().getDays().get(day) + " (" + teachingPerDay[day] + ")");
            }
        }
        return days;
    }

    int planningShortfallMinutes() {
        return Math.max(0, teacher.getMinPlanningMinutesPerWeek() - planningMinutes);
    }
}
