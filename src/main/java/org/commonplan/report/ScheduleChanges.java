package org.commonplan.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * What a re-solve changed from the schedule it started from: each lesson and meeting placed elsewhere, added or
 * removed, with the reason it had to move when the school no longer allows its old place on its own (a rule that
 * forced it: a teacher's new unavailability, a lock, a block or room gone). A move without a reason made way for
 * one that had to move, or for a better schedule.
 */
public record ScheduleChanges(List<Change> changes, Counts counts) {

    public static final String LESSON = "lesson";
    public static final String MEETING = "meeting";

    /** One row of changes.csv; the reason is empty for a move no rule forced. */
    public record Change(String kind, String id, int number, String fromBlock, String toBlock, String fromRoom,
            String toRoom, String reason) {
    }

    /**
     * How many lessons and meetings that both schedules have moved; how many had to (their old place is no longer
     * allowed: one that had to and did not breaks a hard rule); how many are new and how many the school no longer
     * has.
     */
    public record Counts(int lessons, int lessonsMoved, int lessonsHadToMove, int meetings, int meetingsMoved,
            int meetingsHadToMove, int added, int removed) {
    }

    /** The changes from the schedule the school started from, or null when it started from none. */
    public static ScheduleChanges of(School school) {
        PreviousSchedule previous = school.getPreviousSchedule();
        if (previous == null) {
            return null;
        }
        BellSchedule bell = school.getBellSchedule();
        Map<String, Room> rooms = new java.util.HashMap<>();
        school.getRooms().forEach(room -> rooms.put(room.getId(), room));
        List<Change> changes = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int lessons = 0;
        int lessonsMoved = 0;
        int lessonsHadTo = 0;
        int added = 0;
        for (Lesson lesson : school.getLessons()) {
            String sectionId = lesson.getSection().getId();
            present.add(PreviousSchedule.lessonKey(sectionId, lesson.getNumber()));
            Placement was = lesson.getPrevious();
            String toBlock = id(lesson.getBlock());
            String toRoom = lesson.getRoom() == null ? null : lesson.getRoom().getId();
            if (was == null) {
                added++;
                changes.add(new Change(LESSON, sectionId, lesson.getNumber(), null, toBlock, null, toRoom,
                        "new: not in the previous schedule"));
                continue;
            }
            lessons++;
            // Counted whether or not it moved: one that had to but did not breaks a hard rule where it is.
            String reason = blockReason(lesson, was, bell);
            if (reason == null) {
                reason = roomReason(lesson, was, rooms, bell);
            }
            lessonsHadTo += reason == null ? 0 : 1;
            if (!was.blockMoved(lesson.getBlock()) && !was.roomMoved(lesson.getRoom())) {
                continue;
            }
            lessonsMoved++;
            changes.add(new Change(LESSON, sectionId, lesson.getNumber(), was.blockId(), toBlock, was.roomId(), toRoom,
                    reason == null ? "" : reason));
        }
        int meetings = 0;
        int meetingsMoved = 0;
        int meetingsHadTo = 0;
        for (TeamMeeting meeting : school.getMeetings()) {
            String teamId = meeting.getTeam().getId();
            present.add(PreviousSchedule.meetingKey(teamId, meeting.getNumber()));
            Placement was = meeting.getPrevious();
            if (was == null) {
                added++;
                changes.add(new Change(MEETING, teamId, meeting.getNumber(), null, id(meeting.getBlock()), null, null,
                        "new: not in the previous schedule"));
                continue;
            }
            if (was.blockId() == null) {
                // Unscheduled before: placing it now is a gain, not a move.
                if (meeting.getBlock() != null) {
                    changes.add(new Change(MEETING, teamId, meeting.getNumber(), null, id(meeting.getBlock()), null,
                            null, "placed: unscheduled in the previous schedule"));
                }
                continue;
            }
            meetings++;
            String reason = meetingReason(meeting, was, bell);
            meetingsHadTo += reason == null ? 0 : 1;
            if (!was.blockMoved(meeting.getBlock())) {
                continue;
            }
            meetingsMoved++;
            changes.add(new Change(MEETING, teamId, meeting.getNumber(), was.blockId(), id(meeting.getBlock()), null,
                    null, reason == null ? "" : reason));
        }
        int removed = 0;
        for (Map.Entry<String, Placement> entry : sorted(previous.lessons())) {
            if (!present.contains(entry.getKey())) {
                removed++;
                changes.add(removal(LESSON, entry.getKey(), entry.getValue()));
            }
        }
        for (Map.Entry<String, Placement> entry : sorted(previous.meetings())) {
            if (!present.contains(entry.getKey())) {
                removed++;
                changes.add(removal(MEETING, entry.getKey(), entry.getValue()));
            }
        }
        return new ScheduleChanges(changes, new Counts(lessons, lessonsMoved, lessonsHadTo, meetings, meetingsMoved,
                meetingsHadTo, added, removed));
    }

    private static List<Map.Entry<String, Placement>> sorted(Map<String, Placement> placements) {
        return placements.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    private static Change removal(String kind, String key, Placement placement) {
        int hash = key.lastIndexOf('#');
        return new Change(kind, key.substring(0, hash), Integer.parseInt(key.substring(hash + 1)),
                placement.blockId(), null, placement.roomId(), null, "removed: no longer in the bundle");
    }

    /** Why the lesson could not stay in its old block, or null when it could. */
    private static String blockReason(Lesson lesson, Placement was, BellSchedule bell) {
        Block block = was.blockId() == null ? null : bell.block(was.blockId());
        if (block == null) {
            return "bell-schedule: block " + was.blockId() + " is no longer in the bell schedule";
        }
        // Unavailability first: a block its teachers are away in is also left out of the lesson's range.
        for (Teacher teacher : lesson.getSection().getStaff()) {
            if (block.getSlots().overlaps(teacher.getUnavailable())) {
                return "unavailable: teacher " + teacher.getId() + " is unavailable in " + block.getId();
            }
        }
        if (!lesson.getBlockRange().contains(block)) {
            return lesson.getLockedBlock() != null ? "locked: fixed_block puts it in " + lesson.getLockedBlock().getId()
                    : "blocks: " + block.getId() + " is not a block the section may take (family "
                            + lesson.getSection().getFamily() + ")";
        }
        return null;
    }

    /** Why the lesson could not stay in its old room, or null when it could. */
    private static String roomReason(Lesson lesson, Placement was, Map<String, Room> rooms, BellSchedule bell) {
        Room room = was.roomId() == null ? null : rooms.get(was.roomId());
        if (room == null) {
            return "rooms: room " + was.roomId() + " is no longer in rooms.csv";
        }
        if (!lesson.getRoomRange().contains(room)) {
            return lesson.getLockedRoom() != null ? "locked: fixed_room puts it in " + lesson.getLockedRoom().getId()
                    : "room-kind: room " + room.getId() + " no longer suits the section";
        }
        Block block = was.blockId() == null ? null : bell.block(was.blockId());
        if (block != null && block.getSlots().overlaps(room.getUnavailable())) {
            return "unavailable: room " + room.getId() + " is unavailable in " + block.getId();
        }
        return null;
    }

    /** Why the meeting could not stay in its old block, or null when it could. */
    private static String meetingReason(TeamMeeting meeting, Placement was, BellSchedule bell) {
        Block block = bell.block(was.blockId());
        if (meeting.isPinned() && meeting.getBlock() == block) {
            return null;
        }
        if (block == null) {
            return "bell-schedule: block " + was.blockId() + " is no longer in the bell schedule";
        }
        if (meeting.isPinned() && meeting.getBlock() != block) {
            return "locked: fixed_blocks puts it in " + id(meeting.getBlock());
        }
        for (Teacher teacher : meeting.getTeam().getAttendees()) {
            if (block.getSlots().overlaps(teacher.getUnavailable())) {
                return "unavailable: teacher " + teacher.getId() + " is unavailable in " + block.getId();
            }
        }
        if (!meeting.getBlockRange().contains(block)) {
            return "blocks: " + block.getId() + " is not a block of the team's family " + meeting.getTeam().getFamily();
        }
        return null;
    }

    private static String id(Block block) {
        return block == null ? null : block.getId();
    }
}
