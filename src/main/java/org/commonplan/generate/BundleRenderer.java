package org.commonplan.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonplan.output.SafeCsv;
import org.commonplan.domain.TimeslotKind;

/** Writes a planned school as the CSV files of an input bundle (README), without its planted schedule. */
final class BundleRenderer {

    private BundleRenderer() {
    }

    /** Every file of the bundle by name, in a fixed order; optional files only when they have rows. */
    static Map<String, byte[]> render(PlannedSchool school) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("settings.csv", settings(school));
        files.put("bell_schedule.csv", bellSchedule(school));
        files.put("teachers.csv", teachers(school));
        files.put("rooms.csv", rooms(school));
        if (!school.groups.isEmpty()) {
            files.put("groups.csv", groups(school));
        }
        files.put("sections.csv", sections(school));
        if (!school.teams.isEmpty()) {
            files.put("teams.csv", teams(school));
        }
        if (!school.coaching.isEmpty()) {
            files.put("coaching.csv", coaching(school));
        }
        if (!school.courseConflicts.isEmpty()) {
            files.put("course_conflicts.csv", courseConflicts(school));
        }
        return files;
    }

    private static byte[] csv(List<String> header, List<List<?>> rows) {
        StringWriter writer = new StringWriter();
        try {
            SafeCsv.write(writer, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String list(List<String> items) {
        return String.join(";", items);
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static byte[] settings(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        school.settings.forEach((key, value) -> rows.add(List.of(key, value)));
        return csv(List.of("key", "value"), rows);
    }

    private static byte[] bellSchedule(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedSchool.Period period : school.bell) {
            rows.add(List.of(period.day(), period.period(), period.start().toString(), period.end().toString(),
                    period.kind() == TimeslotKind.CLASS ? "CLASS" : period.kind().name()));
        }
        return csv(List.of("day", "period", "start", "end", "kind"), rows);
    }

    private static byte[] teachers(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedTeacher teacher : school.teachers) {
            rows.add(List.of(teacher.id, teacher.name, list(teacher.subjects), teacher.role.name(),
                    teacher.releasePerDay == 0 ? "" : String.valueOf(teacher.releasePerDay), orEmpty(teacher.homeroom),
                    list(teacher.unavailable), orEmpty(teacher.maxTeachingPerDay), String.valueOf(teacher.salary)));
        }
        return csv(List.of("id", "name", "subjects", "role", "release_per_day", "homeroom", "unavailable",
                "max_teaching_per_day", "salary"), rows);
    }

    private static byte[] rooms(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedSchool.Room room : school.rooms) {
            rows.add(List.of(room.id(), String.valueOf(room.capacity()), room.kind()));
        }
        return csv(List.of("id", "capacity", "kind"), rows);
    }

    private static byte[] groups(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedSchool.Group group : school.groups) {
            rows.add(List.of(group.id(), String.valueOf(group.size()), group.grade()));
        }
        return csv(List.of("id", "size", "grade"), rows);
    }

    private static byte[] sections(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedSection section : school.sections) {
            rows.add(List.of(section.id, section.course, section.subject, section.teacher, orEmpty(section.coTeacher),
                    section.groups.stream().map(PlannedSchool.Group::id).collect(Collectors.joining(";")),
                    section.groups.isEmpty() ? String.valueOf(section.enrollment) : "", section.roomKind,
                    section.family, String.valueOf(section.lessons.size())));
        }
        return csv(List.of("id", "course", "subject", "teacher", "co_teacher", "groups", "enrollment", "room_kind",
                "family", "meetings"), rows);
    }

    private static byte[] teams(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedTeam team : school.teams) {
            rows.add(List.of(team.id, team.name, team.kind.name(), list(team.members), orEmpty(team.leader),
                    String.valueOf(team.meetingBlocks.size()), team.family, String.valueOf(team.priority)));
        }
        return csv(List.of("id", "name", "kind", "members", "leader", "meetings_per_week", "family", "priority"),
                rows);
    }

    private static byte[] coaching(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedSchool.Coaching pair : school.coaching) {
            rows.add(List.of(pair.leader(), pair.teacher(), String.valueOf(pair.observationsPerWeek())));
        }
        return csv(List.of("leader", "teacher", "observations_per_week"), rows);
    }

    private static byte[] courseConflicts(PlannedSchool school) {
        List<List<?>> rows = new ArrayList<>();
        for (PlannedSchool.CourseConflict conflict : school.courseConflicts) {
            rows.add(List.of(conflict.courseA(), conflict.courseB(), String.valueOf(conflict.students())));
        }
        return csv(List.of("course_a", "course_b", "students"), rows);
    }
}
