package org.commonplan.domain;

import java.util.List;

/** A cohort of students that moves together and cannot be in two places at once. */
public final class StudentGroup {

    private final String id;
    private final int size;
    private final String grade;
    private Teacher homeroomTeacher;
    private GroupLimits limits = GroupLimits.NONE;
    private BuildingLimits buildingLimits = BuildingLimits.NONE;
    private SlotSet unavailable = SlotSet.EMPTY;

    public StudentGroup(String id, int size, String grade) {
        this.id = id;
        this.size = size;
        this.grade = grade;
    }

    public String getId() {
        return id;
    }

    public int getSize() {
        return size;
    }

    public String getGrade() {
        return grade;
    }

    /** The teacher this group stays with when it is not at another teacher's section, or null. */
    public Teacher getHomeroomTeacher() {
        return homeroomTeacher;
    }

    public void setHomeroomTeacher(Teacher homeroomTeacher) {
        this.homeroomTeacher = homeroomTeacher;
    }

    /** The limits on the shape of this group's days. */
    public GroupLimits getLimits() {
        return limits;
    }

    public void setLimits(GroupLimits limits) {
        this.limits = limits;
    }

    /** How often this group may change building, a day and a week, and the time kept between changes. */
    public BuildingLimits getBuildingLimits() {
        return buildingLimits;
    }

    public void setBuildingLimits(BuildingLimits buildingLimits) {
        this.buildingLimits = buildingLimits;
    }

    /** Timeslots in which the group is away (groups.csv {@code unavailable}): its lessons avoid them. */
    public SlotSet getUnavailable() {
        return unavailable;
    }

    public void setUnavailable(SlotSet unavailable) {
        this.unavailable = unavailable;
    }

    /**
     * Where the group's day starts: the position, among a day's CLASS timeslots, of the first one the group is not
     * away in (FET counts a beginning from there); the number of them when it is away all day.
     */
    public int dayStart(List<Timeslot> classSlots) {
        int start = 0;
        while (start < classSlots.size() && unavailable.contains(classSlots.get(start).index())) {
            start++;
        }
        return start;
    }

    @Override
    public String toString() {
        return id;
    }
}
