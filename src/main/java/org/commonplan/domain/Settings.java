package org.commonplan.domain;

import java.time.Duration;

/** Per-school settings from settings.csv, with the defaults of the bundle format. */
public record Settings(String name, int instructionalWeeks, int maxTeachingPerDay, int minPlanningMinutesPerWeek,
        int maxConsecutiveTeaching, long defaultSalary, String currency, Duration timeLimit,
        int collabTargetMinutes) {

    public static final int DEFAULT_INSTRUCTIONAL_WEEKS = 36;
    public static final int DEFAULT_MIN_PLANNING_MINUTES = 150;
    public static final int DEFAULT_MAX_CONSECUTIVE_TEACHING = 3;
    public static final long DEFAULT_SALARY = 65_000;
    public static final String DEFAULT_CURRENCY = "USD";
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    public static final int DEFAULT_COLLAB_TARGET_MINUTES = 90;
}
