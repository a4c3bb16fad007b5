package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * What {@link ConflictDirectedSearch} works on, built once from the school and never changed: the activities (every
 * lesson, then every team meeting), the blocks and rooms each may take (its domain), and the resources (teachers,
 * student groups, meeting attendees) each holds. Everything is numbered: an activity, a block, a room or a resource
 * is an index, given in the order first met. Beside that it keeps what the tie-breaks read: each lesson's course
 * and section, and the teams of its staff.
 *
 * <p>Courses and teams are kept as lists per course and per team, not per pair of lessons or teammates, so memory
 * stays linear in the school's size however large a course or a team is.
 */
final class ActivityModel {

    /** The lesson or meeting behind each activity. */
    private final List<Object> activities;
    private final List<Block> blocks;
    private final List<Room> rooms;
    /** Per activity: the block indexes it may take, in the order of its range. */
    private final int[][] domains;
    /** Per activity: its suitable room indexes; none for a meeting or a lesson that needs no room. */
    private final int[][] roomDomains;
    /** Per activity: the resources it holds; per resource: the activities that hold it. */
    private final int[][] resourcesOf;
    private final int[][] activitiesOf;
    private final boolean[] movable;
    private final boolean[] isLesson;
    /** Per activity: the block and room it had when the search started (-1: none). */
    private final int[] startBlock;
    private final int[] startRoom;
    /** Per pair of blocks: whether they share a timeslot. */
    private final boolean[][] overlapping;
    /** Per room and block: whether the room is available for the whole block. */
    private final boolean[][] roomOpen;
    /** Per lesson: its course's lessons (its own section's among them) and its section. */
    private final int[][] courseLessons;
    private final Object[] sectionOf;
    /** Per lesson: the teams of its staff; per team: its attendees as resources. */
    private final int[][] teamsOf;
    private final int[][] teamMembers;
    private final int resourceCount;

    private ActivityModel(Builder built) {
        activities = built.activities;
        blocks = built.blocks;
        rooms = built.rooms;
        domains = built.domains.toArray(int[][]::new);
        roomDomains = built.roomDomains.toArray(int[][]::new);
        resourcesOf = built.resources.toArray(int[][]::new);
        resourceCount = built.resourceIndex.size();
        int count = activities.size();
        movable = new boolean[count];
        isLesson = new boolean[count];
        startBlock = built.startBlocks.stream().mapToInt(Integer::intValue).toArray();
        startRoom = built.startRooms.stream().mapToInt(Integer::intValue).toArray();
        List<List<Integer>> byResource = new ArrayList<>();
        for (int i = 0; i < resourceCount; i++) {
            byResource.add(new ArrayList<>());
        }
        for (int activity = 0; activity < count; activity++) {
            movable[activity] = built.movable.get(activity);
            for (int resource : resourcesOf[activity]) {
                byResource.get(resource).add(activity);
            }
        }
        activitiesOf = byResource.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        courseLessons = new int[count][];
        sectionOf = new Object[count];
        teamsOf = new int[count][];
        Map<Integer, List<Integer>> teamsOfResource = new HashMap<>();
        teamMembers = teamMembers(built, teamsOfResource);
        Map<String, List<Integer>> byCourse = new HashMap<>();
        for (int activity = 0; activity < count; activity++) {
            teamsOf[activity] = new int[0];
            courseLessons[activity] = new int[0];
            if (activities.get(activity) instanceof Lesson lesson) {
                isLesson[activity] = true;
                sectionOf[activity] = lesson.getSection();
                byCourse.computeIfAbsent(lesson.getSection().getCourse(), key -> new ArrayList<>()).add(activity);
                teamsOf[activity] = lesson.getSection().getStaff().stream()
                        .flatMap(teacher -> teamsOfResource.getOrDefault(built.resourceIndex.get(teacher), List.of())
                                .stream())
                        .distinct().mapToInt(Integer::intValue).toArray();
            }
        }
        for (List<Integer> course : byCourse.values()) {
            int[] lessons = course.stream().mapToInt(Integer::intValue).toArray();
            for (int activity : lessons) {
                courseLessons[activity] = lessons;
            }
        }
        overlapping = new boolean[blocks.size()][blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = 0; j < blocks.size(); j++) {
                overlapping[i][j] = blocks.get(i).overlaps(blocks.get(j));
            }
        }
        roomOpen = new boolean[rooms.size()][blocks.size()];
        for (int room = 0; room < rooms.size(); room++) {
            for (int block = 0; block < blocks.size(); block++) {
                roomOpen[room][block] = !rooms.get(room).getUnavailable().overlaps(blocks.get(block).getSlots());
            }
        }
    }

    /** Each team that has a meeting, numbered in the order of the school's meetings, as its attendees' resources. */
    private static int[][] teamMembers(Builder built, Map<Integer, List<Integer>> teamsOfResource) {
        Map<Object, Integer> teamIndex = new IdentityHashMap<>();
        List<int[]> members = new ArrayList<>();
        for (TeamMeeting meeting : built.meetings) {
            teamIndex.computeIfAbsent(meeting.getTeam(), team -> {
                int index = members.size();
                int[] attendees = meeting.getTeam().getAttendees().stream().distinct()
                        .mapToInt(built.resourceIndex::get).toArray();
                members.add(attendees);
                for (int resource : attendees) {
                    teamsOfResource.computeIfAbsent(resource, key -> new ArrayList<>()).add(index);
                }
                return index;
            });
        }
        return members.toArray(int[][]::new);
    }

    /**
     * The school's lessons and meetings as activities. A pinned lesson or meeting is not movable, and neither is a
     * meeting of homeroom teachers (whether their classes are away is not modelled) or a meeting without a block.
     */
    static ActivityModel of(School school) {
        Builder builder = new Builder(school.getMeetings());
        for (Lesson lesson : school.getLessons()) {
            List<Object> resources = new ArrayList<>(lesson.getSection().getStaff());
            resources.addAll(lesson.getSection().getGroups());
            List<Room> roomRange = lesson.isPinned() || lesson.getRoomRange().isEmpty()
                    ? (lesson.getRoom() == null ? List.of() : List.of(lesson.getRoom()))
                    : lesson.getRoomRange();
            builder.add(lesson, new Range(lesson.getBlock(), lesson.getBlockRange(),
                    lesson.getSection().getStaffUnavailable()), resources, !lesson.isPinned());
            builder.addRooms(roomRange, lesson.getRoom());
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            List<Teacher> attendees = meeting.getTeam().getAttendees();
            boolean homeroom = attendees.stream().anyMatch(teacher -> teacher.getHomeroom() != null);
            builder.add(meeting, new Range(meeting.getBlock(), meeting.getBlockRange(),
                    meeting.getTeam().getAttendeesUnavailable()), new ArrayList<>(attendees),
                    !meeting.isPinned() && !homeroom && meeting.getBlock() != null);
            builder.addRooms(List.of(), null);
        }
        return new ActivityModel(builder);
    }

    /** An activity's block now, the blocks it may take, and the timeslots its people are away (to leave out). */
    private record Range(Block current, List<Block> blocks, SlotSet unavailable) {
    }

    /** Numbers blocks, rooms and resources as the activities come in. */
    private static final class Builder {
        private final List<TeamMeeting> meetings;
        private final List<Object> activities = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<Room> rooms = new ArrayList<>();
        private final Map<Block, Integer> blockIndex = new IdentityHashMap<>();
        private final Map<Object, Integer> resourceIndex = new HashMap<>();
        private final Map<Room, Integer> roomIndex = new IdentityHashMap<>();
        private final List<int[]> domains = new ArrayList<>();
        private final List<int[]> roomDomains = new ArrayList<>();
        private final List<int[]> resources = new ArrayList<>();
        private final List<Boolean> movable = new ArrayList<>();
        private final List<Integer> startBlocks = new ArrayList<>();
        private final List<Integer> startRooms = new ArrayList<>();

        Builder(List<TeamMeeting> meetings) {
            this.meetings = meetings;
        }

        /** An activity whose domain is its range less the blocks its people are away (all of it if none is left). */
        void add(Object entity, Range range, List<Object> held, boolean isMovable) {
            activities.add(entity);
            List<Block> allowed = range.blocks().stream()
                    .filter(block -> !block.getSlots().overlaps(range.unavailable())).toList();
            domains.add((allowed.isEmpty() ? range.blocks() : allowed).stream().mapToInt(this::indexOf).toArray());
            resources.add(held.stream().distinct()
                    .mapToInt(resource -> resourceIndex.computeIfAbsent(resource, key -> resourceIndex.size()))
                    .toArray());
            movable.add(isMovable);
            startBlocks.add(range.current() == null ? -1 : indexOf(range.current()));
        }

        /** The last activity's suitable rooms, and the one it starts in when that is among them. */
        void addRooms(List<Room> roomRange, Room current) {
            roomDomains.add(roomRange.stream()
                    .mapToInt(room -> roomIndex.computeIfAbsent(room, key -> {
                        rooms.add(key);
                        return rooms.size() - 1;
                    }))
                    .toArray());
            startRooms.add(current != null && roomRange.contains(current) ? roomIndex.get(current) : -1);
        }

        private int indexOf(Block block) {
            return blockIndex.computeIfAbsent(block, key -> {
                blocks.add(key);
                return blocks.size() - 1;
            });
        }
    }

    int activityCount() {
        return activities.size();
    }

    int blockCount() {
        return blocks.size();
    }

    int roomCount() {
        return rooms.size();
    }

    int resourceCount() {
        return resourceCount;
    }

    /** The lesson or meeting behind the activity. */
    Object entity(int activity) {
        return activities.get(activity);
    }

    Block block(int block) {
        return blocks.get(block);
    }

    Room room(int room) {
        return rooms.get(room);
    }

    int[] domain(int activity) {
        return domains[activity];
    }

    int[] roomDomain(int activity) {
        return roomDomains[activity];
    }

    int[] resourcesOf(int activity) {
        return resourcesOf[activity];
    }

    int[] activitiesOf(int resource) {
        return activitiesOf[resource];
    }

    boolean isMovable(int activity) {
        return movable[activity];
    }

    boolean isLesson(int activity) {
        return isLesson[activity];
    }

    int startBlock(int activity) {
        return startBlock[activity];
    }

    /** The room construction gave the activity, preferred among rooms that are otherwise as good (-1: none). */
    int startRoom(int activity) {
        return startRoom[activity];
    }

    /** Per block, whether it shares a timeslot with {@code block}. */
    boolean[] overlapping(int block) {
        return overlapping[block];
    }

    boolean isRoomOpen(int room, int block) {
        return roomOpen[room][block];
    }

    int[] courseLessons(int activity) {
        return courseLessons[activity];
    }

    /** The lesson's section (null for a meeting), compared by identity. */
    Object section(int activity) {
        return sectionOf[activity];
    }

    int[] teamsOf(int activity) {
        return teamsOf[activity];
    }

    int[] teamMembers(int team) {
        return teamMembers[team];
    }
}
