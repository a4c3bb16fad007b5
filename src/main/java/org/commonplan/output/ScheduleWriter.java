package org.commonplan.output;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.commonplan.bundle.PreviousScheduleReader;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.ObservationPlanner;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;
import org.commonplan.report.Activity;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.Infeasibility;
import org.commonplan.report.ScheduleChanges;
import org.commonplan.report.TeacherSchedule;
import org.commonplan.solver.RuleScore;

/**
 * Writes a solved school as the output files of the README. Files are rendered in memory first and each is written
 * whole (see {@link OutputFolder}); report.json goes last, so a folder holding one holds a whole schedule.
 */
public final class ScheduleWriter {

    public static final String MASTER_SCHEDULE = PreviousScheduleReader.MASTER_SCHEDULE;
    public static final String TEAM_MEETINGS = PreviousScheduleReader.TEAM_MEETINGS;
    public static final String BLOCKS = "blocks.csv";
    public static final String TIMETABLE = "timetable.csv";
    /** Each coaching pair's planned observations: the leader free while the coached teacher teaches. */
    public static final String OBSERVATIONS = "observations.csv";
    public static final String REPORT = "report.json";
    public static final List<String> FILES = List.of(MASTER_SCHEDULE, TEAM_MEETINGS, BLOCKS, TIMETABLE,
            OBSERVATIONS, REPORT);
    /** What a re-solve changed from the schedule it started from: written only then, besides the five. */
    public static final String CHANGES = "changes.csv";

    /** A schedule's folder: an earlier one is known by its master_schedule.csv, the file written first. */
    public static final OutputFolder.Kind OUTPUT = new OutputFolder.Kind("schedule",
            List.of(MASTER_SCHEDULE, TEAM_MEETINGS, BLOCKS, TIMETABLE, OBSERVATIONS, CHANGES, REPORT),
            Map.of(MASTER_SCHEDULE, "section,lesson,"), null);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScheduleWriter() {
    }

    /**
     * What report.json holds: the collaboration report, the score and its analysis, and for a re-solve how many
     * lessons and meetings moved from the schedule it started from (left out otherwise).
     *
     * @param infeasibility what no schedule of this problem can give, found from the problem before solving
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportDocument(String school, String score, boolean feasible,
            List<Infeasibility.Cause> infeasibility, CollaborationReport collaboration, List<RuleScore> analysis,
            ScheduleChanges.Counts changes) {
    }

    /** Every output file by name, rendered in memory. */
    public static Map<String, byte[]> render(School school, CollaborationReport report, List<RuleScore> analysis)
            throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MASTER_SCHEDULE, masterSchedule(school));
        files.put(TEAM_MEETINGS, teamMeetings(school));
        files.put(BLOCKS, blocks(school));
        TeacherSchedule schedule = new TeacherSchedule(school);
        files.put(TIMETABLE, timetable(schedule));
        files.put(OBSERVATIONS, observations(schedule));
        ScheduleChanges changes = ScheduleChanges.of(school);
        if (changes != null) {
            files.put(CHANGES, changes(changes));
        }
        boolean feasible = school.getScore() != null ? school.getScore().isFeasible() : report.summary().feasible();
        files.put(REPORT, JSON.writeValueAsBytes(new ReportDocument(school.getName(),
                String.valueOf(school.getScore()), feasible, Infeasibility.of(school).causes(), report, analysis,
                changes == null ? null : changes.counts())));
        return files;
    }

    /**
     * Writes the files into a new or empty folder, or over an earlier schedule's files, leaving every other file
     * there as it is. Throws {@link OutputFolder.Refused} for any other folder.
     */
    public static void write(Map<String, byte[]> files, Path outDir) throws IOException {
        OutputFolder.create(outDir, OUTPUT);
        // Gone first and back last: a resumed batch keeps a school whose report.json is there.
        Files.deleteIfExists(outDir.resolve(REPORT));
        if (!files.containsKey(CHANGES)) {
            // An earlier re-solve's changes do not describe this schedule.
            Files.deleteIfExists(outDir.resolve(CHANGES));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals(REPORT)) {
                OutputFolder.write(outDir, file.getKey(), file.getValue());
            }
        }
        if (files.containsKey(REPORT)) {
            OutputFolder.write(outDir, REPORT, files.get(REPORT));
        }
    }

    private static byte[] csv(List<String> header, List<List<?>> rows) throws IOException {
        StringWriter writer = new StringWriter();
        SafeCsv.write(writer, header, rows);
        return writer.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] masterSchedule(School school) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            var section = lesson.getSection();
            rows.add(List.of(section.getId(), lesson.getNumber(), section.getCourse(), section.getTeacher().getId(),
                    section.getCoTeachers().stream().map(Teacher::getId).collect(Collectors.joining(";")),
                    section.getGroups().stream().map(StudentGroup::getId).collect(Collectors.joining(";")),
                    lesson.getBlock() == null ? "" : lesson.getBlock().getId(),
                    lesson.getRoom() == null ? "" : lesson.getRoom().getId()));
        }
        return csv(List.of("section", "lesson", "course", "teacher", "co_teacher", "groups", "block", "room"), rows);
    }

    public static byte[] teamMeetings(School school) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        // In the order of teams.csv, as the school wrote it; the solver holds meetings in team id order.
        Map<Team, List<TeamMeeting>> meetingsByTeam = school.getMeetings().stream()
                .collect(Collectors.groupingBy(TeamMeeting::getTeam));
        for (TeamMeeting meeting : school.getTeams().stream()
                .flatMap(team -> meetingsByTeam.getOrDefault(team, List.of()).stream()).toList()) {
            rows.add(List.of(meeting.getTeam().getId(), meeting.getNumber(),
                    meeting.getBlock() == null ? "" : meeting.getBlock().getId(),
                    meeting.getBlock() == null ? 0 : meeting.getBlock().getMinutes()));
        }
        return csv(List.of("team", "meeting", "block", "minutes"), rows);
    }

    static byte[] blocks(School school) throws IOException {
        Set<Block> used = new LinkedHashSet<>();
        school.getLessons().stream().map(Lesson::getBlock).filter(block -> block != null).forEach(used::add);
        school.getMeetings().stream().map(TeamMeeting::getBlock).filter(block -> block != null).forEach(used::add);
        List<List<?>> rows = new ArrayList<>();
        for (Block block : used) {
            for (Timeslot timeslot : block.getTimeslots()) {
                rows.add(List.of(block.getId(), block.getFamily(), timeslot.day(), timeslot.period()));
            }
        }
        return csv(List.of("block", "family", "day", "period"), rows);
    }

    static byte[] changes(ScheduleChanges changes) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (ScheduleChanges.Change change : changes.changes()) {
            rows.add(List.of(change.kind(), change.id(), change.number(), text(change.fromBlock()),
                    text(change.toBlock()), text(change.fromRoom()), text(change.toRoom()), change.reason()));
        }
        return csv(List.of("kind", "id", "lesson", "from_block", "to_block", "from_room", "to_room", "reason"), rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static byte[] observations(TeacherSchedule schedule) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (ObservationPlanner.Observation observation : schedule.observations()) {
            Timeslot timeslot = schedule.school().getBellSchedule().getTimeslot(observation.slot());
            rows.add(List.of(observation.pair().leader().getId(), observation.pair().teacher().getId(),
                    timeslot.day(), timeslot.period(), timeslot.start().toString(), timeslot.end().toString()));
        }
        return csv(List.of("leader", "teacher", "day", "period", "start", "end"), rows);
    }

    static byte[] timetable(TeacherSchedule schedule) throws IOException {
        School school = schedule.school();
        List<List<?>> rows = new ArrayList<>();
        for (Teacher teacher : school.getTeachers()) {
            Activity[] activities = schedule.activities(teacher);
            for (List<Timeslot> day : school.getBellSchedule().getTimeslotsByDay()) {
                for (Timeslot timeslot : day) {
                    Activity activity = activities[timeslot.index()];
                    if (activity == null) {
                        continue;
                    }
                    String ref = "";
                    String room = "";
                    if (activity == Activity.TEACHING) {
                        Lesson lesson = schedule.lessonsAt(teacher, timeslot.index()).get(0);
                        ref = lesson.getSection().getId();
                        room = lesson.getRoom() == null ? "" : lesson.getRoom().getId();
                    } else if (activity == Activity.MEETING) {
                        ref = schedule.meetingsAt(teacher, timeslot.index()).get(0).getTeam().getId();
                    } else if (activity == Activity.HOMEROOM) {
                        ref = teacher.getHomeroom().getId();
                    } else if (activity == Activity.OBSERVING) {
                        ref = schedule.observedBy(teacher, timeslot.index()).getId();
                    }
                    rows.add(List.of(teacher.getId(), timeslot.day(), timeslot.period(), timeslot.start().toString(),
                            timeslot.end().toString(), activity.name(), ref, room));
                }
            }
        }
        return csv(List.of("teacher", "day", "period", "start", "end", "activity", "ref", "room"), rows);
    }
}
