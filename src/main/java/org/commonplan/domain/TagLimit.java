package org.commonplan.domain;

/**
 * A teacher's limit on their lessons of sections with one tag (FET's teacher activity-tag limits): CLASS timeslots
 * of such lessons a day, and in a row; {@link #NO_LIMIT} where the school states none.
 */
public record TagLimit(String tag, int maxPerDay, int maxInARow) {

    public static final int NO_LIMIT = -1;
}
