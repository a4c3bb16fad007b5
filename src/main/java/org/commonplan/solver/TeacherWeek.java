package org.commonplan.solver;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * What one teacher does in each timeslot of the week, as the solver's rules see it, and the figures derived
 * from it. Built by {@link TeacherWeekCollector} for every teacher a move touches; immutable. The sets the rules
 * read on every move are made up front; the ones only explanations read are made when asked for.
 */
final class TeacherWeek {

    private final Teacher teacher;
    /** Timeslots with at least one lesson (as teacher or co-teacher), as bit words. */
    private final long[] teachingWords;
    /** Timeslots with their homeroom class and no lesson, as bit words. */
    private final long[] withClassWords;
    /** Timeslots with two lessons, or a lesson while their homeroom class has no one else, as bit words. */
    private final long[] clashWords;
    private final int clashCount;
    private final SlotSet meetingBlockers;
    private final SlotSet free;
    private final SlotSet instructing;
    private final int[] teachingPerDay;
    private final int planningMinutes;
    private final int consecutiveExcess;

    private TeacherWeek(Teacher teacher, long[] teachingWords, long[] withClassWords, long[] clashWords,
            SlotSet meetingBlockers, SlotSet free, int[] teachingPerDay, int planningMinutes, int consecutiveExcess) {
        this.teacher = teacher;
        this.teachingWords = teachingWords;
        this.withClassWords = withClassWords;
        this.clashWords = clashWords;
        int clashes = 0;
        for (long word : clashWords) {
            clashes += Long.bitCount(word);
        }
        this.clashCount = clashes;
        this.meetingBlockers = meetingBlockers;
        this.free = free;
        long[] instructingWords = new long[teachingWords.length];
        for (int i = 0; i < instructingWords.length; i++) {
            instructingWords[i] = teachingWords[i] | withClassWords[i];
        }
        this.instructing = SlotSet.ofWords(instructingWords);
        this.teachingPerDay = teachingPerDay;
        this.planningMinutes = planningMinutes;
        this.consecutiveExcess = consecutiveExcess;
    }

    /**
     * The week from per-timeslot counts of each kind of occupation. Runs on every move for every teacher the move
     * touches, so it makes one pass over the day-ordered timeslots on bit words.
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
        long[] freeBits = new long[words];
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
                int word = slot >>> 6;
                long bit = 1L << slot;
                int lessons = teaching[slot] + teachingOwnClass[slot];
                boolean available = classSlots.contains(slot);
                boolean classHere = homeroomTeacher && available && classAway[slot] == 0;
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
                if (available && lessons == 0 && !classHere && meeting[slot] == 0) {
                    freeBits[word] |= bit;
                }
                if (bellSchedule.startsRun(slot)) {
                    run = 0;
                }
                if (timeslot.isClass() && lessons > 0) {
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
        SlotSet freeSlots = SlotSet.ofWords(freeBits);
        int planningMinutes = bellSchedule.minutesOf(freeSlots) - teacher.getReleaseMinutesPerWeek();
        return new TeacherWeek(teacher, teachingBits, withClassBits, clashBits, SlotSet.ofWords(blockerBits),
                freeSlots, perDay, planningMinutes, consecutiveExcess);
    }

    Teacher teacher() {
        return teacher;
    }

    /** Timeslots with at least one lesson (as teacher or co-teacher). */
    SlotSet teaching() {
        return SlotSet.ofWords(teachingWords.clone());
    }

    /** Timeslots with their homeroom class and no lesson. */
    SlotSet withClass() {
        return SlotSet.ofWords(withClassWords.clone());
    }

    /** Timeslots with two lessons, or a lesson while their homeroom class has no one else. */
    SlotSet teachingClashes() {
        return SlotSet.ofWords(clashWords.clone());
    }

    /** How many timeslots {@link #teachingClashes()} has. */
    int teachingClashCount() {
        return clashCount;
    }

    /** Timeslots in which a meeting of theirs clashes: teaching, with their class, or a second meeting. */
    SlotSet meetingBlockers() {
        return meetingBlockers;
    }

    /** Available CLASS timeslots with no lesson, no homeroom class and no meeting. */
    SlotSet free() {
        return free;
    }

    /** Timeslots in which this teacher teaches or is with their homeroom class: when a coach can observe. */
    SlotSet instructing() {
        return instructing;
    }

    /** Timeslots of lessons on each day. */
    int[] teachingPerDay() {
        return teachingPerDay;
    }

    /** Free minutes less release minutes: individual planning. */
    int planningMinutes() {
        return planningMinutes;
    }

    /** Timeslots of lessons beyond the allowed run, summed over the week. */
    int consecutiveExcess() {
        return consecutiveExcess;
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
