package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * Which lessons and meetings concern each teacher, built once per phase, so a move can read a teacher's busy
 * timeslots from the current working solution without scanning every lesson.
 */
final class BusyIndex {

    private final Map<Teacher, List<Lesson>> taught = new HashMap<>();
    private final Map<Teacher, List<Lesson>> classAway = new HashMap<>();
    private final Map<Teacher, List<TeamMeeting>> meetings = new HashMap<>();
    private final Map<StudentGroup, List<Lesson>> attended = new HashMap<>();

    BusyIndex(School school) {
        for (Lesson lesson : school.getLessons()) {
            for (Teacher teacher : lesson.getSection().getStaff()) {
                taught.computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson);
            }
            for (Teacher teacher : lesson.getSection().getReleasedHomeroomTeachers()) {
                classAway.computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson);
            }
            for (StudentGroup group : lesson.getSection().getGroups()) {
                attended.computeIfAbsent(group, key -> new ArrayList<>()).add(lesson);
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            for (Teacher teacher : meeting.getTeam().getAttendees()) {
                meetings.computeIfAbsent(teacher, key -> new ArrayList<>()).add(meeting);
            }
        }
    }

    /** Lessons the student group attends (a homeroom class's lessons with other teachers among them), in school order. */
    List<Lesson> lessonsOf(StudentGroup group) {
        return attended.getOrDefault(group, List.of());
    }

    /** Lessons the teacher teaches or co-teaches. */
    List<Lesson> lessonsOf(Teacher teacher) {
        return taught.getOrDefault(teacher, List.of());
    }

    /** The teacher's placed lessons that take up any of {@code slots}, in the order of {@link #lessonsOf}. */
    List<Lesson> lessonsDuring(Teacher teacher, SlotSet slots) {
        List<Lesson> during = new ArrayList<>();
        for (Lesson lesson : lessonsOf(teacher)) {
            if (lesson.getBlock() != null && lesson.getBlock().getSlots().overlaps(slots)) {
                during.add(lesson);
            }
        }
        return during;
    }

    /** Timeslots in which some attendee of the meeting is not free for it (its own block aside). */
    SlotSet attendeesUnfree(TeamMeeting meeting) {
        SlotSet.Builder unfree = new SlotSet.Builder();
        for (Teacher attendee : meeting.getTeam().getAttendees()) {
            unfree.addAll(unfreeSlots(attendee, meeting));
        }
        return unfree.build();
    }

    /** Whether the meeting is scheduled while one of its attendees is not free for it. */
    boolean hasBusyAttendee(TeamMeeting meeting) {
        if (meeting.getBlock() == null) {
            return false;
        }
        for (Teacher attendee : meeting.getTeam().getAttendees()) {
            if (isBusyDuring(attendee, meeting)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the attendee is not free for the meeting's block: {@link #unfreeSlots} overlapping it, without building
     * the set. The meeting moves ask this of every meeting on every step that starts with a hard rule broken.
     */
    boolean isBusyDuring(Teacher attendee, TeamMeeting meeting) {
        SlotSet slots = meeting.getBlock().getSlots();
        if (attendee.getUnavailable().overlaps(slots)) {
            return true;
        }
        for (Lesson lesson : taught.getOrDefault(attendee, List.of())) {
            if (lesson.getBlock() != null && lesson.getBlock().getSlots().overlaps(slots)) {
                return true;
            }
        }
        for (TeamMeeting other : meetings.getOrDefault(attendee, List.of())) {
            if (other != meeting && other.getBlock() != null && other.getBlock().getSlots().overlaps(slots)) {
                return true;
            }
        }
        if (attendee.getHomeroom() == null) {
            return false;
        }
        SlotSet withClass = attendee.getBellSchedule().getClassSlots().intersect(slots);
        for (Lesson lesson : classAway.getOrDefault(attendee, List.of())) {
            if (withClass.isEmpty()) {
                return false;
            }
            if (lesson.getBlock() != null) {
                withClass = withClass.minus(lesson.getBlock().getSlots());
            }
        }
        return !withClass.isEmpty();
    }

    /** Whether the teacher attends a scheduled meeting other than {@code except} during any of {@code slots}. */
    boolean meetsDuring(Teacher teacher, SlotSet slots, TeamMeeting except) {
        for (TeamMeeting meeting : meetings.getOrDefault(teacher, List.of())) {
            if (meeting != except && meeting.getBlock() != null && meeting.getBlock().getSlots().overlaps(slots)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another meeting of the teacher, moved since the previous schedule, was there in those timeslots: its
     * way back needs the teacher free there.
     */
    boolean metDuringBefore(Teacher teacher, SlotSet slots, TeamMeeting except) {
        for (TeamMeeting meeting : meetings.getOrDefault(teacher, List.of())) {
            Placement previous = meeting.getPrevious();
            if (meeting == except || previous == null || previous.blockId() == null
                    || !previous.blockMoved(meeting.getBlock())) {
                continue;
            }
            for (Block block : meeting.getBlockRange()) {
                if (block.getId().equals(previous.blockId()) && block.getSlots().overlaps(slots)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Timeslots in which the lesson's teachers have another lesson, a meeting or are away. */
    SlotSet slotsTakenByStaffExcept(Lesson lesson) {
        SlotSet.Builder taken = new SlotSet.Builder();
        for (Teacher teacher : lesson.getSection().getStaff()) {
            taken.addAll(slotsTakenExcept(teacher, lesson));
        }
        return taken.build();
    }

    /** Timeslots of a teacher's lessons and meetings, leaving out one lesson (the one about to move). */
    SlotSet slotsTakenExcept(Teacher teacher, Lesson movingLesson) {
        SlotSet.Builder taken = new SlotSet.Builder();
        taken.addAll(teacher.getUnavailable());
        for (Lesson lesson : taught.getOrDefault(teacher, List.of())) {
            if (lesson != movingLesson && lesson.getBlock() != null) {
                taken.addAll(lesson.getBlock().getSlots());
            }
        }
        for (TeamMeeting meeting : meetings.getOrDefault(teacher, List.of())) {
            if (meeting.getBlock() != null) {
                taken.addAll(meeting.getBlock().getSlots());
            }
        }
        return taken.build();
    }

    /** Timeslots in which a teacher teaches, is with their homeroom class, is away, or meets (except {@code ignored}). */
    SlotSet unfreeSlots(Teacher teacher, TeamMeeting ignored) {
        SlotSet.Builder busy = new SlotSet.Builder();
        busy.addAll(teacher.getUnavailable());
        for (Lesson lesson : taught.getOrDefault(teacher, List.of())) {
            if (lesson.getBlock() != null) {
                busy.addAll(lesson.getBlock().getSlots());
            }
        }
        for (TeamMeeting meeting : meetings.getOrDefault(teacher, List.of())) {
            if (meeting != ignored && meeting.getBlock() != null) {
                busy.addAll(meeting.getBlock().getSlots());
            }
        }
        SlotSet result = busy.build();
        if (teacher.getHomeroom() != null) {
            SlotSet.Builder away = new SlotSet.Builder();
            for (Lesson lesson : classAway.getOrDefault(teacher, List.of())) {
                if (lesson.getBlock() != null) {
                    away.addAll(lesson.getBlock().getSlots());
                }
            }
            SlotSet withClass = teacher.getBellSchedule().getClassSlots().minus(away.build());
            result = result.union(withClass);
        }
        return result;
    }
}
