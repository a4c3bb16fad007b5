package org.commonplan.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.TeacherRole;
import org.commonplan.domain.TeamKind;
import org.commonplan.domain.TimeslotKind;

/**
 * A school as the generator builds it: the rows of every bundle file, and beside them the hidden (planted)
 * schedule — each lesson's block and room and each team meeting's block — that keeps every hard rule.
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

    /** One row of teachers.csv. */
    static final class Teacher {
        final String id;
        final String name;
        final List<String> subjects;
        final long salary;
        final int yearsOfExperience;
        TeacherRole role = TeacherRole.TEACHER;
        int releasePerDay;
        String homeroom;
        /** Timeslots (DAY-PERIOD) in which a part-time teacher is not at school. */
        List<String> unavailable = List.of();
        /** Null for the school's default limit. */
        Integer maxTeachingPerDay;

        Teacher(String id, String name, List<String> subjects, long salary, int yearsOfExperience) {
            this.id = id;
            this.name = name;
            this.subjects = List.copyOf(subjects);
            this.salary = salary;
            this.yearsOfExperience = yearsOfExperience;
        }

        boolean isLeader() {
            return role == TeacherRole.TEACHER_LEADER;
        }
    }

    /** One lesson of a section in the planted schedule. */
    static final class PlantedLesson {
        final String block;
        String room;

        PlantedLesson(String block) {
            this.block = block;
        }
    }

    /** One row of sections.csv with its planted lessons (as many as the section meets). */
    static final class Section {
        final String id;
        final String course;
        final String subject;
        final String teacher;
        String coTeacher;
        final List<Group> groups;
        /** Students when the section has no groups; with groups, their sizes add up. */
        final Integer enrollment;
        final String roomKind;
        final String family;
        final List<PlantedLesson> lessons = new ArrayList<>();
        /** How a new room for this section is named and sized, when no existing room fits. */
        String roomPrefix;
        int roomCapacity;

        Section(String id, String course, String subject, String teacher, List<Group> groups, Integer enrollment,
                String roomKind, String family) {
            this.id = id;
            this.course = course;
            this.subject = subject;
            this.teacher = teacher;
            this.groups = List.copyOf(groups);
            this.enrollment = enrollment;
            this.roomKind = roomKind;
            this.family = family;
        }

        int students() {
            return groups.isEmpty() ? enrollment : groups.stream().mapToInt(Group::size).sum();
        }

        List<String> staff() {
            return coTeacher == null ? List.of(teacher) : List.of(teacher, coTeacher);
        }

        Section plant(String block) {
            lessons.add(new PlantedLesson(block));
            return this;
        }
    }

    /** One row of teams.csv, with the blocks of its planted meetings (meetings_per_week is their number). */
    static final class Team {
        final String id;
        final String name;
        final TeamKind kind;
        final List<String> members;
        final String leader;
        final String family;
        final int priority;
        final List<String> meetingBlocks = new ArrayList<>();

        Team(String id, String name, TeamKind kind, List<String> members, String leader, String family,
                int priority) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.members = List.copyOf(members);
            this.leader = leader;
            this.family = family;
            this.priority = priority;
        }

        /** Members and the leader: everyone who must be free when the team meets. */
        List<String> attendees() {
            List<String> everyone = new ArrayList<>(members);
            if (leader != null && !everyone.contains(leader)) {
                everyone.add(leader);
            }
            return everyone;
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
    final List<Teacher> teachers = new ArrayList<>();
    final List<Room> rooms = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();
    final List<Coaching> coaching = new ArrayList<>();
    final List<CourseConflict> courseConflicts = new ArrayList<>();

    String name() {
        return settings.get("name");
    }

    Teacher teacher(String id) {
        for (Teacher teacher : teachers) {
            if (teacher.id.equals(id)) {
                return teacher;
            }
        }
        throw new IllegalArgumentException("no teacher " + id);
    }
}
