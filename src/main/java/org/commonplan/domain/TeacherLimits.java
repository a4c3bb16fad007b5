package org.commonplan.domain;

/**
 * A teacher's own limits on the shape of their week, as real schools state them (FET's teacher constraints):
 * {@link #NO_LIMIT} where the school states none.
 *
 * @param maxDaysPerWeek   days with at least one lesson
 * @param minLessonsPerDay lessons on a day they teach at all
 * @param maxGapsPerDay    free CLASS timeslots between their first and last lesson of a day
 * @param maxGapsPerWeek   the same, over the week
 * @param maxLessonsInARow CLASS timeslots of lessons in a row (a hard limit, unlike the school-wide soft one)
 */
public record TeacherLimits(int maxDaysPerWeek, int minLessonsPerDay, int maxGapsPerDay, int maxGapsPerWeek,
        int maxLessonsInARow) {

    public static final int NO_LIMIT = -1;
    public static final TeacherLimits NONE = new TeacherLimits(NO_LIMIT, NO_LIMIT, NO_LIMIT, NO_LIMIT, NO_LIMIT);

    public boolean limitsDays() {
        return maxDaysPerWeek != NO_LIMIT;
    }

    public boolean limitsShortDays() {
        return minLessonsPerDay != NO_LIMIT;
    }

    public boolean limitsGaps() {
        return maxGapsPerDay != NO_LIMIT || maxGapsPerWeek != NO_LIMIT;
    }

    public boolean limitsLessonsInARow() {
        return maxLessonsInARow != NO_LIMIT;
    }
}
