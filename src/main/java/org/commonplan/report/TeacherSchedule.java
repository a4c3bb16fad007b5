package org.commonplan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.ObservationPlanner;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;

/**
 * Every teacher's week read straight from the schedule (lessons, meetings, homeroom classes), without the
 * solver's rules or score, so that the report can check the score and the score the report.
 */
public final class TeacherSchedule {

    private final School school;
    private final Map<Teacher, List<Lesson>[]> lessons = new HashMap<>();
    private final Map<Teacher, List<TeamMeeting>[]> meetings = new HashMap<>();
    private final Map<StudentGroup, List<Lesson>[]> groupLessons = new HashMap<>();
    private final Map<Teacher, Activity[]> activities = new HashMap<>();
    /** Every leader's planned observations, leader by leader in teachers.csv order, each in timeslot order. */
    private final List<ObservationPlanner.Observation> observations = new ArrayList<>();
    private final Map<Teacher, Teacher[]> observedBy = new HashMap<>();

    public TeacherSchedule(School school) {
        this.school = school;
        int slots = school.getBellSchedule().getTimeslots().size();
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getBlock() == null) {
                continue;
            }
            for (Timeslot timeslot : lesson.getBlock().getTimeslots()) {
                for (Teacher teacher : lesson.getSection().getStaff()) {
                    slotList(lessons, teacher, slots, timeslot.index()).add(lesson);
                }
                for (StudentGroup group : lesson.getSection().getGroups()) {
                    slotList(groupLessons, group, slots, timeslot.index()).add(lesson);
                }
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            if (meeting.getBlock() == null) {
                continue;
            }
            for (Timeslot timeslot : meeting.getBlock().getTimeslots()) {
                for (Teacher teacher : meeting.getTeam().getAttendees()) {
                    slotList(meetings, teacher, slots, timeslot.index()).add(meeting);
                }
            }
        }
        for (Teacher teacher : school.getTeachers()) {
            activities.put(teacher, classify(teacher));
        }
        for (Teacher teacher : school.getTeachers()) {
            planObservations(teacher);
            markRelease(teacher, activities.get(teacher));
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> List<V> slotList(Map<K, List<V>[]> map, K key, int slots, int slot) {
        List<V>[] perSlot = map.computeIfAbsent(key, k -> new List[slots]);
        if (perSlot[slot] == null) {
            perSlot[slot] = new ArrayList<>(2);
        }
        return perSlot[slot];
    }

    private static <K, V> List<V> at(Map<K, List<V>[]> map, K key, int slot) {
        List<V>[] perSlot = map.get(key);
        return perSlot == null || perSlot[slot] == null ? List.of() : perSlot[slot];
    }

    public List<Lesson> lessonsAt(Teacher teacher, int slot) {
        return at(lessons, teacher, slot);
    }

    public List<TeamMeeting> meetingsAt(Teacher teacher, int slot) {
        return at(meetings, teacher, slot);
    }

    public List<Lesson> lessonsAt(StudentGroup group, int slot) {
        return at(groupLessons, group, slot);
    }

    /** True when the teacher is in and their homeroom class is not at a section taught by someone else. */
    public boolean withClass(Teacher teacher, int slot) {
        StudentGroup homeroom = teacher.getHomeroom();
        if (homeroom == null || !teacher.getAvailableClassSlots().contains(slot)) {
            return false;
        }
        for (Lesson lesson : lessonsAt(homeroom, slot)) {
            if (!lesson.getSection().getStaff().contains(teacher)) {
                return false;
            }
        }
        return lessonsAt(teacher, slot).isEmpty();
    }

    /** A teacher's activity in each timeslot of the week; null for non-CLASS periods other than lunch. */
    public Activity[] activities(Teacher teacher) {
        return activities.get(teacher);
    }

    /** Free of lessons, class and meetings: planning, release, or observing a coached teacher. */
    public boolean isFree(Teacher teacher, int slot) {
        Activity activity = activities.get(teacher)[slot];
        return activity == Activity.PLANNING || activity == Activity.RELEASE || activity == Activity.OBSERVING;
    }

    /** The planned observations of every leader: leaders in teachers.csv order, each in timeslot order. */
    public List<ObservationPlanner.Observation> observations() {
        return observations;
    }

    /** The teacher a leader observes in the timeslot, or null. */
    public Teacher observedBy(Teacher leader, int slot) {
        Teacher[] observed = observedBy.get(leader);
        return observed == null ? null : observed[slot];
    }

    public boolean isInstructing(Teacher teacher, int slot) {
        Activity activity = activities.get(teacher)[slot];
        return activity == Activity.TEACHING || activity == Activity.HOMEROOM;
    }

    private Activity[] classify(Teacher teacher) {
        BellSchedule bellSchedule = school.getBellSchedule();
        Activity[] result = new Activity[bellSchedule.getTimeslots().size()];
        for (Timeslot timeslot : bellSchedule.getTimeslots()) {
            int slot = timeslot.index();
            if (!timeslot.isClass()) {
                result[slot] = timeslot.kind() == org.commonplan.domain.TimeslotKind.LUNCH ? Activity.LUNCH : null;
            } else if (!lessonsAt(teacher, slot).isEmpty()) {
                result[slot] = Activity.TEACHING;
            } else if (!meetingsAt(teacher, slot).isEmpty()) {
                result[slot] = Activity.MEETING;
            } else if (teacher.getUnavailable().contains(slot)) {
                result[slot] = Activity.UNAVAILABLE;
            } else if (withClass(teacher, slot)) {
                result[slot] = Activity.HOMEROOM;
            } else {
                result[slot] = Activity.PLANNING;
            }
        }
        return result;
    }

    /**
     * Plans the leader's observations as the solver's coaching rule does: in their free timeslots (planning, before
     * release is marked), while the coached teacher teaches or is with their class, one teacher at a time.
     */
    private void planObservations(Teacher leader) {
        List<ObservationPlanner.Request> requests = new ArrayList<>();
        for (CoachingPair pair : school.getCoachingPairs()) {
            if (pair.leader() == leader) {
                SlotSet.Builder instructing = new SlotSet.Builder();
                for (Timeslot timeslot : school.getBellSchedule().getTimeslots()) {
                    if (instructingRaw(pair.teacher(), timeslot.index())) {
                        instructing.add(timeslot.index());
                    }
                }
                requests.add(new ObservationPlanner.Request(pair, instructing.build()));
            }
        }
        if (requests.isEmpty()) {
            return;
        }
        Activity[] result = activities.get(leader);
        SlotSet.Builder free = new SlotSet.Builder();
        for (int slot = 0; slot < result.length; slot++) {
            if (result[slot] == Activity.PLANNING) {
                free.add(slot);
            }
        }
        List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(school.getBellSchedule(), free.build(),
                requests);
        Teacher[] observed = new Teacher[result.length];
        for (ObservationPlanner.Observation observation : plan) {
            result[observation.slot()] = Activity.OBSERVING;
            observed[observation.slot()] = observation.pair().teacher();
        }
        observations.addAll(plan);
        observedBy.put(leader, observed);
    }

    // A leader's release is shown first as their observations, then in free timeslots where someone they coach is
    // teaching.
    private void markRelease(Teacher teacher, Activity[] result) {
        if (teacher.getReleasePerDay() <= 0) {
            return;
        }
        List<Teacher> coached = school.getCoachingPairs().stream()
                .filter(pair -> pair.leader() == teacher).map(CoachingPair::teacher).toList();
        for (List<Timeslot> day : school.getBellSchedule().getTimeslotsByDay()) {
            int left = teacher.getReleasePerDay();
            for (Timeslot timeslot : day) {
                left -= result[timeslot.index()] == Activity.OBSERVING ? 1 : 0;
            }
            for (int pass = 0; pass < 2 && left > 0; pass++) {
                for (Timeslot timeslot : day) {
                    int slot = timeslot.index();
                    if (left > 0 && result[slot] == Activity.PLANNING
                            && (pass == 1 || coached.stream().anyMatch(other -> instructingRaw(other, slot)))) {
                        result[slot] = Activity.RELEASE;
                        left--;
                    }
                }
            }
        }
    }

    private boolean instructingRaw(Teacher teacher, int slot) {
        return !lessonsAt(teacher, slot).isEmpty() || withClass(teacher, slot);
    }

    public School school() {
        return school;
    }
}
