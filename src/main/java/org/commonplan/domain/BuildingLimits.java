package org.commonplan.domain;

/**
 * How often a teacher or student group may change building, as schools on several sites state it (FET's building
 * constraints): {@link #NO_LIMIT} where the school states none. A change is two lessons of one day in a row, in
 * rooms of different buildings; lessons in rooms without a building are left out.
 *
 * @param maxChangesPerDay      changes on any one day
 * @param maxChangesPerWeek     changes over the week
 * @param minGapsBetweenChanges timeslots of the day at least between the two lessons of a change (time to walk)
 */
public record BuildingLimits(int maxChangesPerDay, int maxChangesPerWeek, int minGapsBetweenChanges) {

    public static final int NO_LIMIT = -1;
    public static final BuildingLimits NONE = new BuildingLimits(NO_LIMIT, NO_LIMIT, NO_LIMIT);

    public boolean any() {
        return !equals(NONE);
    }

    public boolean limitsChanges() {
        return maxChangesPerDay != NO_LIMIT || maxChangesPerWeek != NO_LIMIT;
    }

    public boolean limitsGaps() {
        return minGapsBetweenChanges > 0;
    }

    /** This teacher's or group's own limits, each taken from {@code defaults} where it states none. */
    public BuildingLimits orElse(BuildingLimits defaults) {
        return new BuildingLimits(maxChangesPerDay != NO_LIMIT ? maxChangesPerDay : defaults.maxChangesPerDay,
                maxChangesPerWeek != NO_LIMIT ? maxChangesPerWeek : defaults.maxChangesPerWeek,
                minGapsBetweenChanges != NO_LIMIT ? minGapsBetweenChanges : defaults.minGapsBetweenChanges);
    }
}
