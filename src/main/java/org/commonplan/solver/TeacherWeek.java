package org.commonplan.solver;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.Timeslot;

/**
 * What one teacher does in each timeslot of the week, as the solver's rules see it, and the figures derived
 * from it. Built by {@link TeacherWeekCollector} for every teacher a move touches; immutable (it owns the words
 * and sets it is given). The sets the rules read on every move are made up front; the ones only explanations read
 * are made when asked for.
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
    /** Lessons in each timeslot when there is a clash, else null: only the explanation reads it. */
    private final int[] lessonsPerSlot;
    private final SlotSet meetingBlockers;
    private final SlotSet free;
    private final SlotSet instructing;
    /** Timeslots of lessons on each day. */
    private final int[] teachingPerDay;
    private final int planningMinutes;
    private final int consecutiveExcess;
    /** CLASS timeslots with a lesson, by {@link org.commonplan.domain.BellSchedule#runPosition}. */
    private final long[] teachingRunWords;

    TeacherWeek(Teacher teacher, long[] teachingWords, long[] withClassWords, long[] clashWords, int clashCount,
            int[] lessonsPerSlot, SlotSet meetingBlockers, SlotSet free, int[] teachingPerDay, int planningMinutes, int consecutiveExcess,
            long[] teachingRunWords) {
        this.teacher = teacher;
        this.teachingWords = teachingWords;
        this.withClassWords = withClassWords;
        this.clashWords = clashWords;
        this.clashCount = clashCount;
        this.lessonsPerSlot = lessonsPerSlot;
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
        this.teachingRunWords = teachingRunWords;
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

    /** Each clash's timeslot with what clashes there: {@code MON-P1 (3 lessons)}, or a class left alone. */
    List<String> describeClashes() {
        List<String> clashes = new ArrayList<>();
        teachingClashes().forEach(slot -> {
            String timeslot = teacher.getBellSchedule().getTimeslot(slot).id();
            clashes.add(lessonsPerSlot[slot] > 1 ? timeslot + " (" + lessonsPerSlot[slot] + " lessons)"
                    : timeslot + " (a lesson while class " + teacher.getHomeroom().getId() + " has no one else)");
        });
        return clashes;
    }

    /** What the clashes cost: lessons beyond the first in each timeslot, and 1 for each timeslot a class is alone. */
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

    // ---------------------------------------------------------------- the teacher's own limits

    /** Days with at least one lesson beyond the teacher's maximum days a week. */
    int daysBeyondLimit() {
        TeacherLimits limits = teacher.getLimits();
        if (!limits.limitsDays()) {
            return 0;
        }
        int days = 0;
        for (int lessons : teachingPerDay) {
            days += lessons > 0 ? 1 : 0;
        }
        return Math.max(0, days - limits.maxDaysPerWeek());
    }

    /** Days the teacher teaches: days with at least one lesson. */
    int daysTaught() {
        int days = 0;
        for (int lessons : teachingPerDay) {
            days += lessons > 0 ? 1 : 0;
        }
        return days;
    }

    /** The days (by index) on which the teacher teaches in one of the timeslots. */
    List<Integer> daysTeachingIn(SlotSet slots) {
        List<Integer> days = new ArrayList<>();
        teaching().intersect(slots).forEach(slot -> {
            int day = teacher.getBellSchedule().dayIndexOf(slot);
            if (!days.contains(day)) {
                days.add(day);
            }
        });
        return days;
    }

    /** Days beyond the teacher's interval limits, summed over them. */
    int intervalDaysBeyond() {
        int beyond = 0;
        for (org.commonplan.domain.IntervalDays limit : teacher.getIntervalDays()) {
            beyond += Math.max(0, daysTeachingIn(limit.slots()).size() - limit.maxDays());
        }
        return beyond;
    }

    /** Days missing below the teacher's minimum days a week. */
    int daysBelowMinimum() {
        int minimum = teacher.getMinDaysPerWeek();
        return minimum <= 0 ? 0 : Math.max(0, minimum - daysTaught());
    }

    /** Lessons missing below the teacher's minimum on the days they teach at all, summed over the week. */
    int shortDayShortfall() {
        TeacherLimits limits = teacher.getLimits();
        if (!limits.limitsShortDays()) {
            return 0;
        }
        int missing = 0;
        for (int lessons : teachingPerDay) {
            missing += lessons > 0 ? Math.max(0, limits.minLessonsPerDay() - lessons) : 0;
        }
        return missing;
    }

    /** The days the teacher teaches fewer lessons than their minimum, as {@code TUE (1)}. */
    List<String> shortDays() {
        List<String> days = new ArrayList<>();
        for (int day = 0; day < teachingPerDay.length; day++) {
            if (teachingPerDay[day] > 0 && teachingPerDay[day] < teacher.getLimits().minLessonsPerDay()) {
                days.add(teacher.getBellSchedule().getDays().get(day) + " (" + teachingPerDay[day] + ")");
            }
        }
        return days;
    }

    /**
     * Free CLASS timeslots between the first and the last lesson of each day: a timeslot with a meeting, their
     * class, or in which they are unavailable is no gap.
     */
    int[] gapsPerDay() {
        List<List<Timeslot>> days = teacher.getBellSchedule().getTimeslotsByDay();
        int[] gaps = new int[days.size()];
        for (int day = 0; day < days.size(); day++) {
            int first = -1;
            int last = -1;
            for (Timeslot timeslot : days.get(day)) {
                if (timeslot.isClass() && isTeaching(timeslot.index())) {
                    first = first < 0 ? timeslot.index() : first;
                    last = timeslot.index();
                }
            }
            for (Timeslot timeslot : days.get(day)) {
                int slot = timeslot.index();
                if (slot > first && slot < last && free.contains(slot)) {
                    gaps[day]++;
                }
            }
        }
        return gaps;
    }

    /** Gaps beyond the teacher's daily maximum, summed over days, plus the week's gaps beyond its maximum. */
    int gapExcess() {
        TeacherLimits limits = teacher.getLimits();
        return limits.limitsGaps() ? GapCount.excess(gapsPerDay(), limits.maxGapsPerDay(), limits.maxGapsPerWeek()) : 0;
    }

    /** CLASS timeslots of lessons beyond the teacher's own maximum in a row, summed over the week. */
    int lessonsInARowExcess() {
        TeacherLimits limits = teacher.getLimits();
        return limits.limitsLessonsInARow()
                ? teacher.getBellSchedule().beyondRun(teachingRunWords, limits.maxLessonsInARow()) : 0;
    }

    private boolean isTeaching(int slot) {
        return (teachingWords[slot >>> 6] & (1L << slot)) != 0L;
    }
}
