package org.commonplan.solver;

import java.time.Duration;
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

    static TeacherWeek of(Teacher teacher, int[] teaching, int[] teachingOwnClass, int[] meeting, int[] classAway) {
        BellSchedule bellSchedule = teacher.getBellSchedule();
        boolean homeroomTeacher = teacher.getHomeroom() != null;
        // An absent homeroom teacher is not with their class (someone else covers it).
        SlotSet classSlots = teacher.getAvailableClassSlots();
        SlotSet.Builder teachingSlots = new SlotSet.Builder();
        SlotSet.Builder withClass = new SlotSet.Builder();
        SlotSet.Builder teachingClashes = new SlotSet.Builder();
        SlotSet.Builder meetingBlockers = new SlotSet.Builder();
        SlotSet.Builder busy = new SlotSet.Builder();
        for (int slot = 0; slot < teaching.length; slot++) {
            int lessons = teaching[slot] + teachingOwnClass[slot];
            boolean classHere = homeroomTeacher && classAway[slot] == 0 && classSlots.contains(slot);
            if (lessons > 0) {
                teachingSlots.add(slot);
            } else if (classHere) {
                withClass.add(slot);
            }
            if (lessons > 1 || classHere && teaching[slot] > 0 && teachingOwnClass[slot] == 0) {
                teachingClashes.add(slot);
            }
            if (lessons > 0 || classHere || meeting[slot] > 1) {
                meetingBlockers.add(slot);
            }
            if (lessons > 0 || classHere || meeting[slot] > 0) {
                busy.add(slot);
            }
        }
        SlotSet busySlots = busy.build();
        SlotSet freeSlots = teacher.getAvailableClassSlots().minus(busySlots);
        int planningMinutes = bellSchedule.minutesOf(freeSlots) - teacher.getReleaseMinutesPerWeek();
        List<List<Timeslot>> days = bellSchedule.getTimeslotsByDay();
        int[] perDay = new int[days.size()];
        int consecutiveExcess = 0;
        for (int day = 0; day < days.size(); day++) {
            int run = 0;
            Timeslot previous = null;
            for (Timeslot timeslot : days.get(day)) {
                int slot = timeslot.index();
                if (previous != null && Duration.between(previous.end(), timeslot.start()).toMinutes()
                        > BellSchedule.DOUBLE_MAX_PASSING_MINUTES) {
                    run = 0; // a gap longer than passing time (an unlisted lunch) is a break
                }
                previous = timeslot;
                if (timeslot.isClass() && teaching[slot] + teachingOwnClass[slot] > 0) {
                    perDay[day]++;
                    run++;
                    if (run > teacher.getMaxConsecutiveTeaching()) {
                        consecutiveExcess++;
                    }
                } else {
                    run = 0;
                }
            }
        }
        return new TeacherWeek(teacher, teachingSlots.build(), withClass.build(),
                teachingClashes.build(), meetingBlockers.build(), busySlots, freeSlots, perDay, planningMinutes, consecutiveExcess);
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
