package org.commonplan.domain;

import java.util.Arrays;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Every rule the solver enforces, by the id used in settings.csv ({@code weight.<id>}) and in score analysis,
 * with its default weight per unit of breach: the one catalogue the settings reader and the solver both read.
 */
public enum Rule {
    UNPLACED_LESSON("unplaced-lesson", HardMediumSoftLongScore.ofHard(1),
            "lesson without a block or a room (a schedule cut short before every lesson was placed)"),
    TEACHER_CONFLICT("teacher-conflict", HardMediumSoftLongScore.ofHard(1),
            "lesson beyond the first a teacher has in one timeslot, or a timeslot of a lesson while their homeroom "
                    + "class has no one else"),
    ROOM_CONFLICT("room-conflict", HardMediumSoftLongScore.ofHard(1),
            "lesson beyond the first in a room in one timeslot"),
    GROUP_CONFLICT("group-conflict", HardMediumSoftLongScore.ofHard(1),
            "lesson beyond the first of a student group in one timeslot"),
    ROOM_KIND("room-kind", HardMediumSoftLongScore.ofHard(1),
            "lesson in a room of another kind than its section needs"),
    ROOM_CAPACITY("room-capacity", HardMediumSoftLongScore.ofHard(1),
            "lesson in a room too small for its enrollment"),
    UNAVAILABLE("unavailable", HardMediumSoftLongScore.ofHard(1),
            "timeslot of a lesson or meeting in which a teacher or room is unavailable"),
    COURSE_SPREAD("course-spread", HardMediumSoftLongScore.ofHard(1),
            "meeting of a course beyond a student group's share of a day (its weekly meetings spread over the days, "
                    + "rounded up), counted across the course's sections; a section without groups counts alone"),
    MEETING_MEMBER_BUSY("meeting-member-busy", HardMediumSoftLongScore.ofHard(1),
            "timeslot of a team meeting in which an attendee teaches, is with their class or in another meeting"),
    TEACHING_LOAD("teaching-load", HardMediumSoftLongScore.ofHard(1),
            "timeslot of lessons beyond a teacher's daily limit (less release for a teacher-leader)"),
    MIN_DAYS_BETWEEN("min-days-between", HardMediumSoftLongScore.ofHard(1),
            "day missing between two lessons of a section below its min_days_between"),
    SAME_START("same-start", HardMediumSoftLongScore.ofHard(1),
            "pair of same-numbered lessons of SAME_START-linked sections that start at different times"),
    NO_OVERLAP("no-overlap", HardMediumSoftLongScore.ofHard(1),
            "timeslot shared by lessons of NOT_OVERLAPPING-linked sections"),
    CONSECUTIVE("consecutive", HardMediumSoftLongScore.ofHard(1),
            "pair of same-numbered lessons of CONSECUTIVE-linked sections not back to back on one day"),
    ORDERED("ordered", HardMediumSoftLongScore.ofHard(1),
            "pair of same-numbered lessons of ORDERED-linked sections out of order in the week"),
    SAME_DAY("same-day", HardMediumSoftLongScore.ofHard(1),
            "pair of same-numbered lessons of SAME_DAY-linked sections that start on different days"),
    SAME_HOUR("same-hour", HardMediumSoftLongScore.ofHard(1),
            "pair of same-numbered lessons of SAME_HOUR-linked sections that start in different periods"),
    GROUPED("grouped", HardMediumSoftLongScore.ofHard(1),
            "pair of same-numbered lessons of GROUPED-linked sections not back to back on one day, in either order"),
    SAME_ROOM("same-room", HardMediumSoftLongScore.ofHard(1),
            "room beyond the first that the lessons of SAME_ROOM-linked sections meet in"),
    MIN_GAP("min-gap", HardMediumSoftLongScore.ofHard(1),
            "timeslot missing between two lessons of MIN_GAP-linked sections on one day below the link's min_gap"),
    ENDS_DAY("ends-day", HardMediumSoftLongScore.ofHard(1),
            "lesson of a student group after, on the same day, a lesson that must end the group's day"),
    TEACHER_DAYS("teacher-days", HardMediumSoftLongScore.ofHard(1),
            "day a teacher teaches beyond their max_days_per_week"),
    TEACHER_MIN_DAYS("teacher-min-days", HardMediumSoftLongScore.ofHard(1),
            "day missing below the days a teacher teaches at least, their min_days_per_week"),
    TEACHER_INTERVAL_DAYS("teacher-interval-days", HardMediumSoftLongScore.ofHard(1),
            "day beyond a teacher's interval_max_days on which they teach within that part of the day"),
    TEACHER_SHORT_DAY("teacher-short-day", HardMediumSoftLongScore.ofHard(1),
            "lesson missing below a teacher's min_lessons_per_day on a day they teach"),
    TEACHER_GAPS("teacher-gaps", HardMediumSoftLongScore.ofHard(1),
            "free CLASS timeslot between a teacher's lessons of a day beyond their max_gaps_per_day, and beyond "
                    + "max_gaps_per_week over the week"),
    TEACHER_LESSONS_IN_A_ROW("teacher-lessons-in-a-row", HardMediumSoftLongScore.ofHard(1),
            "timeslot of lessons beyond a teacher's own max_lessons_in_a_row"),
    GROUP_GAPS("group-gaps", HardMediumSoftLongScore.ofHard(1),
            "CLASS timeslot without a lesson between a student group's lessons of a day beyond its "
                    + "max_gaps_per_day, and beyond max_gaps_per_week over the week"),
    GROUP_DAILY_LESSONS("group-daily-lessons", HardMediumSoftLongScore.ofHard(1),
            "lesson a student group has below its min_lessons_per_day or beyond its max_lessons_per_day, per day"),
    GROUP_LATE_START("group-late-start", HardMediumSoftLongScore.ofHard(1),
            "day a student group starts after the first CLASS period beyond its max_late_starts"),
    TEACHER_TAGGED_LESSONS("teacher-tagged-lessons", HardMediumSoftLongScore.ofHard(1),
            "CLASS timeslot of lessons of sections with a tag beyond a teacher's max_tagged_per_day for it on a day, "
                    + "or beyond their max_tagged_in_a_row for it in a row"),
    BUILDING_CHANGES("building-changes", HardMediumSoftLongScore.ofHard(1),
            "change of building beyond a teacher's or student group's max_building_changes_per_day on a day, and "
                    + "beyond max_building_changes_per_week over the week"),
    BUILDING_CHANGE_GAP("building-change-gap", HardMediumSoftLongScore.ofHard(1),
            "change of building with fewer timeslots before it than a teacher's or student group's "
                    + "min_gaps_between_building_changes"),
    PLANNING_PROTECTED("planning-protected", HardMediumSoftLongScore.ofHard(1),
            "mean CLASS timeslot of individual planning missing below the weekly minimum"),
    UNSCHEDULED_MEETING("unscheduled-meeting", HardMediumSoftLongScore.ofMedium(1),
            "minute of an unscheduled team meeting, times the team's priority"),
    SINGLETON_CONFLICT("singleton-conflict", HardMediumSoftLongScore.ofMedium(1),
            "student who requested two singleton courses that meet at the same time"),
    COACHING_SHORTFALL("coaching-shortfall", HardMediumSoftLongScore.ofSoft(60),
            "observation a coaching pair wants that its leader's week cannot plan (one teacher observed at a time)"),
    MEETINGS_SAME_DAY("meetings-same-day", HardMediumSoftLongScore.ofSoft(30),
            "pair of one team's meetings on the same day"),
    COURSE_DAYS_APART("course-days-apart", HardMediumSoftLongScore.ofSoft(5),
            "pair of consecutive days on which a student group meets one course, when its week has room for a day "
                    + "between (at most one meeting a day, on no more than every other day)"),
    MIN_DAYS_BETWEEN_SOFT("min-days-between-soft", HardMediumSoftLongScore.ofSoft(50),
            "day missing between two lessons of a section below its min_days_between_soft"),
    CONSECUTIVE_TEACHING("consecutive-teaching", HardMediumSoftLongScore.ofSoft(20),
            "timeslot of lessons beyond max_consecutive_teaching in a row"),
    COURSE_SAME_BLOCK("course-same-block", HardMediumSoftLongScore.ofSoft(10),
            "pair of sections of one course in the same block"),
    ROOM_SPREAD("room-spread", HardMediumSoftLongScore.ofSoft(10),
            "room a teacher teaches in beyond their first"),
    COMMON_FREE_TIME("common-free-time", HardMediumSoftLongScore.ofSoft(1),
            "reward per minute a team's members are all free beyond its meetings"),
    MOVED_FROM_PREVIOUS("moved-from-previous", HardMediumSoftLongScore.ofSoft(50),
            "lesson in another room than in the previous schedule; a lesson or meeting in another block counts "
                    + Rule.MOVED_BLOCK_UNITS);

    /** Units of moved-from-previous for a lesson or meeting in another block than before; a room counts one. */
    public static final long MOVED_BLOCK_UNITS = 5;

    private final String id;
    private final HardMediumSoftLongScore defaultWeight;
    private final String unit;

    Rule(String id, HardMediumSoftLongScore defaultWeight, String unit) {
        this.id = id;
        this.defaultWeight = defaultWeight;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public HardMediumSoftLongScore defaultWeight() {
        return defaultWeight;
    }

    /** What one unit of the weight pays for. */
    public String unit() {
        return unit;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
