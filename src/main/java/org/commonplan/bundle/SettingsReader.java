package org.commonplan.bundle;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.bundle.Table.Row;
import org.commonplan.domain.Settings;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.Rule;

/** Reads settings.csv: known keys with their defaults, and {@code weight.<rule-id>} overrides. */
final class SettingsReader {

    private static final String WEIGHT_PREFIX = "weight.";
    private static final Set<String> KEYS = Set.of("name", "instructional_weeks", "max_teaching_per_day",
            "min_planning_minutes_per_week", "max_consecutive_teaching", "default_salary", "currency",
            "time_limit", "collab_target_minutes", "max_building_changes_per_day", "max_building_changes_per_week",
            "min_gaps_between_building_changes");
    private static final String VALUE = "value";

    private String name;
    private int instructionalWeeks = Settings.DEFAULT_INSTRUCTIONAL_WEEKS;
    private Integer maxTeachingPerDay;
    private int minPlanningMinutesPerWeek = Settings.DEFAULT_MIN_PLANNING_MINUTES;
    private int maxConsecutiveTeaching = Settings.DEFAULT_MAX_CONSECUTIVE_TEACHING;
    private long defaultSalary = Settings.DEFAULT_SALARY;
    private String currency = Settings.DEFAULT_CURRENCY;
    private Duration timeLimit = Settings.DEFAULT_TIME_LIMIT;
    private int collabTargetMinutes = Settings.DEFAULT_COLLAB_TARGET_MINUTES;
    private BuildingLimits buildingLimits = BuildingLimits.NONE;
    private final Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();

    /** Reads the table, or keeps every default when there is none. */
    SettingsReader(Table table, Problems problems) {
        if (table == null) {
            return;
        }
        Cells cells = new Cells(table, problems);
        Map<String, Integer> seenOnLine = new HashMap<>();
        for (Row row : cells.rows()) {
            String key = cells.required(row, "key");
            if (key == null) {
                continue;
            }
            Integer firstLine = seenOnLine.putIfAbsent(key, row.line());
            if (firstLine != null) {
                cells.problem(row, "key", "key " + Cells.quote(key) + " is already set on line " + firstLine);
                continue;
            }
            if (key.startsWith(WEIGHT_PREFIX)) {
                readWeight(cells, row, key);
            } else if (KEYS.contains(key)) {
                readKey(cells, row, key);
            } else {
                cells.problem(row, "key", "unknown key " + Cells.quote(key) + "; the keys are "
                        + String.join(", ", KEYS.stream().sorted().toList()) + " and weight.<rule-id>");
            }
        }
    }

    private void readKey(Cells cells, Row row, String key) {
        String raw = cells.required(row, VALUE);
        if (raw == null) {
            return;
        }
        switch (key) {
            case "name" -> name = raw;
            case "instructional_weeks" -> instructionalWeeks = integer(cells, row, key, raw, instructionalWeeks, 1, 53);
            case "max_teaching_per_day" ->
                    maxTeachingPerDay = integer(cells, row, key, raw, null, 1, Limits.MAX_PER_DAY);
            case "min_planning_minutes_per_week" ->
                    minPlanningMinutesPerWeek = integer(cells, row, key, raw, minPlanningMinutesPerWeek, 0, 10_080);
            case "max_consecutive_teaching" ->
                    maxConsecutiveTeaching = integer(cells, row, key, raw, maxConsecutiveTeaching, 1, 100);
            case "default_salary" -> {
                Long salary = cells.whole(row, VALUE, key, raw, null, 0, Limits.MAX_SALARY);
                defaultSalary = salary == null ? defaultSalary : salary;
            }
            case "currency" -> currency = raw;
            case "time_limit" -> timeLimit = duration(cells, row, raw);
            case "collab_target_minutes" ->
                    collabTargetMinutes = integer(cells, row, key, raw, collabTargetMinutes, 1, 10_080);
            case "max_building_changes_per_day" -> buildingLimits = new BuildingLimits(
                    integer(cells, row, key, raw, BuildingLimits.NO_LIMIT, 0, Limits.MAX_PER_DAY),
                    buildingLimits.maxChangesPerWeek(), buildingLimits.minGapsBetweenChanges());
            case "max_building_changes_per_week" -> buildingLimits = new BuildingLimits(
                    buildingLimits.maxChangesPerDay(),
                    integer(cells, row, key, raw, BuildingLimits.NO_LIMIT, 0, Limits.MAX_PER_WEEK),
                    buildingLimits.minGapsBetweenChanges());
            case "min_gaps_between_building_changes" -> buildingLimits = new BuildingLimits(
                    buildingLimits.maxChangesPerDay(), buildingLimits.maxChangesPerWeek(),
                    integer(cells, row, key, raw, BuildingLimits.NO_LIMIT, 0, Limits.MAX_PER_DAY));
            default -> throw new IllegalStateException("key listed but not read: " + key);
        }
    }

    private static Integer integer(Cells cells, Row row, String key, String raw, Integer fallback, int min,
            int max) {
        Long value = cells.whole(row, VALUE, key, raw, null, min, max);
        return value == null ? fallback : Integer.valueOf(value.intValue());
    }

    /** {@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms}, or ISO-8601 such as {@code PT30S}, as the CLI takes it. */
    private Duration duration(Cells cells, Row row, String raw) {
        Duration parsed;
        try {
            parsed = TimeLimits.parse(raw);
        } catch (ArithmeticException | NumberFormatException e) {
            parsed = null;
        }
        if (parsed == null) {
            cells.problem(row, VALUE, "time_limit " + Cells.quote(raw)
                    + " is not a positive duration such as 30s, 2m or PT30S");
            return timeLimit;
        }
        String refusal = TimeLimits.refusal(parsed);
        if (refusal != null) {
            cells.problem(row, VALUE, "time_limit " + Cells.quote(raw) + " " + refusal);
            return timeLimit;
        }
        return parsed;
    }

    private void readWeight(Cells cells, Row row, String key) {
        String ruleId = key.substring(WEIGHT_PREFIX.length());
        if (Rule.byId(ruleId).isEmpty()) {
            cells.problem(row, "key", "unknown rule " + Cells.quote(ruleId) + " in " + Cells.quote(key)
                    + "; the rules are " + String.join(", ", Arrays.stream(Rule.values())
                            .map(Rule::id).toList()));
            return;
        }
        if (ruleId.equals(Rule.UNPLACED_LESSON.id())) {
            cells.problem(row, "key", Cells.quote(key) + " cannot be changed: a schedule with a lesson left without"
                    + " a block or a room is never usable");
            return;
        }
        String raw = cells.required(row, VALUE);
        if (raw == null) {
            return;
        }
        HardMediumSoftLongScore weight;
        try {
            weight = HardMediumSoftLongScore.parseScore(raw);
        } catch (RuntimeException e) {
            cells.problem(row, VALUE, "weight " + Cells.quote(raw) + " is not a score such as 0hard/5medium/0soft");
            return;
        }
        if (weight.hardScore() < 0 || weight.mediumScore() < 0 || weight.softScore() < 0) {
            // Timefold rejects negative weights; a rule is turned off with 0hard/0medium/0soft.
            cells.problem(row, VALUE, "weight " + Cells.quote(raw) + " must not be negative");
            return;
        }
        if (Math.max(weight.hardScore(), Math.max(weight.mediumScore(), weight.softScore())) > Limits.MAX_WEIGHT) {
            cells.problem(row, VALUE, String.format("weight %s is out of range: each level must be between 0 and %,d",
                    Cells.quote(raw), Limits.MAX_WEIGHT));
            return;
        }
        weights.put(ruleId, weight);
    }

    /** The weight overrides by rule id, which is also the constraint name. */
    Map<String, HardMediumSoftLongScore> weights() {
        return weights;
    }

    /** The school-wide limits on building changes, for every teacher and group without limits of their own. */
    BuildingLimits buildingLimits() {
        return buildingLimits;
    }

    long defaultSalary() {
        return defaultSalary;
    }

    /** The teaching limit from settings.csv, or null to take the bell schedule's default. */
    Integer maxTeachingPerDay() {
        return maxTeachingPerDay;
    }

    /**
     * The settings, named {@code defaultName} unless settings.csv names the school, with the default teaching
     * limit of CLASS periods on the longest day less one.
     */
    Settings settings(int classPeriodsPerDay, String defaultName) {
        int maxTeaching = maxTeachingPerDay != null ? maxTeachingPerDay : Math.max(1, classPeriodsPerDay - 1);
        return new Settings(name != null ? name : defaultName, instructionalWeeks, maxTeaching, minPlanningMinutesPerWeek, maxConsecutiveTeaching,
                defaultSalary, currency, timeLimit, collabTargetMinutes);
    }
}
