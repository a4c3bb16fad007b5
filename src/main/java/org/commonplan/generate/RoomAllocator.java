package org.commonplan.generate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.Timeslot;

/**
 * Gives every planted lesson a room. A teacher keeps the room of their first lesson where they can; another room
 * of the kind is taken when that one is busy, and a room is only built when every room of the kind that is big
 * enough is busy. So the school has as many labs, gyms and studios as its busiest period needs, not one per
 * teacher, and a schedule with every room in use exists by construction.
 */
final class RoomAllocator {

    private final PlannedSchool school;
    private final Map<String, BitSet> busy = new HashMap<>();
    private final Map<String, PlannedSchool.Room> byId = new LinkedHashMap<>();
    private final Map<String, String> homeRoom = new HashMap<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();

    private RoomAllocator(PlannedSchool school) {
        this.school = school;
        for (PlannedSchool.Room room : school.rooms) {
            byId.put(room.id(), room);
        }
    }

    /** Rooms every lesson of the school, teacher by teacher, adding rooms to the school where it must. */
    static void allocate(PlannedSchool school, Week week) {
        RoomAllocator allocator = new RoomAllocator(school);
        Map<String, List<PlannedSection>> byTeacher = new LinkedHashMap<>();
        for (PlannedTeacher teacher : school.teachers) {
            byTeacher.put(teacher.id, new ArrayList<>());
        }
        for (PlannedSection section : school.sections) {
            byTeacher.get(section.teacher).add(section);
        }
        for (List<PlannedSection> sections : byTeacher.values()) {
            for (PlannedSection section : sections) {
                for (PlannedSchool.PlantedLesson lesson : section.lessons) {
                    lesson.room = allocator.roomFor(section, week.block(lesson.block));
                }
            }
        }
    }

    /**
     * Adds the classrooms a real building has beyond its busiest period: about 15% more (peak use near 85%, with a
     * few floating teachers). Labs, gyms and studios stay as many as the busiest period needs: the scarce rooms.
     */
    static void addSpareRooms(PlannedSchool school, int classroomCapacity) {
        long classrooms = school.rooms.stream().filter(room -> room.kind().equals("GENERAL")).count();
        addRooms(school, "GENERAL", "R", 101, classroomCapacity, (int) Math.max(1, Math.round(classrooms * 0.15)));
    }

    private static void addRooms(PlannedSchool school, String kind, String prefix, int firstNumber, int capacity,
            int count) {
        int number = firstNumber;
        for (int added = 0; added < count; number++) {
            String id = prefix + number;
            if (school.rooms.stream().noneMatch(room -> room.id().equals(id))) {
                school.rooms.add(new PlannedSchool.Room(id, capacity, kind));
                added++;
            }
        }
    }

    private String roomFor(PlannedSection section, Block block) {
        int students = section.students();
        String homeKey = section.teacher + "\n" + section.roomKind;
        String home = homeRoom.get(homeKey);
        if (home != null && fits(byId.get(home), section, students) && isFree(home, block)) {
            return book(home, block);
        }
        for (PlannedSchool.Room room : byId.values()) {
            if (fits(room, section, students) && isFree(room.id(), block)) {
                homeRoom.putIfAbsent(homeKey, room.id());
                return book(room.id(), block);
            }
        }
        PlannedSchool.Room room = build(section, students);
        homeRoom.putIfAbsent(homeKey, room.id());
        return book(room.id(), block);
    }

    private static boolean fits(PlannedSchool.Room room, PlannedSection section, int students) {
        return room.kind().equals(section.roomKind) && room.capacity() >= students;
    }

    private boolean isFree(String roomId, Block block) {
        BitSet slots = busy.get(roomId);
        if (slots == null) {
            return true;
        }
        for (Timeslot timeslot : block.getTimeslots()) {
            if (slots.get(timeslot.index())) {
                return false;
            }
        }
        return true;
    }

    private String book(String roomId, Block block) {
        BitSet slots = busy.computeIfAbsent(roomId, id -> new BitSet());
        for (Timeslot timeslot : block.getTimeslots()) {
            slots.set(timeslot.index());
        }
        return roomId;
    }

    private PlannedSchool.Room build(PlannedSection section, int students) {
        String prefix = section.roomPrefix == null ? "R" : section.roomPrefix;
        int number = nextNumber.getOrDefault(prefix, "R".equals(prefix) ? 101 : 1);
        while (byId.containsKey(prefix + number)) {
            number++;
        }
        nextNumber.put(prefix, number + 1);
        PlannedSchool.Room room = new PlannedSchool.Room(prefix + number,
                Math.max(section.roomCapacity, students), section.roomKind);
        byId.put(room.id(), room);
        school.rooms.add(room);
        return room;
    }
}
