package org.commonplan.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.RuleCheck;

/**
 * The proof that a generated school is what it claims: its bundle is read back with the project's own reader,
 * the planted schedule is applied, and the report's independent rule recount must find no broken hard rule, every
 * meeting placed, no singleton conflict and no coaching shortfall. The planted schedule is then written in the
 * solver's output format, so the best possible result of the instance is known.
 */
public final class PlantedSchedule {

    /** The folder beside the bundle that holds the planted schedule. */
    public static final String FOLDER = "planted";

    private PlantedSchedule() {
    }

    /**
     * Reads the bundle files, applies the planted schedule and checks it.
     *
     * @return the planted schedule's output files (master_schedule.csv and team_meetings.csv) by name
     * @throws IllegalStateException when the bundle does not read or the planted schedule breaks a rule: a bug in
     *                               the generator, never a property of the seed
     */
    static Map<String, byte[]> verifyAndRender(PlannedSchool planned, Map<String, byte[]> bundleFiles) {
        School school;
        try {
            school = BundleReader.read(bundleFiles, planned.name());
        } catch (BundleException e) {
            throw new IllegalStateException("generated bundle " + planned.name() + " does not read: "
                    + e.problems().stream().limit(10).map(Object::toString).collect(Collectors.joining("; ")), e);
        }
        apply(planned, school);
        List<RuleCheck.Violation> violations = RuleCheck.hardViolations(school);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("planted schedule of " + planned.name() + " breaks hard rules: "
                    + violations.stream().limit(10).map(RuleCheck.Violation::description)
                            .collect(Collectors.joining("; ")));
        }
        CollaborationReport report = CollaborationReport.of(school);
        if (report.summary().meetingsScheduled() != report.summary().meetingsRequested()) {
            throw new IllegalStateException("planted schedule of " + planned.name() + " leaves meetings out");
        }
        report.coaching().stream().filter(pair -> pair.observationsPlanned() < pair.observationsWanted()).findFirst()
                .ifPresent(pair -> {
                    throw new IllegalStateException("planted schedule of " + planned.name() + " can plan too "
                            + "few observations for " + pair.leader() + " -> " + pair.teacher());
                });
        checkSingletons(planned, school);
        try {
            Map<String, byte[]> output = ScheduleWriter.render(school, report, List.of());
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(ScheduleWriter.MASTER_SCHEDULE, output.get(ScheduleWriter.MASTER_SCHEDULE));
            files.put(ScheduleWriter.TEAM_MEETINGS, output.get(ScheduleWriter.TEAM_MEETINGS));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts each lesson and meeting of the school read from the bundle where the plan planted it. */
    private static void apply(PlannedSchool planned, School school) {
        Map<String, PlannedSection> sections = new HashMap<>();
        planned.sections.forEach(section -> sections.put(section.id, section));
        Map<String, PlannedTeam> teams = new HashMap<>();
        planned.teams.forEach(team -> teams.put(team.id, team));
        Map<String, Room> rooms = new HashMap<>();
        school.getRooms().forEach(room -> rooms.put(room.getId(), room));
        for (Lesson lesson : school.getLessons()) {
            PlannedSchool.PlantedLesson planted = sections.get(lesson.getSection().getId()).lessons
                    .get(lesson.getNumber() - 1);
            lesson.setBlock(school.getBellSchedule().block(planted.block));
            lesson.setRoom(rooms.get(planted.room));
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            String block = teams.get(meeting.getTeam().getId()).meetingBlocks.get(meeting.getNumber() - 1);
            meeting.setBlock(school.getBellSchedule().block(block));
        }
    }

    private static void checkSingletons(PlannedSchool planned, School school) {
        Map<String, List<Section>> byCourse = school.getSections().stream()
                .collect(Collectors.groupingBy(Section::getCourse));
        Map<Section, List<Lesson>> lessons = school.getLessons().stream()
                .collect(Collectors.groupingBy(Lesson::getSection));
        for (CourseConflict conflict : school.getCourseConflicts()) {
            List<Section> a = byCourse.get(conflict.courseA());
            List<Section> b = byCourse.get(conflict.courseB());
            if (a.size() == 1 && b.size() == 1 && lessons.get(a.get(0)).stream()
                    .anyMatch(x -> lessons.get(b.get(0)).stream().anyMatch(x::overlaps))) {
                throw new IllegalStateException("planted schedule of " + planned.name() + " puts singletons "
                        + conflict.courseA() + " and " + conflict.courseB() + " at the same time");
            }
        }
    }
}
