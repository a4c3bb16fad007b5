package org.commonplan.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lessons that a re-solve must place (new, or whose previous place the school no longer allows) but whose every
 * block the locked lessons and meetings close: a locked one takes a teacher or student group of it then, or every
 * room it may use. No schedule keeps those locks and places such a lesson, so a solve would only end infeasible.
 */
public final class LockedOut {

    private LockedOut() {
    }

    /** What a locked lesson or meeting takes in one timeslot: teachers, student groups, a room, by object. */
    private static Map<Integer, Map<Object, String>> lockedTakes(School school) {
        Map<Integer, Map<Object, String>> takes = new HashMap<>();
        for (Lesson lesson : school.getLessons()) {
            if (!lesson.isPinned() || lesson.getBlock() == null) {
                continue;
            }
            Set<Object> needs = new LinkedHashSet<>(lesson.getSection().getStaff());
            needs.addAll(lesson.getSection().getGroups());
            if (lesson.getRoom() != null) {
                needs.add(lesson.getRoom());
            }
            lesson.getBlock().getSlots().forEach(slot -> needs.forEach(need -> takes
                    .computeIfAbsent(slot, key -> new HashMap<>()).putIfAbsent(need, "lesson " + lesson.getId())));
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            if (!meeting.isPinned() || meeting.getBlock() == null) {
                continue;
            }
            meeting.getBlock().getSlots().forEach(slot -> meeting.getTeam().getAttendees().forEach(teacher -> takes
                    .computeIfAbsent(slot, key -> new HashMap<>()).putIfAbsent(teacher, "meeting "
                            + meeting.getId())));
        }
        return takes;
    }

    /** One sentence per unplaced, unpinned lesson that the locks leave no block. */
    public static List<String> find(School school) {
        Map<Integer, Map<Object, String>> takes = lockedTakes(school);
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            if (lesson.isPinned() || lesson.getBlock() != null || lesson.getBlockRange().isEmpty()) {
                continue;
            }
            String example = null;
            boolean somewhere = false;
            for (Block block : lesson.getBlockRange()) {
                String closedBy = closedBy(lesson, block, takes);
                if (closedBy == null) {
                    somewhere = true;
                    break;
                }
                if (example == null) {
                    example = block.getId() + " " + closedBy;
                }
            }
            if (!somewhere) {
                Section section = lesson.getSection();
                String why = lesson.getPrevious() == null ? "it is new" : lesson.getPrevious().blockId() == null
                        ? "it had no block before" : "its previous block " + lesson.getPrevious().blockId()
                                + " is no longer allowed";
                problems.add((section.getMeetings() == 1 ? "the lesson" : "lesson " + lesson.getNumber())
                        + " of section \"" + section.getId() + "\" has nowhere to go: " + why + ", and in each of "
                        + "the " + lesson.getBlockRange().size() + " blocks it may take a locked lesson or meeting "
                        + "already takes one of its teachers or student groups, or every room it may use (" + example
                        + ")");
            }
        }
        return problems;
    }

    /** Why the locks close the block to the lesson (who takes what), or null when they leave it open. */
    private static String closedBy(Lesson lesson, Block block, Map<Integer, Map<Object, String>> takes) {
        Section section = lesson.getSection();
        Set<Room> roomsTaken = new LinkedHashSet<>();
        String roomTakenBy = null;
        for (int slot : block.getSlots().toArray()) {
            Map<Object, String> taken = takes.getOrDefault(slot, Map.of());
            for (Teacher teacher : section.getStaff()) {
                if (taken.containsKey(teacher)) {
                    return "has " + taken.get(teacher) + " of teacher \"" + teacher.getId() + "\" locked";
                }
            }
            for (StudentGroup group : section.getGroups()) {
                if (taken.containsKey(group)) {
                    return "has " + taken.get(group) + " of student group \"" + group.getId() + "\" locked";
                }
            }
            for (Room room : lesson.getRoomRange()) {
                if (taken.containsKey(room)) {
                    roomsTaken.add(room);
                    roomTakenBy = taken.get(room);
                }
            }
        }
        if (!lesson.getRoomRange().isEmpty() && roomsTaken.size() == lesson.getRoomRange().size()) {
            return "has every room it may use locked, e.g. " + roomTakenBy;
        }
        return null;
    }
}
