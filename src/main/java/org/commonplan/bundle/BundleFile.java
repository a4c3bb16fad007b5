package org.commonplan.bundle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The files of a bundle, with the columns each may have and the ones it must have. */
enum BundleFile {
    SETTINGS("settings.csv", false, List.of("key", "value"), List.of("key", "value")),
    BELL_SCHEDULE("bell_schedule.csv", true, List.of("day", "period", "start", "end", "kind"),
            List.of("day", "period", "start", "end")),
    BLOCKS("blocks.csv", false, List.of("block", "family", "day", "period"),
            List.of("block", "family", "day", "period")),
    TEACHERS("teachers.csv", true, List.of("id", "name", "subjects", "role", "release_per_day", "homeroom",
            "unavailable", "max_teaching_per_day", "salary", "max_days_per_week", "min_lessons_per_day",
            "max_gaps_per_day", "max_gaps_per_week", "max_lessons_in_a_row", "min_days_per_week", "interval_max_days",
            "max_building_changes_per_day", "max_building_changes_per_week", "min_gaps_between_building_changes",
            "max_tagged_per_day", "max_tagged_in_a_row"),
            List.of("id")),
    ROOMS("rooms.csv", true, List.of("id", "capacity", "kind", "unavailable", "building"), List.of("id", "capacity")),
    GROUPS("groups.csv", false, List.of("id", "size", "grade", "max_gaps_per_day", "max_gaps_per_week",
            "min_lessons_per_day", "max_lessons_per_day", "max_late_starts", "max_building_changes_per_day",
            "max_building_changes_per_week", "min_gaps_between_building_changes", "unavailable"), List.of("id", "size")),
    SECTIONS("sections.csv", true, List.of("id", "course", "subject", "teacher", "co_teacher", "groups",
            "enrollment", "room_kind", "family", "meetings", "fixed_block", "fixed_room", "rooms", "blocks",
            "min_days_between", "ends_day", "min_days_between_soft", "course_spread", "tags"),
            List.of("id", "course", "teacher")),
    TEAMS("teams.csv", false, List.of("id", "name", "kind", "members", "leader", "meetings_per_week", "family",
            "priority", "fixed_blocks"), List.of("id", "kind")),
    COACHING("coaching.csv", false, List.of("leader", "teacher", "observations_per_week"),
            List.of("leader", "teacher")),
    COURSE_CONFLICTS("course_conflicts.csv", false, List.of("course_a", "course_b", "students"),
            List.of("course_a", "course_b", "students")),
    SECTION_LINKS("section_links.csv", false, List.of("kind", "sections", "min_gap"), List.of("kind", "sections"));

    private final String fileName;
    private final boolean required;
    private final List<String> columns;
    private final List<String> requiredColumns;

    BundleFile(String fileName, boolean required, List<String> columns, List<String> requiredColumns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    String fileName() {
        return fileName;
    }

    /** The key of this file in the JSON form of a bundle: the file name without {@code .csv}. */
    String jsonKey() {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    boolean required() {
        return required;
    }

    List<String> columns() {
        return columns;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }

    static Optional<BundleFile> byFileName(String fileName) {
        return Arrays.stream(values()).filter(file -> file.fileName.equals(fileName)).findFirst();
    }

    static Optional<BundleFile> byJsonKey(String key) {
        return Arrays.stream(values()).filter(file -> file.jsonKey().equals(key)).findFirst();
    }

    static String fileNames() {
        return String.join(", ", Arrays.stream(values()).map(BundleFile::fileName).toList());
    }
}
