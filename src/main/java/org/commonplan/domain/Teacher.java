package org.commonplan.domain;

import java.util.List;

/**
 * A staff member who teaches sections and/or belongs to teams.
 * Part-time staff have unavailable timeslots; teacher-leaders have release timeslots a day.
 */
public final class Teacher {

    private final String id;
    private final String name;
    private final List<String> subjects;
    private final TeacherRole role;
    private final int releasePerDay;
    private final SlotSet unavailable;
    private final int maxTeachingPerDay;
    private final long salary;
    private final BellSchedule bellSchedule;
    private final SlotSet availableClassSlots;
    private final int minPlanningMinutesPerWeek;
    private final int maxConsecutiveTeaching;
    private StudentGroup homeroom;
    private TeacherLimits limits = TeacherLimits.NONE;
    private int minDaysPerWeek;
    private List<IntervalDays> intervalDays = List.of();
    private BuildingLimits buildingLimits = BuildingLimits.NONE;
    private List<TagLimit> tagLimits = List.of();

    public Teacher(String id, String name, List<String> subjects, TeacherRole role, int releasePerDay,
            SlotSet unavailable, int maxTeachingPerDay, long salary, int minPlanningMinutesPerWeek,
            int maxConsecutiveTeaching, BellSchedule bellSchedule) {
        this.id = id;
        this.name = name;
        this.subjects = List.copyOf(subjects);
        this.role = role;
        this.releasePerDay = releasePerDay;
        this.unavailable = unavailable;
        this.maxTeachingPerDay = maxTeachingPerDay;
        this.salary = salary;
        this.minPlanningMinutesPerWeek = minPlanningMinutesPerWeek;
        this.maxConsecutiveTeaching = maxConsecutiveTeaching;
        this.bellSchedule = bellSchedule;
        this.availableClassSlots = bellSchedule.getClassSlots().minus(unavailable);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public TeacherRole getRole() {
        return role;
    }

    public boolean isLeader() {
        return role == TeacherRole.TEACHER_LEADER;
    }

    public int getReleasePerDay() {
        return releasePerDay;
    }

    public SlotSet getUnavailable() {
        return unavailable;
    }

    public int getMaxTeachingPerDay() {
        return maxTeachingPerDay;
    }

    /** Timeslots of lessons a day this teacher may teach: a leader's release comes off the maximum. */
    public int getTeachingLimitPerDay() {
        return Math.max(0, maxTeachingPerDay - releasePerDay);
    }

    public long getSalary() {
        return salary;
    }

    public int getMinPlanningMinutesPerWeek() {
        return minPlanningMinutesPerWeek;
    }

    /** Timeslots of lessons in a row after which a break is wanted. */
    public int getMaxConsecutiveTeaching() {
        return maxConsecutiveTeaching;
    }

    public BellSchedule getBellSchedule() {
        return bellSchedule;
    }

    /** CLASS timeslots in which this teacher is at school. */
    public SlotSet getAvailableClassSlots() {
        return availableClassSlots;
    }

    /** Free minutes a week kept for leadership work rather than individual planning. */
    public int getReleaseMinutesPerWeek() {
        return releasePerDay * bellSchedule.getDays().size() * bellSchedule.getMeanClassMinutes();
    }

    public StudentGroup getHomeroom() {
        return homeroom;
    }

    /** The limits this teacher's week must keep, beyond the school-wide ones. */
    public TeacherLimits getLimits() {
        return limits;
    }

    public void setLimits(TeacherLimits limits) {
        this.limits = limits;
    }

    /** Days at least on which the teacher teaches (FET's TeacherMinDaysPerWeek); 0 for no minimum. */
    public int getMinDaysPerWeek() {
        return minDaysPerWeek;
    }

    public void setMinDaysPerWeek(int minDaysPerWeek) {
        this.minDaysPerWeek = minDaysPerWeek;
    }

    /** The most days a week the teacher teaches within parts of the day (teachers.csv interval_max_days). */
    public List<IntervalDays> getIntervalDays() {
        return intervalDays;
    }

    public void setIntervalDays(List<IntervalDays> intervalDays) {
        this.intervalDays = List.copyOf(intervalDays);
    }

    public void setHomeroom(StudentGroup homeroom) {
        this.homeroom = homeroom;
    }

    /** How often this teacher may change building, a day and a week, and the time kept between changes. */
    public BuildingLimits getBuildingLimits() {
        return buildingLimits;
    }

    public void setBuildingLimits(BuildingLimits buildingLimits) {
        this.buildingLimits = buildingLimits;
    }

    /** Limits on this teacher's lessons of sections with a tag, one per tag (teachers.csv max_tagged_...). */
    public List<TagLimit> getTagLimits() {
        return tagLimits;
    }

    public void setTagLimits(List<TagLimit> tagLimits) {
        this.tagLimits = List.copyOf(tagLimits);
    }

    @Override
    public String toString() {
        return name == null || name.isBlank() ? id : name;
    }
}
