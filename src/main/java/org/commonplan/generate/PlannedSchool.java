package org.commonplan.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.TimeslotKind;

/**
 * A school as the generator builds it: the rows of every bundle file, and beside them the hidden (planted)
 * schedule — each lesson's block and room and each team meeting's block — that keeps every hard rule. Teachers,
 * sections and teams are {@link PlannedTeacher}, {@link PlannedSection} and {@link PlannedTeam}.
 */
final class PlannedSchool {

    /** One row of bell_schedule.csv. */
    record Period(String day, String period, LocalTime start, LocalTime end, TimeslotKind kind) {
    }

    /** One row of rooms.csv. */
    record Room(String id, int capacity, String kind) {
    }

    /** One row of groups.csv: a cohort that moves together. */
    record Group(String id, int size, String grade) {
    }

    /** One row of coaching.csv. */
    record Coaching(String leader, String teacher, int observationsPerWeek) {
    }

    /** One row of course_conflicts.csv. */
    record CourseConflict(String courseA, String courseB, int students) {
    }

    /** One lesson of a section in the planted schedule. */
    static final class PlantedLesson {
        final String block;
        String room;

        PlantedLesson(String block) {
            this.block = block;
        }
    }

    final Map<String, String> settings = new LinkedHashMap<>();

    /** The settings every archetype starts from: the bundle defaults, written out so the file says them. */
    void putStandardSettings(String name) {
        settings.put("name", name);
        settings.put("instructional_weeks", "36");
        settings.put("min_planning_minutes_per_week", "150");
        settings.put("collab_target_minutes", "90");
    }
    final List<Period> bell = new ArrayList<>();
    final List<PlannedTeacher> teachers = new ArrayList<>();
    final List<Room> rooms = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<PlannedSection> sections = new ArrayList<>();
    final List<PlannedTeam> teams = new ArrayList<>();
    final List<Coaching> coaching = new ArrayList<>();
    final List<CourseConflict> courseConflicts = new ArrayList<>();

    String name() {
        return settings.get("name");
    }

    PlannedTeacher teacher(String id) {
        for (PlannedTeacher teacher : teachers) {
            if (teacher.id.equals(id)) {
                return teacher;
            }
        }
        throw new IllegalArgumentException("no teacher " + id);
    }
}
