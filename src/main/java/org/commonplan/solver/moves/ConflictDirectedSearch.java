package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * Iterative forward search with conflict-based statistics over the blocks and rooms of lessons and the blocks
 * of meetings: the way classic course timetablers clear a tight week. It sees who and what is where: a teacher,
 * a student group or a room in two overlapping blocks is a conflict, and so is an attendee of a meeting who
 * teaches or meets during it. Daily loads, homeroom classes, singleton conflicts and the soft rules are left to
 * the local search that follows.
 *
 * <p>Each iteration takes an activity (a lesson or a meeting) without a place, gives it the block (and, for a
 * lesson, the suitable room) whose conflicting activities weigh least, and takes those out. An activity that has
 * often pushed another one out of a block counts that one as heavier next time ({@link #statistics}), which steers
 * the search out of cycles. Among places that weigh the same it keeps a lesson in its room, keeps sections of one
 * course apart and puts teammates' lessons in the same periods. Meetings of homeroom teachers keep their block:
 * whether their classes are away is not modelled here.
 */
final class ConflictDirectedSearch {

    /** Chance that an activity pushed out before gets a random place of its own instead of the best one. */
    private static final double RANDOM_WALK = 0.02;
    /** Tie-break: a lesson leaving the room construction gave it (teachers keep their rooms). */
    private static final double ANOTHER_ROOM = 0.001;
    /**
     * Tie-breaks for the soft rules, far below one conflict: a section of the same course in the block costs, a
     * teammate teaching then too (so the team's free time stays common) pays.
     */
    private static final double SAME_COURSE = 0.01;
    private static final double TEAMMATE_TEACHING = 0.002;
    /** What a clash with a pinned lesson or meeting weighs: it cannot be taken out. */
    private static final double PINNED = 1_000_000;
    private static final int[] NO_ROOM = {-1};

    private final List<Object> entities = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final boolean[][] overlapping;
    private final List<Room> rooms = new ArrayList<>();
    /** Per room and block: whether the room is available for the whole block. */
    private final boolean[][] roomOpen;
    /**
     * Per activity: the block indexes it may take, its room indexes (none for a meeting or a lesson that needs no
     * room), and the resources (teachers, groups) it occupies.
     */
    private final int[][] domains;
    private final int[][] roomDomains;
    private final int[][] resourcesOf;
    /** Per resource: the activities that occupy it. */
    private final int[][] activitiesOf;
    private final boolean[] movable;
    private final boolean[] isLesson;
    /** Whether the activity has been pushed out of a place by another: only those take a random place now and then. */
    private final boolean[] pushedOut;
    /**
     * Per lesson: its course's lessons (those of its own section included, skipped where used) and its section; per
     * activity the teams of its staff, and per team its attendees as resources. Kept as lists per course and per team,
     * not per pair, so memory stays linear in the school's size however large a course or a team is.
     */
    private final int[][] courseLessons;
    private final Object[] sectionOf;
    private final int[][] teamsOf;
    private final int[][] teamMembers;
    /** Per resource: the stamp of the last tie-break that counted it, so a teammate on two teams counts once. */
    private final int[] mateSeen;
    private int mateStamp;
    private final int[] assigned;
    private final int[] assignedRoom;
    /** Per activity: the room construction gave it, preferred among rooms that are otherwise as good. */
    private final int[] startRoom;
    private final int[] bestAssigned;
    private final int[] bestAssignedRoom;
    /** Per room: the activities placed in it. */
    private final List<List<Integer>> roomHolders = new ArrayList<>();
    private final List<Integer> unassigned = new ArrayList<>();
    private final int[] positionInUnassigned;
    private int bestUnassignedCount = Integer.MAX_VALUE;
    /** How often giving activity a block pushed activity x out of block w, keyed by {@link #key}. */
    private final Map<Long, Integer> statistics = new HashMap<>();
    private final Random random;
    private final int[] seen;
    private final int[] inConflict;
    private int stamp;
    private long iterations;

    ConflictDirectedSearch(School school, Random random) {
        this.random = random;
        Map<Block, Integer> blockIndex = new IdentityHashMap<>();
        Map<Object, Integer> resourceIndex = new HashMap<>();
        Map<Room, Integer> roomIndex = new IdentityHashMap<>();
        List<int[]> domainList = new ArrayList<>();
        List<int[]> roomDomainList = new ArrayList<>();
        List<Integer> startRooms = new ArrayList<>();
        List<int[]> resourceList = new ArrayList<>();
        List<Boolean> movableList = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            List<Object> resources = new ArrayList<>(lesson.getSection().getStaff());
            resources.addAll(lesson.getSection().getGroups());
            add(lesson, lesson.getBlock(), lesson.getBlockRange(), lesson.getSection().getStaffUnavailable(),
                    resources, !lesson.isPinned(), blockIndex, resourceIndex, domainList, resourceList, movableList,
                    start);
            List<Room> roomRange = lesson.isPinned() || lesson.getRoomRange().isEmpty()
                    ? (lesson.getRoom() == null ? List.of() : List.of(lesson.getRoom()))
                    : lesson.getRoomRange();
            roomDomainList.add(roomRange.stream()
                    .mapToInt(room -> roomIndex.computeIfAbsent(room, key -> {
                        rooms.add(key);
                        return rooms.size() - 1;
                    }))
                    .toArray());
            startRooms.add(lesson.getRoom() != null && roomRange.contains(lesson.getRoom())
                    ? roomIndex.get(lesson.getRoom()) : -1);
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            List<Teacher> attendees = meeting.getTeam().getAttendees();
            boolean homeroom = attendees.stream().anyMatch(teacher -> teacher.getHomeroom() != null);
            add(meeting, meeting.getBlock(), meeting.getBlockRange(), meeting.getTeam().getAttendeesUnavailable(),
                    new ArrayList<>(attendees), !meeting.isPinned() && !homeroom && meeting.getBlock() != null,
                    blockIndex, resourceIndex, domainList, resourceList, movableList, start);
            roomDomainList.add(new int[0]);
            startRooms.add(-1);
        }
        int count = entities.size();
        roomDomains = roomDomainList.toArray(int[][]::new);
        startRoom = startRooms.stream().mapToInt(Integer::intValue).toArray();
        domains = domainList.toArray(int[][]::new);
        resourcesOf = resourceList.toArray(int[][]::new);
        movable = new boolean[count];
        assigned = new int[count];
        assignedRoom = new int[count];
        bestAssigned = new int[count];
        bestAssignedRoom = new int[count];
        positionInUnassigned = new int[count];
        seen = new int[count];
        inConflict = new int[count];
        for (int room = 0; room < rooms.size(); room++) {
            roomHolders.add(new ArrayList<>());
        }
        List<List<Integer>> byResource = new ArrayList<>();
        for (int i = 0; i < resourceIndex.size(); i++) {
            byResource.add(new ArrayList<>());
        }
        for (int activity = 0; activity < count; activity++) {
            movable[activity] = movableList.get(activity);
            assigned[activity] = -1;
            assignedRoom[activity] = -1;
            positionInUnassigned[activity] = -1;
            for (int resource : resourcesOf[activity]) {
                byResource.get(resource).add(activity);
            }
        }
        activitiesOf = byResource.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        isLesson = new boolean[count];
        pushedOut = new boolean[count];
        courseLessons = new int[count][];
        sectionOf = new Object[count];
        teamsOf = new int[count][];
        mateSeen = new int[resourceIndex.size()];
        List<TeamMeeting> meetings = school.getMeetings();
        Map<Object, Integer> teamIndex = new IdentityHashMap<>();
        List<int[]> members = new ArrayList<>();
        Map<Integer, List<Integer>> teamsOfResource = new HashMap<>();
        for (TeamMeeting meeting : meetings) {
            teamIndex.computeIfAbsent(meeting.getTeam(), team -> {
                int index = members.size();
                int[] attendees = meeting.getTeam().getAttendees().stream().distinct()
                        .mapToInt(resourceIndex::get).toArray();
                members.add(attendees);
                for (int resource : attendees) {
                    teamsOfResource.computeIfAbsent(resource, key -> new ArrayList<>()).add(index);
                }
                return index;
            });
        }
        teamMembers = members.toArray(int[][]::new);
        Map<String, List<Integer>> byCourse = new HashMap<>();
        for (int activity = 0; activity < count; activity++) {
            teamsOf[activity] = new int[0];
            courseLessons[activity] = new int[0];
            if (entities.get(activity) instanceof Lesson lesson) {
                isLesson[activity] = true;
                sectionOf[activity] = lesson.getSection();
                byCourse.computeIfAbsent(lesson.getSection().getCourse(), key -> new ArrayList<>()).add(activity);
                teamsOf[activity] = lesson.getSection().getStaff().stream()
                        .flatMap(teacher -> teamsOfResource.getOrDefault(resourceIndex.get(teacher), List.of()).stream())
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
        keepConflictFree(start, startRooms);
    }

    private void add(Object entity, Block current, List<Block> range, SlotSet unavailable, List<Object> resources,
            boolean isMovable, Map<Block, Integer> blockIndex, Map<Object, Integer> resourceIndex,
            List<int[]> domainList, List<int[]> resourceList, List<Boolean> movableList, List<Integer> start) {
        entities.add(entity);
        List<Block> allowed = range.stream().filter(block -> !block.getSlots().overlaps(unavailable)).toList();
        domainList.add((allowed.isEmpty() ? range : allowed).stream()
                .mapToInt(block -> indexOf(block, blockIndex)).toArray());
        resourceList.add(resources.stream().distinct()
                .mapToInt(resource -> resourceIndex.computeIfAbsent(resource, key -> resourceIndex.size()))
                .toArray());
        movableList.add(isMovable);
        start.add(current == null ? -1 : indexOf(current, blockIndex));
    }

    private int indexOf(Block block, Map<Block, Integer> blockIndex) {
        return blockIndex.computeIfAbsent(block, key -> {
            blocks.add(key);
            return blocks.size() - 1;
        });
    }

    /**
     * Keeps the starting blocks that conflict with none kept before (fixed activities first), and leaves the other
     * movable activities without a block. A fixed activity keeps its block even in conflict.
     */
    private void keepConflictFree(List<Integer> start, List<Integer> startRooms) {
        for (int pass = 0; pass < 2; pass++) {
            for (int activity = 0; activity < assigned.length; activity++) {
                if (movable[activity] != (pass == 1)) {
                    continue;
                }
                int block = start.get(activity);
                int room = startRooms.get(activity);
                if (!movable[activity]) {
                    if (block >= 0) {
                        place(activity, block, room);
                    }
                } else if (block >= 0 && (room >= 0 || roomDomains[activity].length == 0)
                        && conflicts(activity, block, room).isEmpty()) {
                    place(activity, block, room);
                } else {
                    markUnassigned(activity);
                }
            }
        }
        recordIfBest();
    }

    /**
     * Runs until every movable activity has a block without conflict, the phase is terminated, or
     * {@code patience} iterations have passed without fewer activities left out.
     */
    void run(BooleanSupplier isTerminated, long patience) {
        long lastImprovement = 0;
        while (!unassigned.isEmpty() && iterations - lastImprovement < patience) {
            // Checked every iteration: one iteration on a school with a very large team can take milliseconds.
            if (isTerminated.getAsBoolean()) {
                break;
            }
            iterations++;
            int activity = unassigned.get(random.nextInt(unassigned.size()));
            long choice = choosePlace(activity);
            int block = (int) (choice >> 32);
            int room = (int) choice;
            for (int other : conflicts(activity, block, room)) {
                if (!movable[other]) {
                    continue; // every place clashes with something pinned: that conflict is the repair's
                }
                statistics.merge(key(activity, block, other, assigned[other]), 1, Integer::sum);
                pushedOut[other] = true;
                unplace(other);
                markUnassigned(other);
            }
            removeFromUnassigned(activity);
            place(activity, block, room);
            if (recordIfBest()) {
                lastImprovement = iterations;
            }
        }
    }

    /** The block (high half) and room (low half, -1 for none) with the lightest conflicts, ties broken at random. */
    private long choosePlace(int activity) {
        int[] domain = domains[activity];
        int[] roomDomain = roomDomains[activity];
        if (pushedOut[activity] && random.nextDouble() < RANDOM_WALK) {
            int block = domain[random.nextInt(domain.length)];
            return pack(block, roomDomain.length == 0 ? -1 : roomDomain[random.nextInt(roomDomain.length)]);
        }
        long best = -1;
        double bestWeight = Double.MAX_VALUE;
        int ties = 0;
        for (int block : domain) {
            double blockWeight = weigh(activity, block, conflicts(activity, block, -1)) + softTieBreak(activity, block);
            if (blockWeight > bestWeight) {
                continue;
            }
            int blockStamp = stamp;
            for (int room : roomChoices(activity)) {
                if (room >= 0 && !roomOpen[room][block]) {
                    continue;
                }
                double weight = blockWeight + (room == startRoom[activity] ? 0 : ANOTHER_ROOM);
                for (int other : room < 0 ? List.<Integer>of() : roomHolders.get(room)) {
                    // A movable lesson that clashes by teacher or group too goes out once; a pinned one stays and
                    // clashes twice.
                    if ((inConflict[other] != blockStamp || !movable[other]) && overlapping[block][assigned[other]]) {
                        weight += weightOf(activity, block, other);
                    }
                }
                if (weight < bestWeight) {
                    best = pack(block, room);
                    bestWeight = weight;
                    ties = 1;
                } else if (weight == bestWeight && random.nextInt(++ties) == 0) {
                    best = pack(block, room);
                }
            }
        }
        if (best == -1) {
            // Every suitable room is closed in every block: place it without a room check.
            return pack(domain[random.nextInt(domain.length)], roomDomain[0]);
        }
        return best;
    }

    /** The rooms to try: the activity's suitable rooms, or only "no room" (-1) for a meeting or a roomless lesson. */
    private int[] roomChoices(int activity) {
        return roomDomains[activity].length == 0 ? NO_ROOM : roomDomains[activity];
    }

    private static long pack(int block, int room) {
        return ((long) block << 32) | (room & 0xFFFFFFFFL);
    }

    private double softTieBreak(int activity, int block) {
        if (!isLesson[activity]) {
            return 0;
        }
        boolean[] overlaps = overlapping[block];
        double tieBreak = 0;
        for (int other : courseLessons[activity]) {
            if (sectionOf[other] != sectionOf[activity] && assigned[other] >= 0 && overlaps[assigned[other]]) {
                tieBreak += SAME_COURSE;
            }
        }
        // A teammate is anyone who shares a team with one of the lesson's staff, other than that staff member.
        mateStamp++;
        for (int staff : resourcesOf[activity]) {
            for (int team : teamsOf[activity]) {
                if (!isMember(team, staff)) {
                    continue;
                }
                for (int mate : teamMembers[team]) {
                    if (mate == staff || mateSeen[mate] == mateStamp) {
                        continue;
                    }
                    mateSeen[mate] = mateStamp;
                    for (int other : activitiesOf[mate]) {
                        if (isLesson[other] && assigned[other] >= 0 && overlaps[assigned[other]]) {
                            tieBreak -= TEAMMATE_TEACHING;
                            break;
                        }
                    }
                }
            }
        }
        return tieBreak;
    }

    private boolean isMember(int team, int resource) {
        for (int member : teamMembers[team]) {
            if (member == resource) {
                return true;
            }
        }
        return false;
    }

    private double weigh(int activity, int block, List<Integer> conflicts) {
        double weight = 0;
        for (int other : conflicts) {
            weight += weightOf(activity, block, other);
        }
        return weight;
    }

    /** A fixed activity is not to be moved; a movable one weighs more each time it was pushed from there before. */
    private double weightOf(int activity, int block, int other) {
        if (!movable[other]) {
            return PINNED;
        }
        return 1 + statistics.getOrDefault(key(activity, block, other, assigned[other]), 0);
    }

    /**
     * The placed activities that would conflict with {@code activity} in {@code block} and {@code room} (-1: by
     * teacher, group or attendee only), each marked in {@link #inConflict} with the current stamp.
     */
    private List<Integer> conflicts(int activity, int block, int room) {
        List<Integer> found = new ArrayList<>();
        stamp++;
        seen[activity] = stamp;
        boolean[] overlaps = overlapping[block];
        for (int resource : resourcesOf[activity]) {
            for (int other : activitiesOf[resource]) {
                if (seen[other] != stamp) {
                    seen[other] = stamp;
                    if (assigned[other] >= 0 && overlaps[assigned[other]]) {
                        inConflict[other] = stamp;
                        found.add(other);
                    }
                }
            }
        }
        if (room >= 0) {
            for (int other : roomHolders.get(room)) {
                if (seen[other] != stamp && overlaps[assigned[other]]) {
                    seen[other] = stamp;
                    inConflict[other] = stamp;
                    found.add(other);
                }
            }
        }
        return found;
    }

    private void place(int activity, int block, int room) {
        assigned[activity] = block;
        assignedRoom[activity] = room;
        if (room >= 0) {
            roomHolders.get(room).add(activity);
        }
    }

    private void unplace(int activity) {
        if (assignedRoom[activity] >= 0) {
            roomHolders.get(assignedRoom[activity]).remove(Integer.valueOf(activity));
        }
        assigned[activity] = -1;
        assignedRoom[activity] = -1;
    }

    private void removeFromUnassigned(int activity) {
        int position = positionInUnassigned[activity];
        int last = unassigned.remove(unassigned.size() - 1);
        if (last != activity) {
            unassigned.set(position, last);
            positionInUnassigned[last] = position;
        }
        positionInUnassigned[activity] = -1;
    }

    private void markUnassigned(int activity) {
        positionInUnassigned[activity] = unassigned.size();
        unassigned.add(activity);
    }

    private boolean recordIfBest() {
        if (unassigned.size() >= bestUnassignedCount) {
            return false;
        }
        bestUnassignedCount = unassigned.size();
        System.arraycopy(assigned, 0, bestAssigned, 0, assigned.length);
        System.arraycopy(assignedRoom, 0, bestAssignedRoom, 0, assignedRoom.length);
        return true;
    }

    private static long key(int activity, int block, int other, int otherBlock) {
        return ((long) activity << 44) | ((long) block << 32) | ((long) other << 12) | otherBlock;
    }

    /** Movable activities left without a block in the best state found. */
    int unassignedCount() {
        return bestUnassignedCount;
    }

    long iterations() {
        return iterations;
    }

    /** A lesson's or meeting's place: its block, and for a lesson its room (null where it keeps its own). */
    record Place(Block block, Room room) {
    }

    /**
     * The best state found, a place per movable lesson and meeting. An activity left out there gets the place
     * where it conflicts with the fewest others; once {@code isTerminated}, it keeps the place it had before the
     * search (left out of the map), or, a lesson that had none, the first place it may take.
     */
    Map<Object, Place> bestPlaces(BooleanSupplier isTerminated) {
        for (int activity = 0; activity < assigned.length; activity++) {
            if (assigned[activity] >= 0) {
                unplace(activity);
            }
        }
        List<Integer> leftOut = new ArrayList<>();
        for (int activity = 0; activity < assigned.length; activity++) {
            if (bestAssigned[activity] >= 0) {
                place(activity, bestAssigned[activity], bestAssignedRoom[activity]);
            } else if (movable[activity]) {
                leftOut.add(activity);
            }
        }
        boolean outOfTime = false;
        for (int activity : leftOut) {
            outOfTime = outOfTime || isTerminated.getAsBoolean();
            if (outOfTime) {
                // No time to weigh places: an activity keeps the place it had before; one without gets any.
                if (entities.get(activity) instanceof Lesson lesson
                        && (lesson.getBlock() == null || lesson.getRoom() == null)) {
                    place(activity, domains[activity][0], roomChoices(activity)[0]);
                }
                continue;
            }
            long fewest = Long.MAX_VALUE;
            int bestBlock = domains[activity][0];
            int bestRoom = -1;
            for (int block : domains[activity]) {
                for (int room : roomChoices(activity)) {
                    int count = conflicts(activity, block, room).size();
                    if (count < fewest) {
                        fewest = count;
                        bestBlock = block;
                        bestRoom = room;
                    }
                }
            }
            place(activity, bestBlock, bestRoom);
        }
        Map<Object, Place> result = new IdentityHashMap<>();
        for (int activity = 0; activity < assigned.length; activity++) {
            if (movable[activity] && assigned[activity] >= 0) {
                result.put(entities.get(activity), new Place(blocks.get(assigned[activity]),
                        assignedRoom[activity] < 0 ? null : rooms.get(assignedRoom[activity])));
            }
        }
        return result;
    }
}
