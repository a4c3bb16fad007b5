package org.commonplan.generate;

import java.util.List;

import org.commonplan.domain.TeacherRole;

/** One row of teachers.csv as the generator plans it (the domain's own is {@link org.commonplan.domain.Teacher}). */
final class PlannedTeacher {
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

    PlannedTeacher(String id, String name, List<String> subjects, long salary, int yearsOfExperience) {
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
