package org.commonplan.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.TeamMeeting;

/** The JSON shapes of a schedule job, made from a {@link ScheduleJob.State}. */
public final class JobViews {

    private JobViews() {
    }

    /** A job in a list, and the answer to a submit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String id, String name, String school, JobStatus status, String score, Boolean feasible,
            String basedOn, Instant createdAt, Instant updatedAt, double elapsedSeconds, double timeLimitSeconds) {

        static Summary of(ScheduleJob.State state, Instant now) {
            School schedule = state.schedule();
            return new Summary(state.id(), state.name(), schedule.getName(), state.status(), scoreOf(state),
                    feasibleOf(state), state.basedOn(), state.createdAt(), state.updatedAt(),
                    seconds(state.elapsed(now)), seconds(state.timeLimit()));
        }
    }

    /**
     * A job in full: status, best score, times, and (unless {@code ?view=summary}) the schedule.
     *
     * @param stoppedEarly the client stopped the job before its time limit
     * @param schedule     null in the summary view
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String id, String name, String school, JobStatus status, String score, Boolean feasible,
            String basedOn, Instant createdAt, Instant updatedAt, Instant startedAt, Instant finishedAt,
            double elapsedSeconds, double timeLimitSeconds, StopWhen stopWhen, boolean stoppedEarly, String error,
            int lessons, int lessonsPlaced, int meetings, int meetingsPlaced, Schedule schedule) {

        static Detail of(ScheduleJob.State state, Instant now, boolean withSchedule) {
            School schedule = state.schedule();
            int lessonsPlaced = (int) schedule.getLessons().stream()
                    .filter(lesson -> lesson.getBlock() != null && lesson.getRoom() != null).count();
            int meetingsPlaced = (int) schedule.getMeetings().stream()
                    .filter(meeting -> meeting.getBlock() != null).count();
            return new Detail(state.id(), state.name(), schedule.getName(), state.status(), scoreOf(state),
                    feasibleOf(state), state.basedOn(), state.createdAt(), state.updatedAt(), state.startedAt(),
                    state.finishedAt(), seconds(state.elapsed(now)), seconds(state.timeLimit()),
                    state.stopWhen(), state.stoppedEarly(), state.error(), schedule.getLessons().size(),
                    lessonsPlaced, schedule.getMeetings().size(), meetingsPlaced,
                    withSchedule ? Schedule.of(schedule) : null);
        }
    }

    /** The master schedule: every lesson with its block and room, every team meeting with its block. */
    public record Schedule(List<LessonRow> lessons, List<MeetingRow> meetings) {

        static Schedule of(School school) {
            return new Schedule(school.getLessons().stream().map(LessonRow::of).toList(),
                    school.getMeetings().stream().map(MeetingRow::of).toList());
        }
    }

    /** @param id the lesson's id, as {@code pinLessons} takes it: the section id, or {@code SECTION#n} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LessonRow(String id, String section, int lesson, String course, String teacher, String coTeacher,
            String groups, String block, String room, boolean pinned) {

        static LessonRow of(Lesson lesson) {
            var section = lesson.getSection();
            return new LessonRow(lesson.getId(), section.getId(), lesson.getNumber(), section.getCourse(),
                    section.getTeacher().getId(), section.getCoTeacher() == null ? null
                            : section.getCoTeacher().getId(),
                    section.getGroups().stream().map(StudentGroup::getId).collect(Collectors.joining(";")),
                    lesson.getBlock() == null ? null : lesson.getBlock().getId(),
                    lesson.getRoom() == null ? null : lesson.getRoom().getId(), lesson.isPinned());
        }
    }

    /** @param id the meeting's id, as {@code pinMeetings} takes it: {@code TEAM#n} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingRow(String id, String team, int meeting, String block, int minutes, boolean pinned) {

        static MeetingRow of(TeamMeeting meeting) {
            return new MeetingRow(meeting.getId(), meeting.getTeam().getId(), meeting.getNumber(),
                    meeting.getBlock() == null ? null : meeting.getBlock().getId(),
                    meeting.getBlock() == null ? 0 : meeting.getBlock().getMinutes(), meeting.isPinned());
        }
    }

    /** One page of jobs, newest first. */
    public record Page(List<Summary> items, int page, int size, int totalItems, int totalPages) {
    }

    /** What a server-sent event carries: the job's state at a new best score, or at its end. */
    public record ScoreEvent(String id, JobStatus status, String score, Boolean feasible, double elapsedSeconds) {

        static ScoreEvent of(ScheduleJob.State state, Instant now) {
            return new ScoreEvent(state.id(), state.status(), scoreOf(state), feasibleOf(state),
                    seconds(state.elapsed(now)));
        }
    }

    private static String scoreOf(ScheduleJob.State state) {
        return state.best() == null || state.best().getScore() == null ? null : state.best().getScore().toString();
    }

    private static Boolean feasibleOf(ScheduleJob.State state) {
        return state.best() == null || state.best().getScore() == null ? null : state.best().getScore().isFeasible();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
