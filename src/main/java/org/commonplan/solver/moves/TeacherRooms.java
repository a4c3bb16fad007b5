package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * Gathers each teacher's lessons of the week the conflict-directed search built into as few rooms as their blocks
 * allow (rule room-spread), blocks unchanged. The search picks a room only to avoid clashes, so from the empty week
 * a teacher's lessons scatter over the rooms that suit them: on FET's KPS and shc-2013 the improving phase of a
 * 200,000-move run was left 2,490 and 4,840 soft of room-spread where Timefold's construction had left it 1,440 and
 * 700. Greedy, teacher by teacher, most lessons first: the suitable room free at the most of the teacher's lessons
 * takes them, then the next room the rest. A lesson keeps only rooms that suit it, are open in its block, are free
 * then and stand in the building of its own, so no room is taken twice and no building change is new; at worst it
 * keeps its own room, free since the teacher's lessons left it.
 */
final class TeacherRooms {

    private TeacherRooms() {
    }

    /**
     * The places with rooms gathered: only the lessons {@code placed} newly places (without a block yet), in a room,
     * not pinned and not from a previous schedule, move room; every other lesson with a place holds its room.
     */
    static Map<Object, ConflictDirectedSearch.Place> gather(School school,
            Map<Object, ConflictDirectedSearch.Place> placed) {
        Occupancy occupancy = new Occupancy(school.getBellSchedule().getTimeslots().stream()
                .mapToInt(Timeslot::index).max().orElse(-1) + 1);
        Map<Lesson, Room> rooms = new IdentityHashMap<>();
        Map<Teacher, List<Lesson>> byTeacher = new LinkedHashMap<>();
        for (Lesson lesson : school.getLessons()) {
            ConflictDirectedSearch.Place place = placed.get(lesson);
            boolean anew = place != null && lesson.getBlock() == null;
            Block block = anew ? place.block() : lesson.getBlock();
            Room room = anew && place.room() != null ? place.room() : lesson.getRoom();
            if (block == null || room == null) {
                continue;
            }
            occupancy.take(room, block);
            Teacher teacher = lesson.getSection().getTeacher();
            if (anew && place.room() != null && !lesson.isPinned() && lesson.getPreviousAllowed() == null
                    && teacher != null && lesson.getRoomRange().size() > 1) {
                rooms.put(lesson, room);
                byTeacher.computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson);
            }
        }
        List<List<Lesson>> teachers = new ArrayList<>(byTeacher.values());
        teachers.sort(Comparator.comparingInt(lessons -> -lessons.size()));
        for (List<Lesson> lessons : teachers) {
            gatherOne(lessons, placed, rooms, occupancy);
        }
        Map<Object, ConflictDirectedSearch.Place> gathered = new IdentityHashMap<>(placed);
        rooms.forEach((lesson, room) -> gathered.put(lesson,
                new ConflictDirectedSearch.Place(placed.get(lesson).block(), room)));
        return gathered;
    }

    /** One teacher's lessons: out of their rooms, then into the rooms free at the most of them, one room at a time. */
    private static void gatherOne(List<Lesson> lessons, Map<Object, ConflictDirectedSearch.Place> placed,
            Map<Lesson, Room> rooms, Occupancy occupancy) {
        for (Lesson lesson : lessons) {
            occupancy.free(rooms.get(lesson), placed.get(lesson).block());
        }
        List<Lesson> left = new ArrayList<>(lessons);
        while (!left.isEmpty()) {
            Room best = null;
            int most = 0;
            int mostAlready = 0;
            Set<Room> candidates = Collections.newSetFromMap(new LinkedHashMap<>());
            left.forEach(lesson -> candidates.addAll(lesson.getRoomRange()));
            for (Room room : candidates) {
                int fits = 0;
                int already = 0;
                for (Lesson other : left) {
                    if (fits(other, room, placed, occupancy)) {
                        fits++;
                        already += rooms.get(other) == room ? 1 : 0;
                    }
                }
                // Among rooms as good, the one most of them are in already: fewer changes.
                if (fits > most || fits == most && already > mostAlready) {
                    best = room;
                    most = fits;
                    mostAlready = already;
                }
            }
            if (best == null) {
                // None fits even its own room: cannot happen, since the lessons left theirs free; keep them there.
                left.forEach(lesson -> occupancy.take(rooms.get(lesson), placed.get(lesson).block()));
                return;
            }
            List<Lesson> rest = new ArrayList<>();
            for (Lesson lesson : left) {
                if (fits(lesson, best, placed, occupancy)) {
                    rooms.put(lesson, best);
                    occupancy.take(best, placed.get(lesson).block());
                } else {
                    rest.add(lesson);
                }
            }
            left = rest;
        }
    }

    /** Suitable, open and free in the lesson's block, and in the building the search chose: no building change. */
    private static boolean fits(Lesson lesson, Room room, Map<Object, ConflictDirectedSearch.Place> placed,
            Occupancy occupancy) {
        ConflictDirectedSearch.Place place = placed.get(lesson);
        return lesson.getRoomRange().contains(room) && Objects.equals(room.getBuilding(), place.room().getBuilding())
                && !room.getUnavailable().overlaps(place.block().getSlots()) && occupancy.isFree(room, place.block());
    }

    /** The timeslots each room is taken in, counted so that two lessons in one room and timeslot free it once each. */
    private static final class Occupancy {

        private final int timeslots;
        private final Map<Room, int[]> taken = new IdentityHashMap<>();

        Occupancy(int timeslots) {
            this.timeslots = timeslots;
        }

        void take(Room room, Block block) {
            int[] counts = taken.computeIfAbsent(room, key -> new int[timeslots]);
            for (int slot : block.getSlotIndexes()) {
                counts[slot]++;
            }
        }

        void free(Room room, Block block) {
            int[] counts = taken.get(room);
            for (int slot : block.getSlotIndexes()) {
                counts[slot]--;
            }
        }

        boolean isFree(Room room, Block block) {
            int[] counts = taken.get(room);
            if (counts == null) {
                return true;
            }
            for (int slot : block.getSlotIndexes()) {
                if (counts[slot] > 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
