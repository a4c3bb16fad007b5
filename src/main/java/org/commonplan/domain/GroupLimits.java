package org.commonplan.domain;

/**
 * A student group's limits on the shape of its days, as class-based schools state them (FET's students
 * constraints): {@link #NO_LIMIT} where the school states none.
 *
 * @param maxGapsPerDay    CLASS timeslots without a lesson between the group's first and last lesson of a day
 * @param maxGapsPerWeek   the same, over the week
 * @param minLessonsPerDay CLASS timeslots with a lesson, every day of the week
 * @param maxLessonsPerDay CLASS timeslots with a lesson, on any day
 * @param maxLateStarts    days whose first lesson comes after the day's first CLASS period (0: the group always
 *                         starts at the first period)
 */
public record GroupLimits(int maxGapsPerDay, int maxGapsPerWeek, int minLessonsPerDay, int maxLessonsPerDay,
        int maxLateStarts) {

    public static final int NO_LIMIT = -1;
    public static final GroupLimits NONE = new GroupLimits(NO_LIMIT, NO_LIMIT, NO_LIMIT, NO_LIMIT, NO_LIMIT);

    public boolean any() {
        return !equals(NONE);
    }
}
