package org.commonplan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;

/**
 * Recounts the hard rules of the README's rules table from the schedule alone, with code of its own rather than the solver's
 * constraints, so a schedule's feasibility can be checked independently of its score. Each violation carries
 * the units the solver's default weight is paid in, so the total equals the hard score at default weights.
 */
public final class RuleCheck {

    /** One broken hard rule: its id, how many units it costs, and what is wrong. */
    public record Violation(String rule, int units, String description) {
    }

    private RuleCheck() {
    }

    public static List<Violation> hardViolations(School school) {
        return hardViolations(new TeacherSchedule(school));
    }

    public static List<Violation> hardViolations(TeacherSchedule schedule) {
        School school = schedule.school();
        BellSchedule bellSchedule = school.getBellSchedule();
        List<Violation> violations = new ArrayList<>();
        for (Teacher teacher : school.getTeachers()) {
            checkTeacher(schedule, bellSchedule, teacher, violations);
        }
        checkRooms(school, violations);
        for (StudentGroup group : school.getGroups()) {
            for (Timeslot timeslot : bellSchedule.getTimeslots()) {
                int lessons = schedule.lessonsAt(group, timeslot.index()).size();
                if (lessons > 1) {
                    violations.add(new Violation("group-conflict", lessons - 1,
                            "group " + group.getId() + " has " + lessons + " lessons in " + timeslot.id()));
                }
            }
        }
        for (Lesson lesson : school.getLessons()) {
            checkLesson(lesson, violations);
        }
        checkCourseDays(school, violations);
        ShapeCheck.check(schedule, violations);
        for (TeamMeeting meeting : school.getMeetings()) {
            checkMeeting(schedule, meeting, violations);
        }
        return violations;
    }

    private static void checkTeacher(TeacherSchedule schedule, BellSchedule bellSchedule, Teacher teacher,
            List<Violation> violations) {
        int freeMinutes = 0;
        for (List<Timeslot> day : bellSchedule.getTimeslotsByDay()) {
            int taught = 0;
            for (Timeslot timeslot : day) {
                int slot = timeslot.index();
                List<Lesson> lessons = schedule.lessonsAt(teacher, slot);
                if (!lessons.isEmpty() && timeslot.isClass()) {
                    taught++;
                }
                if (lessons.size() > 1) {
                    violations.add(new Violation("teacher-conflict", lessons.size() - 1,
                            teacher.getId() + " teaches " + lessons.size() + " lessons in " + timeslot.id()));
                } else if (lessons.size() == 1 && leavesClassAlone(schedule, teacher, lessons.get(0), slot)) {
                    violations.add(new Violation("teacher-conflict", 1, teacher.getId() + " teaches "
                            + lessons.get(0).getId() + " in " + timeslot.id() + " while their class has no one"));
                }
                if (timeslot.isClass() && schedule.isFree(teacher, slot)) {
                    freeMinutes += timeslot.minutes();
                }
            }
            if (taught > teacher.getTeachingLimitPerDay()) {
                violations.add(new Violation("teaching-load", taught - teacher.getTeachingLimitPerDay(),
                        teacher.getId() + " teaches " + taught + " timeslots on " + day.get(0).day()
                                + ", limit " + teacher.getTeachingLimitPerDay()));
            }
        }
        int planning = freeMinutes - teacher.getReleaseMinutesPerWeek();
        int shortfall = teacher.getMinPlanningMinutesPerWeek() - planning;
        if (shortfall > 0) {
            int slotMinutes = Math.max(1, bellSchedule.getMeanClassMinutes());
            violations.add(new Violation("planning-protected", (shortfall + slotMinutes - 1) / slotMinutes,
                    teacher.getId() + " has " + planning + " planning minutes, below "
                            + teacher.getMinPlanningMinutesPerWeek()));
        }
    }

    private static boolean leavesClassAlone(TeacherSchedule schedule, Teacher teacher, Lesson lesson, int slot) {
        StudentGroup homeroom = teacher.getHomeroom();
        if (homeroom == null || lesson.getSection().getGroups().contains(homeroom)
                || !teacher.getAvailableClassSlots().contains(slot)) {
            return false;
        }
        return schedule.lessonsAt(homeroom, slot).stream()
                .allMatch(other -> other.getSection().getStaff().contains(teacher));
    }

    private static void checkRooms(School school, List<Violation> violations) {
        Map<Room, int[]> lessonsPerSlot = new HashMap<>();
        int slots = school.getBellSchedule().getTimeslots().size();
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getBlock() != null && lesson.getRoom() != null) {
                int[] counts = lessonsPerSlot.computeIfAbsent(lesson.getRoom(), room -> new int[slots]);
                lesson.getBlock().getSlots().forEach(slot -> counts[slot]++);
            }
        }
        for (Room room : school.getRooms()) {
            int[] counts = lessonsPerSlot.getOrDefault(room, new int[slots]);
            for (int slot = 0; slot < slots; slot++) {
                if (counts[slot] > 1) {
                    violations.add(new Violation("room-conflict", counts[slot] - 1, "room " + room.getId()
                            + " holds " + counts[slot] + " lessons in " + school.getBellSchedule().getTimeslot(slot)));
                }
            }
        }
    }

    private static void checkLesson(Lesson lesson, List<Violation> violations) {
        if (lesson.getBlock() == null || lesson.getRoom() == null) {
            violations.add(new Violation("unplaced-lesson", 1, lesson.getId() + " has no "
                    + (lesson.getBlock() == null ? "block" : "room")));
            return;
        }
        boolean listed = lesson.getSection().getListedRooms().contains(lesson.getRoom());
        if (lesson.getSection().getListedRooms().isEmpty()
                ? !lesson.getRoom().getKind().equals(lesson.getSection().getRoomKind()) : !listed) {
            violations.add(new Violation("room-kind", 1, lesson.getId() + " is in a " + lesson.getRoom().getKind()
                    + " room, needs " + lesson.getSection().getRoomKind()));
        }
        int over = lesson.getSection().getEnrollment() - lesson.getRoom().getCapacity();
        if (over > 0) {
            violations.add(new Violation("room-capacity", over, lesson.getId() + " has " + over
                    + " students more than room " + lesson.getRoom().getId() + " seats"));
        }
        SlotSet away = lesson.getRoom().getUnavailable();
        for (Teacher teacher : lesson.getSection().getStaff()) {
            away = away.union(teacher.getUnavailable());
        }
        int clashes = lesson.getBlock().getSlots().intersectionSize(away);
        if (clashes > 0) {
            violations.add(new Violation("unavailable", clashes,
                    lesson.getId() + " meets when its teacher or room is unavailable"));
        }
    }

    /**
     * A student group (or a section without groups) meets a course on a day at most its weekly meetings spread over
     * the week's days, rounded up; a DAILY lesson meets on every day its block holds. Sections with course_spread
     * no are not counted.
     */
    private static void checkCourseDays(School school, List<Violation> violations) {
        int days = school.getBellSchedule().getDays().size();
        Map<String, int[]> perDay = new java.util.TreeMap<>();
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getBlock() == null || !lesson.getSection().isCourseSpread()) {
                continue;
            }
            List<String> attendees = lesson.getSection().getGroups().isEmpty()
                    ? List.of("section " + lesson.getSection().getId())
                    : lesson.getSection().getGroups().stream().map(group -> "group " + group.getId()).toList();
            for (String attendee : attendees) {
                int[] counts = perDay.computeIfAbsent(attendee + " has " + lesson.getSection().getCourse(),
                        key -> new int[days]);
                for (Timeslot timeslot : lesson.getBlock().getTimeslots()) {
                    if (timeslot.indexInDay() == firstIndexInDay(lesson, timeslot.dayIndex())) {
                        counts[timeslot.dayIndex()]++;
                    }
                }
            }
        }
        for (Map.Entry<String, int[]> course : perDay.entrySet()) {
            int weekly = java.util.Arrays.stream(course.getValue()).sum();
            int share = (weekly + days - 1) / days;
            for (int day = 0; day < days; day++) {
                int count = course.getValue()[day];
                if (count > share) {
                    violations.add(new Violation("course-spread", count - share, course.getKey() + " " + count
                            + " times on " + school.getBellSchedule().getDays().get(day) + ", share " + share));
                }
            }
        }
    }

    /** The first period of the lesson's block on that day: a DOUBLE block counts once a day, not per period. */
    private static int firstIndexInDay(Lesson lesson, int dayIndex) {
        return lesson.getBlock().getTimeslots().stream().filter(timeslot -> timeslot.dayIndex() == dayIndex)
                .mapToInt(Timeslot::indexInDay).min().orElse(-1);
    }

    private static void checkMeeting(TeacherSchedule schedule, TeamMeeting meeting, List<Violation> violations) {
        if (meeting.getBlock() == null) {
            return;
        }
        int away = 0;
        SlotSet.Builder unavailable = new SlotSet.Builder();
        for (Teacher attendee : meeting.getTeam().getAttendees()) {
            unavailable.addAll(attendee.getUnavailable());
            int busy = 0;
            for (Timeslot timeslot : meeting.getBlock().getTimeslots()) {
                int slot = timeslot.index();
                boolean otherMeeting = schedule.meetingsAt(attendee, slot).size() > 1;
                if (!schedule.lessonsAt(attendee, slot).isEmpty() || schedule.withClass(attendee, slot)
                        || otherMeeting) {
                    busy++;
                }
            }
            if (busy > 0) {
                violations.add(new Violation("meeting-member-busy", busy, meeting.getId() + " on "
                        + meeting.getBlock().getId() + ": " + attendee.getId() + " is busy"));
            }
        }
        away = meeting.getBlock().getSlots().intersectionSize(unavailable.build());
        if (away > 0) {
            violations.add(new Violation("unavailable", away, meeting.getId() + " meets when an attendee is away"));
        }
    }
}
