package org.commonplan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An earlier schedule of the school, by ids: each lesson ({@code section#number}) and each team meeting
 * ({@code team#number}) with where it was. A re-solve starts from it, keeps what the school still allows and
 * may lock some of it; what the school no longer has is left out, what is new is placed freely.
 */
public record PreviousSchedule(Map<String, Placement> lessons, Map<String, Placement> meetings) {

    /** A block id no block has: a meeting whose old block is no longer allowed costs the same anywhere. */
    private static final String NO_LONGER_ALLOWED = "";

    public PreviousSchedule {
        lessons = Map.copyOf(lessons);
        meetings = Map.copyOf(meetings);
    }

    public static String lessonKey(String sectionId, int number) {
        return sectionId + "#" + number;
    }

    public static String meetingKey(String teamId, int number) {
        return teamId + "#" + number;
    }

    /**
     * Which earlier placements a re-solve keeps in place: {@code all}, {@code meetings}, {@code sections:ID;ID} or
     * {@code teachers:ID;ID} (the lessons a teacher teaches).
     */
    public record Lock(boolean lessons, boolean meetings, Set<String> sections, Set<String> teachers) {

        public static final Lock NONE = new Lock(false, false, Set.of(), Set.of());

        /** The lock a scheduler wrote, or an exception whose message says what is wrong with it. */
        public static Lock parse(String text) {
            if (text == null || text.isBlank()) {
                return NONE;
            }
            String value = text.strip();
            if (value.equals("all")) {
                return new Lock(true, true, Set.of(), Set.of());
            }
            if (value.equals("meetings")) {
                return new Lock(false, true, Set.of(), Set.of());
            }
            int colon = value.indexOf(':');
            String kind = colon < 0 ? value : value.substring(0, colon);
            Set<String> ids = new HashSet<>();
            if (colon >= 0) {
                for (String id : value.substring(colon + 1).split(";")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
            if (kind.equals("sections") && !ids.isEmpty()) {
                return new Lock(false, false, Set.copyOf(ids), Set.of());
            }
            if (kind.equals("teachers") && !ids.isEmpty()) {
                return new Lock(false, false, Set.of(), Set.copyOf(ids));
            }
            throw new IllegalArgumentException("lock " + Placement.quote(value) + " is not all, meetings, "
                    + "sections:ID;ID or teachers:ID;ID");
        }

        /** The section and teacher ids this lock names that the school does not have. */
        public List<String> unknownIds(School school) {
            List<String> unknown = new ArrayList<>();
            Set<String> sectionIds = new HashSet<>();
            school.getSections().forEach(section -> sectionIds.add(section.getId()));
            Set<String> teacherIds = new HashSet<>();
            school.getTeachers().forEach(teacher -> teacherIds.add(teacher.getId()));
            sections.stream().filter(id -> !sectionIds.contains(id)).sorted()
                    .forEach(id -> unknown.add("section " + Placement.quote(id)));
            teachers.stream().filter(id -> !teacherIds.contains(id)).sorted()
                    .forEach(id -> unknown.add("teacher " + Placement.quote(id)));
            return unknown;
        }

        boolean locks(Lesson lesson) {
            return lessons || sections.contains(lesson.getSection().getId())
                    || lesson.getSection().getStaff().stream().anyMatch(teacher -> teachers.contains(teacher.getId()));
        }
    }

    /** What starting from an earlier schedule did: lessons and meetings put back, and those locked there. */
    public record Start(int lessonsKept, int meetingsKept, int locked) {
    }

    /**
     * Puts every lesson and meeting of the school (read from the same bundle) where this schedule had it, as it was:
     * the schedule itself again, not a start to move from. Pinned ones stay where the bundle locks them.
     */
    public void placeInto(School school) {
        BellSchedule bellSchedule = school.getBellSchedule();
        Map<String, Room> rooms = roomsById(school);
        for (Lesson lesson : school.getLessons()) {
            Placement placement = lessons.get(lessonKey(lesson.getSection().getId(), lesson.getNumber()));
            if (placement != null && !lesson.isPinned()) {
                lesson.setBlock(placement.blockId() == null ? null : bellSchedule.block(placement.blockId()));
                lesson.setRoom(placement.roomId() == null ? null : rooms.get(placement.roomId()));
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            Placement placement = meetings.get(meetingKey(meeting.getTeam().getId(), meeting.getNumber()));
            if (placement != null && !meeting.isPinned()) {
                meeting.setBlock(placement.blockId() == null ? null : bellSchedule.block(placement.blockId()));
            }
        }
    }

    /**
     * Marks every lesson and meeting of the school that the earlier schedule had with where it was, and starts it
     * there when the school still allows that place on its own (a block and room in its ranges where none of its
     * teachers, attendees or room is unavailable); the lock pins those it names. Bundle locks stay as they are.
     */
    public Start applyTo(School school, Lock lock) {
        school.setPreviousSchedule(this);
        BellSchedule bellSchedule = school.getBellSchedule();
        Map<String, Room> rooms = roomsById(school);
        int lessonsKept = 0;
        int meetingsKept = 0;
        int locked = 0;
        for (Lesson lesson : school.getLessons()) {
            Placement placement = lessons.get(lessonKey(lesson.getSection().getId(), lesson.getNumber()));
            lesson.setPrevious(placement);
            if (placement == null || lesson.isPinned()) {
                continue;
            }
            Block block = bellSchedule.block(placement.blockId());
            Room room = rooms.get(placement.roomId());
            boolean blockFits = block != null && lesson.getBlockRange().contains(block)
                    && !block.getSlots().overlaps(lesson.getSection().getStaffUnavailable());
            boolean roomFits = room != null && lesson.getRoomRange().contains(room)
                    && !(blockFits && block.getSlots().overlaps(room.getUnavailable()));
            lesson.setBlock(blockFits ? block : null);
            lesson.setRoom(roomFits ? room : null);
            // A place it may no longer take must not pull it back: every other place costs the same.
            lesson.setPreviousAllowed(new Placement(blockFits ? block.getId() : null, roomFits ? room.getId() : null));
            if (blockFits && roomFits) {
                lessonsKept++;
                if (lock.locks(lesson)) {
                    lesson.setPinned(true);
                    locked++;
                }
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            Placement placement = meetings.get(meetingKey(meeting.getTeam().getId(), meeting.getNumber()));
            meeting.setPrevious(placement);
            if (placement == null || meeting.isPinned()) {
                continue;
            }
            Block block = placement.blockId() == null ? null : bellSchedule.block(placement.blockId());
            boolean fits = block != null && meeting.getBlockRange().contains(block)
                    && !block.getSlots().overlaps(meeting.getTeam().getAttendeesUnavailable());
            meeting.setBlock(fits ? block : null);
            if (!fits && placement.blockId() != null) {
                meeting.setPreviousAllowed(new Placement(NO_LONGER_ALLOWED, null));
            }
            if (fits) {
                meetingsKept++;
                if (lock.meetings()) {
                    meeting.setPinned(true);
                    locked++;
                }
            }
        }
        return new Start(lessonsKept, meetingsKept, locked);
    }

    private static Map<String, Room> roomsById(School school) {
        Map<String, Room> rooms = new java.util.HashMap<>();
        school.getRooms().forEach(room -> rooms.put(room.getId(), room));
        return rooms;
    }
}
