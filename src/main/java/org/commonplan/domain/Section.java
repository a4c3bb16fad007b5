package org.commonplan.domain;

import java.util.ArrayList;
import java.util.List;

/** One class of a course, taught by a teacher (and maybe a co-teacher) to groups, in one or more lessons. */
public final class Section {

    private final String id;
    private final String course;
    private final String subject;
    private final Teacher teacher;
    private final Teacher coTeacher;
    private final List<StudentGroup> groups;
    private final int enrollment;
    private final String roomKind;
    private final String family;
    private final int meetings;
    private final Block fixedBlock;
    private final Room fixedRoom;
    private final List<Teacher> staff;
    private final List<Teacher> releasedHomeroomTeachers;
    private final SlotSet staffUnavailable;
    private List<Block> allowedBlocks = List.of();
    private List<Room> suitableRooms = List.of();
    private boolean singleton;
    private int minDaysBetween;
    private int minDaysBetweenSoft;
    private List<String> tags = List.of();
    private boolean courseSpread = true;
    private boolean endsDay;
    private List<SectionLink> links = List.of();
    private List<Room> listedRooms = List.of();

    public Section(String id, String course, String subject, Teacher teacher, Teacher coTeacher,
            List<StudentGroup> groups, int enrollment, String roomKind, String family, int meetings,
            Block fixedBlock, Room fixedRoom) {
        this(id, course, subject, teacher, coTeacher == null ? List.of() : List.of(coTeacher), groups, enrollment,
                roomKind, family, meetings, fixedBlock, fixedRoom);
    }

    /** A section taught by a teacher and any number of co-teachers (FET activities with three or more teachers). */
    public Section(String id, String course, String subject, Teacher teacher, List<Teacher> coTeachers,
            List<StudentGroup> groups, int enrollment, String roomKind, String family, int meetings,
            Block fixedBlock, Room fixedRoom) {
        this.id = id;
        this.course = course;
        this.subject = subject;
        this.teacher = teacher;
        this.coTeacher = coTeachers.isEmpty() ? null : coTeachers.get(0);
        this.groups = List.copyOf(groups);
        this.enrollment = enrollment;
        this.roomKind = roomKind;
        this.family = family;
        this.meetings = meetings;
        this.fixedBlock = fixedBlock;
        this.fixedRoom = fixedRoom;
        List<Teacher> everyone = new ArrayList<>(List.of(teacher));
        for (Teacher member : coTeachers) {
            if (!everyone.contains(member)) {
                everyone.add(member);
            }
        }
        this.staff = List.copyOf(everyone);
        List<Teacher> released = new ArrayList<>();
        for (StudentGroup group : this.groups) {
            Teacher homeroomTeacher = group.getHomeroomTeacher();
            if (homeroomTeacher != null && !staff.contains(homeroomTeacher) && !released.contains(homeroomTeacher)) {
                released.add(homeroomTeacher);
            }
        }
        this.releasedHomeroomTeachers = List.copyOf(released);
        SlotSet unavailable = SlotSet.EMPTY;
        for (Teacher member : staff) {
            unavailable = unavailable.union(member.getUnavailable());
        }
        for (StudentGroup group : this.groups) {
            unavailable = unavailable.union(group.getUnavailable());
        }
        this.staffUnavailable = unavailable;
    }

    /** Timeslots in which the teacher, the co-teacher or one of its student groups is away. */
    public SlotSet getStaffUnavailable() {
        return staffUnavailable;
    }

    public String getId() {
        return id;
    }

    public String getCourse() {
        return course;
    }

    public String getSubject() {
        return subject;
    }

    public Teacher getTeacher() {
        return teacher;
    }

    /** Every teacher of the section but the first: the co-teachers. */
    public List<Teacher> getCoTeachers() {
        return staff.subList(1, staff.size());
    }

    public Teacher getCoTeacher() {
        return coTeacher;
    }

    /** The teacher and the co-teacher, if any. */
    public List<Teacher> getStaff() {
        return staff;
    }

    public List<StudentGroup> getGroups() {
        return groups;
    }

    public int getEnrollment() {
        return enrollment;
    }

    public String getRoomKind() {
        return roomKind;
    }

    public String getFamily() {
        return family;
    }

    public int getMeetings() {
        return meetings;
    }

    public Block getFixedBlock() {
        return fixedBlock;
    }

    public Room getFixedRoom() {
        return fixedRoom;
    }

    /** Homeroom teachers whose class is with this section's staff, not with them, while it meets. */
    public List<Teacher> getReleasedHomeroomTeachers() {
        return releasedHomeroomTeachers;
    }

    /** Blocks a lesson of this section may take: its family, or just the fixed block. */
    public List<Block> getAllowedBlocks() {
        return allowedBlocks;
    }

    /**
     * The blocks a lesson may take: of these, the ones its teachers are all available for, since a lesson in any
     * other is a broken hard rule the search need not try. When none is, all of them, and the unavailable rule says
     * what is wrong.
     */
    public void setAllowedBlocks(List<Block> allowedBlocks) {
        this.allowedBlocks = BlockFamily.available(allowedBlocks, staffUnavailable);
    }

    /** Rooms of the needed kind large enough for the enrollment, or just the fixed room. */
    public List<Room> getSuitableRooms() {
        return suitableRooms;
    }

    public void setSuitableRooms(List<Room> suitableRooms) {
        this.suitableRooms = List.copyOf(suitableRooms);
    }

    /** The only section of its course, so students who need it have no other option. */
    /** Days at least between any two of this section's lessons (FET's MinDaysBetweenActivities); 0 for none. */
    public int getMinDaysBetween() {
        return minDaysBetween;
    }

    public void setMinDaysBetween(int minDaysBetween) {
        this.minDaysBetween = minDaysBetween;
    }

    /** Days wanted between any two of this section's lessons (FET's MinDaysBetweenActivities below 100%). */
    public int getMinDaysBetweenSoft() {
        return minDaysBetweenSoft;
    }

    public void setMinDaysBetweenSoft(int minDaysBetweenSoft) {
        this.minDaysBetweenSoft = minDaysBetweenSoft;
    }

    /** The section's tags (sections.csv tags), which teachers' tag limits count. */
    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = List.copyOf(tags);
    }

    /** Whether the default spread rules (course-spread, course-days-apart) count this section's lessons. */
    public boolean isCourseSpread() {
        return courseSpread;
    }

    public void setCourseSpread(boolean courseSpread) {
        this.courseSpread = courseSpread;
    }

    /** Whether each lesson must be the last of its student groups' day. */
    public boolean isEndsDay() {
        return endsDay;
    }

    public void setEndsDay(boolean endsDay) {
        this.endsDay = endsDay;
    }

    /** The rooms the bundle lists for this section, of any kinds; empty when it names a room kind instead. */
    public List<Room> getListedRooms() {
        return listedRooms;
    }

    public void setListedRooms(List<Room> listedRooms) {
        this.listedRooms = List.copyOf(listedRooms);
    }

    /** Whether a lesson of this section may be in the room: one of its listed rooms, else one of its room kind. */
    public boolean accepts(Room room) {
        return listedRooms.isEmpty() ? room.getKind().equals(roomKind) : listedRooms.contains(room);
    }

    /** The links this section is part of. */
    public List<SectionLink> getLinks() {
        return links;
    }

    public void setLinks(List<SectionLink> links) {
        this.links = List.copyOf(links);
    }

    public boolean isSingleton() {
        return singleton;
    }

    public void setSingleton(boolean singleton) {
        this.singleton = singleton;
    }

    @Override
    public String toString() {
        return id;
    }
}
