package org.commonplan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.commonplan.domain.Block;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;
import org.commonplan.report.Activity;
import org.commonplan.report.TeacherSchedule;
import org.commonplan.domain.Rule;
import org.commonplan.solver.RuleScore;

/**
 * A job's week as the web page draws it: the bell schedule with its times, everyone a grid can be drawn for, and
 * every lesson and meeting with the timeslots it takes. The page builds each grid from these on demand, so one
 * answer serves every teacher, class, room and team of a 300-teacher school.
 *
 * @param timeslots every period of the week in day order, with its start and end
 * @param unplaced  lessons and meetings with no block (or lessons with no room), each with the reason in words
 */
public record TimetableView(String school, List<String> days, List<Slot> timeslots, List<Person> teachers,
        List<Group> groups, List<Place> rooms, List<TeamView> teams, List<LessonView> lessons,
        List<MeetingView> meetings, List<Unplaced> unplaced) {

    /** One period of the bell schedule; {@code index} is what the lessons' and meetings' {@code slots} refer to. */
    public record Slot(int index, String day, String period, String start, String end, String kind) {
    }

    /**
     * @param week one letter a timeslot of the week: T teaching, M meeting, P planning, R release, O release while a
     *             teacher they coach is teaching (observation), H with their homeroom class, L lunch, U unavailable,
     *             - another non-class period
     */
    /** {@code observing}: per timeslot, the id of the teacher a leader observes then (null elsewhere). */
    public record Person(String id, String name, String role, List<String> subjects, String homeroom, String week,
            List<String> observing) {
    }

    public record Group(String id, String grade, int size) {
    }

    public record Place(String id, String kind, int capacity) {
    }

    /** @param commonFree timeslots in which every attendee is free (planning or release) */
    public record TeamView(String id, String name, String kind, String leader, List<String> attendees,
            int meetingsPerWeek, List<Integer> commonFree) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LessonView(String id, String section, String course, String subject, List<String> teachers,
            List<String> groups, String block, String room, List<Integer> slots, boolean pinned, boolean roomLocked) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingView(String id, String team, String block, int minutes, List<Integer> slots,
            boolean pinned) {
    }

    /** @param kind lesson or meeting */
    public record Unplaced(String kind, String id, String name, String reason) {
    }

    static TimetableView of(JobOutputs outputs) {
        School school = outputs.source();
        TeacherSchedule schedule = new TeacherSchedule(school);
        List<Slot> slots = school.getBellSchedule().getTimeslots().stream()
                .map(t -> new Slot(t.index(), t.day(), t.period(), t.start().toString(), t.end().toString(),
                        t.kind().name()))
                .toList();
        List<Person> teachers = school.getTeachers().stream().map(t -> person(t, schedule)).toList();
        List<Group> groups = school.getGroups().stream()
                .map(g -> new Group(g.getId(), g.getGrade(), g.getSize())).toList();
        List<Place> rooms = school.getRooms().stream()
                .map(r -> new Place(r.getId(), r.getKind(), r.getCapacity())).toList();
        List<TeamView> teams = school.getTeams().stream().map(t -> team(t, schedule, school)).toList();
        List<LessonView> lessons = school.getLessons().stream().map(TimetableView::lesson).toList();
        List<MeetingView> meetings = school.getMeetings().stream()
                .map(m -> new MeetingView(m.getId(), m.getTeam().getId(), blockId(m.getBlock()),
                        m.getBlock() == null ? 0 : m.getBlock().getMinutes(), slotsOf(m.getBlock()), m.isPinned()))
                .toList();
        return new TimetableView(school.getName(), school.getBellSchedule().getDays(), slots, teachers, groups, rooms,
                teams, lessons, meetings, unplaced(school, outputs.analysis()));
    }

    private static Person person(Teacher teacher, TeacherSchedule schedule) {
        Activity[] activities = schedule.activities(teacher);
        StringBuilder week = new StringBuilder(activities.length);
        List<String> observing = new ArrayList<>(activities.length);
        for (int slot = 0; slot < activities.length; slot++) {
            week.append(letter(activities[slot]));
            Teacher observed = activities[slot] == Activity.OBSERVING ? schedule.observedBy(teacher, slot) : null;
            observing.add(observed == null ? null : observed.getId());
        }
        return new Person(teacher.getId(), teacher.getName(), teacher.getRole().name(), teacher.getSubjects(),
                teacher.getHomeroom() == null ? null : teacher.getHomeroom().getId(), week.toString(), observing);
    }

    private static char letter(Activity activity) {
        if (activity == null) {
            return '-';
        }
        return switch (activity) {
            case TEACHING -> 'T';
            case MEETING -> 'M';
            case PLANNING -> 'P';
            case RELEASE -> 'R';
            case HOMEROOM -> 'H';
            case LUNCH -> 'L';
            case UNAVAILABLE -> 'U';
            case OBSERVING -> 'O';
        };
    }

    private static TeamView team(Team team, TeacherSchedule schedule, School school) {
        List<Integer> commonFree = new ArrayList<>();
        for (Timeslot timeslot : school.getBellSchedule().getTimeslots()) {
            if (timeslot.isClass() && !team.getAttendees().isEmpty()
                    && team.getAttendees().stream().allMatch(t -> schedule.isFree(t, timeslot.index()))) {
                commonFree.add(timeslot.index());
            }
        }
        return new TeamView(team.getId(), team.getName(), team.getKind().name(),
                team.getLeader() == null ? null : team.getLeader().getId(),
                team.getAttendees().stream().map(Teacher::getId).toList(), team.getMeetingsPerWeek(), commonFree);
    }

    private static LessonView lesson(Lesson lesson) {
        var section = lesson.getSection();
        return new LessonView(lesson.getId(), section.getId(), section.getCourse(), section.getSubject(),
                section.getStaff().stream().map(Teacher::getId).toList(),
                section.getGroups().stream().map(StudentGroup::getId).toList(), blockId(lesson.getBlock()),
                lesson.getRoom() == null ? null : lesson.getRoom().getId(), slotsOf(lesson.getBlock()),
                lesson.isPinned(), lesson.getLockedRoom() != null);
    }

    private static String blockId(Block block) {
        return block == null ? null : block.getId();
    }

    private static List<Integer> slotsOf(Block block) {
        return block == null ? List.of() : block.getTimeslots().stream().map(Timeslot::index).toList();
    }

    /** Each unplaced lesson or meeting with the score analysis's sentence about it, or a plain one without it. */
    private static List<Unplaced> unplaced(School school, List<RuleScore> analysis) {
        Map<String, List<String>> explained = analysis.stream()
                .filter(rule -> rule.rule().equals(Rule.UNSCHEDULED_MEETING.id())
                        || rule.rule().equals(Rule.UNPLACED_LESSON.id()))
                .collect(Collectors.toMap(RuleScore::rule, RuleScore::explanations, (a, b) -> a));
        List<Unplaced> result = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getBlock() == null || lesson.getRoom() == null) {
                String reason = find(explained.get(Rule.UNPLACED_LESSON.id()), lesson.getId(),
                        lesson.getBlock() == null ? "the solver found no block for it (yet)"
                                : "the solver found no room for it (yet)");
                result.add(new Unplaced("lesson", lesson.getId(), lesson.getSection().getCourse(), reason));
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            if (meeting.getBlock() == null) {
                String reason = find(explained.get(Rule.UNSCHEDULED_MEETING.id()), meeting.getId(),
                        "no block of its family in which every attendee is free was found");
                result.add(new Unplaced("meeting", meeting.getId(), meeting.getTeam().getName(), reason));
            }
        }
        return result;
    }

    static String find(List<String> explanations, String id, String otherwise) {
        if (explanations != null) {
            for (String explanation : explanations) {
                // The id ends at a space or the end, so that G1#1 is not found in a sentence about G1#10.
                if (explanation.matches("(?s)(.*\\s)?" + Pattern.quote(id) + "(\\s.*)?")) {
                    return explanation;
                }
            }
        }
        return otherwise;
    }
}
