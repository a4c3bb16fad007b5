package org.commonplan.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of sections.csv with its planted lessons (as many as the section meets), as the generator plans it (the
 * domain's own is {@link org.commonplan.domain.Section}).
 */
final class PlannedSection {
    final String id;
    final String course;
    final String subject;
    final String teacher;
    String coTeacher;
    final List<PlannedSchool.Group> groups;
    /** Students when the section has no groups; with groups, their sizes add up. */
    final Integer enrollment;
    final String roomKind;
    final String family;
    final List<PlannedSchool.PlantedLesson> lessons = new ArrayList<>();
    /** How a new room for this section is named and sized, when no existing room fits. */
    String roomPrefix;
    int roomCapacity;

    PlannedSection(String id, String course, String subject, String teacher, List<PlannedSchool.Group> groups,
            Integer enrollment, String roomKind, String family) {
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
        return groups.isEmpty() ? enrollment : groups.stream().mapToInt(PlannedSchool.Group::size).sum();
    }

    List<String> staff() {
        return coTeacher == null ? List.of(teacher) : List.of(teacher, coTeacher);
    }

    PlannedSection plant(String block) {
        lessons.add(new PlannedSchool.PlantedLesson(block));
        return this;
    }
}
