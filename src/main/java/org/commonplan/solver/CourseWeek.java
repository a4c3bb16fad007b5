package org.commonplan.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Section;
import org.commonplan.domain.Timeslot;

/**
 * One student group's (or one group-less section's) placed lessons of one course over the week, counted by day:
 * a lesson in a DAILY block meets every day its block does, one in a SINGLE or DOUBLE block once. The course's
 * fair share of a day is its weekly meetings spread over the days, rounded up.
 *
 * @param attendee the student group, or the section itself when it has no groups
 * @param days            the days of the week
 * @param perDay          meetings of the course on each day of the week (not to be changed)
 * @param meetingsPerWeek those meetings summed over the week
 */
record CourseWeek(Object attendee, String course, List<Lesson> lessons, List<String> days, int[] perDay,
        int meetingsPerWeek) {

    /** Counted once here: the rules read the counts of every course week a move touches, some of them twice. */
    static CourseWeek of(Object attendee, String course, List<Lesson> lessons) {
        BellSchedule bellSchedule = lessons.get(0).getSection().getTeacher().getBellSchedule();
        List<String> days = bellSchedule.getDays();
        int[] counts = new int[days.size()];
        for (Lesson lesson : lessons) {
            lesson.getBlock().getDays().forEach(day -> counts[day]++);
        }
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return new CourseWeek(attendee, course, lessons, days, counts, total);
    }

    /** The most meetings a day may hold: the weekly meetings spread over the week, rounded up. */
    int maxPerDay() {
        return (meetingsPerWeek() + days.size() - 1) / days.size();
    }

    /** Meetings beyond the day's share, summed over the week. */
    int beyondShare() {
        int max = maxPerDay();
        int beyond = 0;
        for (int count : perDay()) {
            beyond += Math.max(0, count - max);
        }
        return beyond;
    }

    /**
     * Pairs of consecutive days that both hold the course, when the week has room to leave a day between its
     * meetings (at most one a day and no more meetings than every other day holds): Monday and Thursday over
     * Monday and Tuesday.
     */
    int consecutiveDays() {
        int[] perDay = perDay();
        int meetings = meetingsPerWeek();
        if (meetings < 2 || meetings > (days.size() + 1) / 2) {
            return 0;
        }
        int pairs = 0;
        for (int day = 0; day + 1 < perDay.length; day++) {
            if (perDay[day] > 0 && perDay[day + 1] > 0) {
                pairs++;
            }
        }
        return pairs;
    }

    /** Each day over its share, in words: {@code MON (P3, P4)}. */
    List<String> crowdedDays() {
        int max = maxPerDay();
        int[] perDay = perDay();
        List<String> crowded = new ArrayList<>();
        for (int day = 0; day < perDay.length; day++) {
            if (perDay[day] > max) {
                crowded.add(days.get(day) + " (" + String.join(", ", periodsOn(day)) + ")");
            }
        }
        return crowded;
    }

    /** The periods the course meets in on that day, in the order of the day: {@code P3}, {@code P5+P6}. */
    private List<String> periodsOn(int day) {
        List<List<Timeslot>> meetings = new ArrayList<>();
        for (Lesson lesson : lessons) {
            List<Timeslot> onDay = lesson.getBlock().getTimeslots().stream()
                    .filter(timeslot -> timeslot.dayIndex() == day).toList();
            if (!onDay.isEmpty()) {
                meetings.add(onDay);
            }
        }
        meetings.sort(Comparator.comparingInt(meeting -> meeting.get(0).index()));
        return meetings.stream()
                .map(meeting -> String.join("+", meeting.stream().map(Timeslot::period).toList()))
                .toList();
    }

    /** {@code Group 2A}, or {@code Section ART-1} for a section without student groups. */
    String attendeeName() {
        return attendee instanceof Section section ? "Section " + section.getId() : "Group " + attendee;
    }
}
