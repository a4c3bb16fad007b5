package org.commonplan.generate;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.Timeslot;

/**
 * Who is busy when in the planted schedule, with the same meaning of busy, free and planning as the README and the
 * report's rule recount. Every lesson and meeting goes through here, and a placement that would break a hard rule
 * is refused at once, so a mistake in a school plan shows up where it is made.
 */
final class Occupancy {

    private final Week week;
    private final BellSchedule bell;
    private final int minPlanningMinutes;
    private final Map<String, TeacherWeek> teachers = new HashMap<>();
    private final Map<String, BitSet> groupLessons = new HashMap<>();

    private static final class TeacherWeek {
        final PlannedTeacher teacher;
        final BitSet unavailable = new BitSet();
        final BitSet teaching = new BitSet();
        final BitSet meeting = new BitSet();

        TeacherWeek(PlannedTeacher teacher) {
            this.teacher = teacher;
        }
    }

    Occupancy(Week week, int minPlanningMinutes) {
        this.week = week;
        this.bell = week.bellSchedule();
        this.minPlanningMinutes = minPlanningMinutes;
    }

    /** Registers a teacher; their unavailable timeslots are read as the bundle reader reads them. */
    void addTeacher(PlannedTeacher teacher) {
        TeacherWeek teacherWeek = new TeacherWeek(teacher);
        for (String name : teacher.unavailable) {
            boolean found = false;
            for (Timeslot timeslot : bell.getTimeslots()) {
                if (timeslot.id().equals(name) || timeslot.day().equals(name)) {
                    teacherWeek.unavailable.set(timeslot.index());
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(teacher.id + ": unknown timeslot " + name);
            }
        }
        teachers.put(teacher.id, teacherWeek);
    }

    private TeacherWeek week(String teacherId) {
        TeacherWeek teacherWeek = teachers.get(teacherId);
        if (teacherWeek == null) {
            throw new IllegalArgumentException("teacher not registered: " + teacherId);
        }
        return teacherWeek;
    }

    /** Lessons a day this teacher may teach: their limit less release. */
    int teachingLimit(String teacherId) {
        PlannedTeacher teacher = week(teacherId).teacher;
        int max = teacher.maxTeachingPerDay != null ? teacher.maxTeachingPerDay : week.defaultMaxTeachingPerDay();
        return Math.max(0, max - teacher.releasePerDay);
    }

    boolean available(String teacherId, int slot) {
        return bell.getTimeslot(slot).isClass() && !week(teacherId).unavailable.get(slot);
    }

    boolean teaches(String teacherId, int slot) {
        return week(teacherId).teaching.get(slot);
    }

    /** A homeroom teacher is with their class unless it is at someone else's lesson (README). */
    boolean withClass(String teacherId, int slot) {
        TeacherWeek teacherWeek = week(teacherId);
        String homeroom = teacherWeek.teacher.homeroom;
        if (homeroom == null || !available(teacherId, slot) || teacherWeek.teaching.get(slot)) {
            return false;
        }
        BitSet lessons = groupLessons.get(homeroom);
        return lessons == null || !lessons.get(slot);
    }

    /** Teaching or with their class: what a coach can observe. */
    boolean instructing(String teacherId, int slot) {
        return teaches(teacherId, slot) || withClass(teacherId, slot);
    }

    /** Free for planning or release: at school, in a CLASS period, and not busy. */
    boolean free(String teacherId, int slot) {
        TeacherWeek teacherWeek = week(teacherId);
        return available(teacherId, slot) && !teacherWeek.teaching.get(slot) && !teacherWeek.meeting.get(slot)
                && !withClass(teacherId, slot);
    }

    boolean free(String teacherId, Block block) {
        for (Timeslot timeslot : block.getTimeslots()) {
            if (!free(teacherId, timeslot.index())) {
                return false;
            }
        }
        return true;
    }

    boolean groupFree(String groupId, Block block) {
        BitSet lessons = groupLessons.get(groupId);
        if (lessons == null) {
            return true;
        }
        for (Timeslot timeslot : block.getTimeslots()) {
            if (lessons.get(timeslot.index())) {
                return false;
            }
        }
        return true;
    }

    int teachingOnDay(String teacherId, int dayIndex) {
        int count = 0;
        for (Timeslot timeslot : week.classSlots(dayIndex)) {
            if (week(teacherId).teaching.get(timeslot.index())) {
                count++;
            }
        }
        return count;
    }

    /** Whether the teacher can take a lesson in this block: at school, not busy, and within the daily limit. */
    boolean canTeach(String teacherId, Block block) {
        TeacherWeek teacherWeek = week(teacherId);
        int[] perDay = new int[bell.getDays().size()];
        for (Timeslot timeslot : block.getTimeslots()) {
            int slot = timeslot.index();
            if (!available(teacherId, slot) || teacherWeek.teaching.get(slot) || teacherWeek.meeting.get(slot)) {
                return false;
            }
            perDay[timeslot.dayIndex()]++;
        }
        for (int day = 0; day < perDay.length; day++) {
            if (perDay[day] > 0 && teachingOnDay(teacherId, day) + perDay[day] > teachingLimit(teacherId)) {
                return false;
            }
        }
        return true;
    }

    /** Books a lesson of the section in the block for its staff and groups; refuses a clash. */
    void addLesson(PlannedSection section, Block block) {
        for (String staff : section.staff()) {
            if (!canTeach(staff, block)) {
                throw new IllegalStateException("planted lesson of " + section.id + " in " + block.getId()
                        + " clashes for teacher " + staff);
            }
            String homeroom = week(staff).teacher.homeroom;
            if (homeroom != null && section.groups.stream().noneMatch(group -> group.id().equals(homeroom))) {
                throw new IllegalStateException(staff + " teaches " + section.id + " away from their own class");
            }
        }
        for (PlannedSchool.Group group : section.groups) {
            if (!groupFree(group.id(), block)) {
                throw new IllegalStateException("planted lesson of " + section.id + " in " + block.getId()
                        + " clashes for group " + group.id());
            }
        }
        for (Timeslot timeslot : block.getTimeslots()) {
            for (String staff : section.staff()) {
                week(staff).teaching.set(timeslot.index());
            }
            for (PlannedSchool.Group group : section.groups) {
                groupLessons.computeIfAbsent(group.id(), id -> new BitSet()).set(timeslot.index());
            }
        }
    }

    /** Books a team meeting for everyone who attends; refuses it when one of them is not free. */
    void addMeeting(List<String> attendees, Block block) {
        for (String attendee : attendees) {
            if (!free(attendee, block)) {
                throw new IllegalStateException("planted meeting in " + block.getId() + ": " + attendee + " is busy");
            }
        }
        for (String attendee : attendees) {
            for (Timeslot timeslot : block.getTimeslots()) {
                week(attendee).meeting.set(timeslot.index());
            }
        }
    }

    int releaseMinutes(String teacherId) {
        return week(teacherId).teacher.releasePerDay * bell.getDays().size() * bell.getMeanClassMinutes();
    }

    /** Individual planning minutes a week: free minutes less a leader's release (rule planning-protected). */
    int planningMinutes(String teacherId) {
        int freeMinutes = 0;
        for (Timeslot timeslot : bell.getTimeslots()) {
            if (timeslot.isClass() && free(teacherId, timeslot.index())) {
                freeMinutes += timeslot.minutes();
            }
        }
        return freeMinutes - releaseMinutes(teacherId);
    }

    int minPlanningMinutes() {
        return minPlanningMinutes;
    }

    /** Planning minutes above the weekly minimum; negative when short. */
    int planningSlack(String teacherId) {
        return planningMinutes(teacherId) - minPlanningMinutes;
    }

    /** Throws when a teacher's week breaks the teaching-load or planning rule: a plan that is not feasible. */
    void verifyTeachers(List<PlannedTeacher> all) {
        for (PlannedTeacher teacher : all) {
            for (int day = 0; day < bell.getDays().size(); day++) {
                if (teachingOnDay(teacher.id, day) > teachingLimit(teacher.id)) {
                    throw new IllegalStateException(teacher.id + " teaches above their limit on day " + day);
                }
            }
            if (planningSlack(teacher.id) < 0) {
                throw new IllegalStateException(teacher.id + " has " + planningMinutes(teacher.id)
                        + " planning minutes, below " + minPlanningMinutes);
            }
        }
    }
}
