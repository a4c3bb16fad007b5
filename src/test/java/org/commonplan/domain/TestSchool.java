package org.commonplan.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds tiny schools for rule tests: a bell schedule, then teachers, rooms, groups, sections, lessons, teams,
 * meetings and coaching pairs that refer to its timeslots and blocks by their ids ({@code MON-P3}, {@code P3},
 * {@code MON-P3+P4}).
 *
 * <pre>{@code
 * TestSchool school = TestSchool.bell("MON", "TUE")
 *         .period("P1", "08:00", "08:50")
 *         .period("P2", "09:00", "09:50")
 *         .lunch("11:30", "12:00")
 *         .period("P6", "13:00", "13:50").onlyOn("MON")
 *         .build();
 * Teacher ana = school.teacher("ANA");
 * Lesson math = school.lesson(school.section("MATH-1", ana).build(), "P1", school.room("R101", 30));
 * }</pre>
 */
public final class TestSchool {

    private final BellSchedule bellSchedule;
    private final List<Room> rooms = new ArrayList<>();

    private TestSchool(BellSchedule bellSchedule) {
        this.bellSchedule = bellSchedule;
    }

    /** Starts a bell schedule with these days, in week order. */
    public static Bell bell(String... days) {
        return new Bell(days);
    }

    /**
     * Five days of six 50-minute CLASS periods, 5 minutes apart, with lunch between P4 and P5:
     * P1 08:00, P2 08:55, P3 09:50, P4 10:45, LUNCH 11:35-12:05, P5 12:05, P6 13:00.
     * 30 CLASS timeslots, 1,500 CLASS minutes a week, default daily teaching limit 5.
     */
    public static TestSchool standardWeek() {
        return bell("MON", "TUE", "WED", "THU", "FRI")
                .period("P1", "08:00", "08:50")
                .period("P2", "08:55", "09:45")
                .period("P3", "09:50", "10:40")
                .period("P4", "10:45", "11:35")
                .lunch("11:35", "12:05")
                .period("P5", "12:05", "12:55")
                .period("P6", "13:00", "13:50")
                .build();
    }

    /** Days of six CLASS periods, P1 to P6, and no lunch: the small weeks of the conflict-directed search tests. */
    public static TestSchool sixPeriodDays(String... days) {
        return bell(days)
                .period("P1", "08:00", "08:50")
                .period("P2", "08:55", "09:45")
                .period("P3", "09:50", "10:40")
                .period("P4", "10:45", "11:35")
                .period("P5", "12:05", "12:55")
                .period("P6", "13:00", "13:50")
                .build();
    }

    public BellSchedule bellSchedule() {
        return bellSchedule;
    }

    /** The block with this id (any family); fails loudly on a typo. */
    public Block block(String id) {
        Block block = bellSchedule.block(id);
        if (block == null) {
            throw new IllegalArgumentException("No block " + id + " in " + bellSchedule.getAllBlocks());
        }
        return block;
    }

    /** Timeslots by id ({@code MON-P1}) or whole days ({@code FRI}). */
    public SlotSet slots(String... timeslotsOrDays) {
        SlotSet.Builder builder = new SlotSet.Builder();
        for (String ref : timeslotsOrDays) {
            boolean found = false;
            for (Timeslot timeslot : bellSchedule.getTimeslots()) {
                if (timeslot.id().equals(ref) || timeslot.day().equals(ref)) {
                    builder.add(timeslot.index());
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("No timeslot or day " + ref);
            }
        }
        return builder.build();
    }

    // ---------------------------------------------------------------- staff

    /** A full-time classroom teacher with the school's default limits. */
    public Teacher teacher(String id) {
        return teacherBuilder(id).build();
    }

    /** A teacher-leader with this many release timeslots a day. */
    public Teacher leader(String id, int releasePerDay) {
        return teacherBuilder(id).leader(releasePerDay).build();
    }

    public TeacherBuilder teacherBuilder(String id) {
        return new TeacherBuilder(id);
    }

    /** Makes the teacher the homeroom teacher of the group; do it before building sections the group attends. */
    public void homeroom(Teacher teacher, StudentGroup group) {
        teacher.setHomeroom(group);
        group.setHomeroomTeacher(teacher);
    }

    public final class TeacherBuilder {
        private final String id;
        private TeacherRole role = TeacherRole.TEACHER;
        private int releasePerDay;
        private SlotSet unavailable = SlotSet.EMPTY;
        private int maxTeachingPerDay = Math.max(1, bellSchedule.getClassPeriodsPerDay() - 1);
        private int minPlanningMinutesPerWeek = Settings.DEFAULT_MIN_PLANNING_MINUTES;
        private int maxConsecutiveTeaching = Settings.DEFAULT_MAX_CONSECUTIVE_TEACHING;

        private TeacherBuilder(String id) {
            this.id = id;
        }

        public TeacherBuilder leader(int releasePerDay) {
            this.role = TeacherRole.TEACHER_LEADER;
            this.releasePerDay = releasePerDay;
            return this;
        }

        public TeacherBuilder specialist() {
            this.role = TeacherRole.SPECIALIST;
            return this;
        }

        /** Part-time: away in these timeslots ({@code MON-P1}) or whole days ({@code FRI}). */
        public TeacherBuilder unavailable(String... timeslotsOrDays) {
            this.unavailable = slots(timeslotsOrDays);
            return this;
        }

        public TeacherBuilder maxTeachingPerDay(int maxTeachingPerDay) {
            this.maxTeachingPerDay = maxTeachingPerDay;
            return this;
        }

        public TeacherBuilder minPlanningMinutes(int minPlanningMinutesPerWeek) {
            this.minPlanningMinutesPerWeek = minPlanningMinutesPerWeek;
            return this;
        }

        public TeacherBuilder maxConsecutiveTeaching(int maxConsecutiveTeaching) {
            this.maxConsecutiveTeaching = maxConsecutiveTeaching;
            return this;
        }

        public Teacher build() {
            return new Teacher(id, id, List.of(), role, releasePerDay, unavailable, maxTeachingPerDay,
                    Settings.DEFAULT_SALARY, minPlanningMinutesPerWeek, maxConsecutiveTeaching, bellSchedule);
        }
    }

    // ---------------------------------------------------------------- rooms and groups

    public Room room(String id, int capacity) {
        return room(id, capacity, Room.GENERAL);
    }

    public Room room(String id, int capacity, String kind, String... unavailableTimeslotsOrDays) {
        SlotSet unavailable = unavailableTimeslotsOrDays.length == 0 ? SlotSet.EMPTY
                : slots(unavailableTimeslotsOrDays);
        Room room = new Room(id, capacity, kind, unavailable);
        rooms.add(room);
        return room;
    }

    public StudentGroup group(String id, int size) {
        return new StudentGroup(id, size, "");
    }

    // ---------------------------------------------------------------- sections and lessons

    /** A DAILY, single-meeting section of course {@code id} in a GENERAL room, enrollment = its groups' sizes. */
    public SectionBuilder section(String id, Teacher teacher, StudentGroup... groups) {
        return new SectionBuilder(id, teacher, groups);
    }

    public final class SectionBuilder {
        private final String id;
        private final Teacher teacher;
        private final List<StudentGroup> groups;
        private String course;
        private Teacher coTeacher;
        private Integer enrollment;
        private String roomKind = Room.GENERAL;
        private String family = BlockFamily.DAILY;
        private int meetings = 1;
        private boolean singleton;

        private SectionBuilder(String id, Teacher teacher, StudentGroup... groups) {
            this.id = id;
            this.course = id;
            this.teacher = teacher;
            this.groups = List.of(groups);
        }

        public SectionBuilder course(String course) {
            this.course = course;
            return this;
        }

        public SectionBuilder coTeacher(Teacher coTeacher) {
            this.coTeacher = coTeacher;
            return this;
        }

        public SectionBuilder enrollment(int enrollment) {
            this.enrollment = enrollment;
            return this;
        }

        public SectionBuilder roomKind(String roomKind) {
            this.roomKind = roomKind;
            return this;
        }

        public SectionBuilder family(String family) {
            this.family = family;
            return this;
        }

        public SectionBuilder meetings(int meetings) {
            this.meetings = meetings;
            return this;
        }

        /** The only section of its course. */
        public SectionBuilder singleton() {
            this.singleton = true;
            return this;
        }

        public Section build() {
            int students = enrollment != null ? enrollment : groups.stream().mapToInt(StudentGroup::getSize).sum();
            Section section = new Section(id, course, "GEN", teacher, coTeacher, groups, students, roomKind, family,
                    meetings, null, null);
            section.setAllowedBlocks(bellSchedule.blocksOf(family));
            section.setSuitableRooms(rooms.stream()
                    .filter(room -> room.getKind().equals(roomKind) && room.getCapacity() >= students).toList());
            section.setSingleton(singleton);
            return section;
        }
    }

    /** The section's only (or first) lesson, placed in a block (null: unplaced) and a room (null: no room yet). */
    public Lesson lesson(Section section, String blockId, Room room) {
        return lesson(section, 1, blockId, room);
    }

    public Lesson lesson(Section section, int number, String blockId, Room room) {
        Lesson lesson = new Lesson(section, number);
        lesson.setBlock(blockId == null ? null : block(blockId));
        lesson.setRoom(room);
        return lesson;
    }

    // ---------------------------------------------------------------- teams and coaching

    /** A GRADE team meeting once a week in SINGLE blocks, priority 1, no leader. */
    public TeamBuilder team(String id, Teacher... members) {
        return new TeamBuilder(id, members);
    }

    public final class TeamBuilder {
        private final String id;
        private final List<Teacher> members;
        private TeamKind kind = TeamKind.GRADE;
        private Teacher leader;
        private int meetingsPerWeek = 1;
        private String family = BlockFamily.SINGLE;
        private int priority = 1;

        private TeamBuilder(String id, Teacher... members) {
            this.id = id;
            this.members = List.of(members);
        }

        public TeamBuilder kind(TeamKind kind) {
            this.kind = kind;
            return this;
        }

        public TeamBuilder leader(Teacher leader) {
            this.leader = leader;
            return this;
        }

        public TeamBuilder meetingsPerWeek(int meetingsPerWeek) {
            this.meetingsPerWeek = meetingsPerWeek;
            return this;
        }

        public TeamBuilder family(String family) {
            this.family = family;
            return this;
        }

        public TeamBuilder priority(int priority) {
            this.priority = priority;
            return this;
        }

        public Team build() {
            Team team = new Team(id, id, kind, members, leader, meetingsPerWeek, family, priority);
            team.setAllowedBlocks(bellSchedule.blocksOf(family));
            return team;
        }
    }

    /** Meeting number {@code number} of the team, in a block, or unscheduled when {@code blockId} is null. */
    public TeamMeeting meeting(Team team, int number, String blockId) {
        TeamMeeting meeting = new TeamMeeting(team, number);
        meeting.setBlock(blockId == null ? null : block(blockId));
        return meeting;
    }

    public CoachingPair coaching(Teacher leader, Teacher teacher, int observationsPerWeek) {
        return new CoachingPair(leader, teacher, observationsPerWeek);
    }

    // ---------------------------------------------------------------- bell schedule

    /** Periods of a week; each period runs on every day unless {@link #onlyOn} narrows the last one added. */
    public static final class Bell {
        private final List<String> days;
        private final List<Period> periods = new ArrayList<>();

        private Bell(String... days) {
            this.days = List.of(days);
        }

        public Bell period(String label, String start, String end) {
            return period(label, start, end, TimeslotKind.CLASS);
        }

        public Bell period(String label, String start, String end, TimeslotKind kind) {
            periods.add(new Period(label, LocalTime.parse(start), LocalTime.parse(end), kind,
                    new LinkedHashSet<>(days)));
            return this;
        }

        /** A LUNCH period labelled {@code LUNCH}. */
        public Bell lunch(String start, String end) {
            return period("LUNCH", start, end, TimeslotKind.LUNCH);
        }

        /** The period added last exists only on these days (A/B-style schedules). */
        public Bell onlyOn(String... someDays) {
            Period last = periods.get(periods.size() - 1);
            last.days().retainAll(Arrays.asList(someDays));
            return this;
        }

        public BellSchedule schedule() {
            List<Period> byStart = new ArrayList<>(periods);
            byStart.sort((a, b) -> a.start().compareTo(b.start()));
            List<Timeslot> timeslots = new ArrayList<>();
            for (int dayIndex = 0; dayIndex < days.size(); dayIndex++) {
                String day = days.get(dayIndex);
                int indexInDay = 0;
                for (Period period : byStart) {
                    if (period.days().contains(day)) {
                        timeslots.add(new Timeslot(timeslots.size(), day, dayIndex, period.label(), indexInDay++,
                                period.start(), period.end(), period.kind()));
                    }
                }
            }
            return new BellSchedule(timeslots, List.of());
        }

        public TestSchool build() {
            return new TestSchool(schedule());
        }

        private record Period(String label, LocalTime start, LocalTime end, TimeslotKind kind, Set<String> days) {
        }
    }
}
