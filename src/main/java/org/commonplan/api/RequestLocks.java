package org.commonplan.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.bundle.BundleProblem;
import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * The locks of a re-solve request, written as a bundle writes them: by section a {@code ;} list of blocks and of
 * rooms (one entry a lesson, empty entries free; a block alone locks the time, a room alone the room), by team a
 * list of meeting blocks. Each is checked against what the lesson or meeting may take before it is applied.
 */
final class RequestLocks {

    private final School school;
    private final List<BundleProblem> problems;

    private RequestLocks(School school, List<BundleProblem> problems) {
        this.school = school;
        this.problems = problems;
    }

    /** Locks the copied lessons and meetings as the request asks, or adds a problem for each lock it cannot take. */
    static void apply(School school, List<Lesson> lessons, List<TeamMeeting> meetings, ResolveRequest request,
            List<BundleProblem> problems) {
        RequestLocks locks = new RequestLocks(school, problems);
        locks.lockLessons(lessons, request);
        locks.lockMeetings(meetings, request.fixedBlocks());
    }

    private void lockLessons(List<Lesson> lessons, ResolveRequest request) {
        Map<String, List<Lesson>> bySection = new LinkedHashMap<>();
        lessons.forEach(lesson -> bySection.computeIfAbsent(lesson.getSection().getId(), id -> new ArrayList<>())
                .add(lesson));
        List<String> sectionIds = new ArrayList<>(request.fixedBlock().keySet());
        request.fixedRoom().keySet().stream().filter(id -> !sectionIds.contains(id)).forEach(sectionIds::add);
        for (String sectionId : sectionIds) {
            List<Lesson> section = bySection.get(sectionId);
            if (section == null) {
                String column = request.fixedBlock().containsKey(sectionId) ? "fixedBlock" : "fixedRoom";
                problem(column, "there is no section \"" + sectionId + "\" in this schedule");
                continue;
            }
            List<Block> blocks = blocks(sectionId, section, request.fixedBlock().get(sectionId));
            List<Room> rooms = rooms(sectionId, section, request.fixedRoom().get(sectionId));
            if (blocks == null || rooms == null) {
                continue;
            }
            for (int index = 0; index < section.size(); index++) {
                lock(section.get(index), blocks.get(index), rooms.get(index));
            }
        }
    }

    /** The block each lesson of a section is locked to (null where free), or null after a problem. */
    private List<Block> blocks(String sectionId, List<Lesson> section, String text) {
        List<String> ids = entries(text);
        List<Block> blocks = new ArrayList<>(java.util.Collections.nCopies(section.size(), (Block) null));
        if (ids.isEmpty()) {
            return blocks;
        }
        if (ids.size() != section.size()) {
            problem("fixedBlock", "section \"" + sectionId + "\" has " + section.size() + " lessons, but its "
                    + "fixedBlock lists " + ids.size() + "; give one block a lesson, separated by ';', and leave an "
                    + "entry empty for a lesson the solver places");
            return null;
        }
        boolean valid = true;
        BellSchedule bell = school.getBellSchedule();
        for (int index = 0; index < ids.size(); index++) {
            String id = ids.get(index);
            if (id == null) {
                continue;
            }
            Lesson lesson = section.get(index);
            Block block = bell.block(id);
            if (block == null || !lesson.getBlockRange().contains(block)) {
                problem("fixedBlock", "lesson \"" + lesson.getId() + "\" cannot be locked to \"" + id + "\": "
                        + (block == null ? "there is no such block" : "it is not among the blocks the lesson may "
                        + "take (its family, its blocks list, its teachers' availability and its own lock)"));
                valid = false;
            } else if (block.getSlots().overlaps(lesson.getSection().getStaffUnavailable())) {
                problem("fixedBlock", "lesson \"" + lesson.getId() + "\" cannot be locked to \"" + id + "\": one of "
                        + "its teachers is unavailable there");
                valid = false;
            }
            for (int other = 0; other < index; other++) {
                if (block != null && blocks.get(other) != null && blocks.get(other).overlaps(block)) {
                    problem("fixedBlock", "lessons " + (other + 1) + " and " + (index + 1) + " of section \""
                            + sectionId + "\" overlap; a section's lessons cannot meet at the same time");
                    valid = false;
                }
            }
            blocks.set(index, block);
        }
        return valid ? blocks : null;
    }

    /** The room each lesson of a section is locked to (null where free), or null after a problem. */
    private List<Room> rooms(String sectionId, List<Lesson> section, String text) {
        List<String> ids = entries(text);
        List<Room> rooms = new ArrayList<>(java.util.Collections.nCopies(section.size(), (Room) null));
        if (ids.isEmpty()) {
            return rooms;
        }
        if (ids.size() != 1 && ids.size() != section.size()) {
            problem("fixedRoom", "section \"" + sectionId + "\" has " + section.size() + " lessons, but its "
                    + "fixedRoom lists " + ids.size() + "; give one room for all of them, or one a lesson separated by"
                    + " ';' with an entry left empty for a lesson the solver gives a room");
            return null;
        }
        boolean valid = true;
        for (int index = 0; index < section.size(); index++) {
            String id = ids.get(ids.size() == 1 ? 0 : index);
            if (id == null) {
                continue;
            }
            Lesson lesson = section.get(index);
            Room room = school.getRooms().stream().filter(candidate -> candidate.getId().equals(id)).findFirst()
                    .orElse(null);
            if (room == null || !lesson.getRoomRange().contains(room)) {
                problem("fixedRoom", "lesson \"" + lesson.getId() + "\" cannot be locked to room \"" + id + "\": "
                        + (room == null ? "there is no such room" : "it is not among the rooms the lesson may take "
                        + "(its kind, size, rooms list and its own lock)"));
                valid = false;
            }
            rooms.set(index, room);
        }
        return valid ? rooms : null;
    }

    /** Locks a lesson; a lock of the bundle on the part the request leaves free stays. */
    private void lock(Lesson lesson, Block block, Room room) {
        if (block == null && room == null) {
            return;
        }
        Block lockedBlock = block != null ? block : lesson.getLockedBlock();
        Room lockedRoom = room != null ? room : lesson.getLockedRoom();
        if (lockedBlock != null && lockedRoom != null
                && lockedBlock.getSlots().overlaps(lockedRoom.getUnavailable())) {
            problem(block != null ? "fixedBlock" : "fixedRoom", "lesson \"" + lesson.getId() + "\" cannot be locked"
                    + " to " + lockedBlock.getId() + " in room " + lockedRoom.getId() + ": the room is unavailable "
                    + "there");
            return;
        }
        if (lockedBlock == null || lockedRoom == null) {
            // A partial lock leaves the other part to the solver, even where a pin kept it before.
            lesson.setPinned(false);
        }
        lesson.lock(lockedBlock, lockedRoom);
        if (lockedBlock != null) {
            lesson.setBlock(lockedBlock);
        }
        if (lockedRoom != null) {
            lesson.setRoom(lockedRoom);
        }
    }

    private void lockMeetings(List<TeamMeeting> meetings, Map<String, String> fixedBlocks) {
        Map<String, List<TeamMeeting>> byTeam = new LinkedHashMap<>();
        meetings.forEach(meeting -> byTeam.computeIfAbsent(meeting.getTeam().getId(), id -> new ArrayList<>())
                .add(meeting));
        fixedBlocks.forEach((teamId, text) -> {
            List<TeamMeeting> team = byTeam.get(teamId);
            if (team == null) {
                problem("fixedBlocks", "there is no team \"" + teamId + "\" in this schedule");
                return;
            }
            List<String> ids = entries(text);
            if (!ids.isEmpty() && ids.size() != team.size()) {
                problem("fixedBlocks", "team \"" + teamId + "\" has " + team.size() + " meetings a week, but its "
                        + "fixedBlocks lists " + ids.size() + "; give one block a meeting, separated by ';', and "
                        + "leave an entry empty for a meeting the solver places");
                return;
            }
            for (int index = 0; index < ids.size(); index++) {
                String id = ids.get(index);
                if (id == null) {
                    continue;
                }
                TeamMeeting meeting = team.get(index);
                Block block = school.getBellSchedule().block(id);
                if (block == null || !meeting.getTeam().getAllowedBlocks().contains(block)) {
                    problem("fixedBlocks", "meeting \"" + meeting.getId() + "\" cannot be locked to \"" + id + "\": "
                            + (block == null ? "there is no such block" : "it is not among the blocks the team may "
                            + "meet in"));
                } else if (block.getSlots().overlaps(meeting.getTeam().getAttendeesUnavailable())) {
                    problem("fixedBlocks", "meeting \"" + meeting.getId() + "\" cannot be locked to \"" + id
                            + "\": one of its attendees is unavailable there");
                } else {
                    meeting.lock(block);
                }
            }
        });
    }

    /** A {@code ;} list as a bundle's cell holds it: entries stripped, an empty one null; none for no text. */
    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return entries;
        }
        for (String entry : text.split(";", -1)) {
            entries.add(entry.isBlank() ? null : entry.strip());
        }
        return entries;
    }

    private void problem(String column, String message) {
        problems.add(new BundleProblem(PinnedCopy.REQUEST, 0, column, message));
    }
}
