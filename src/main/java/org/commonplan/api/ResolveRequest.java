package org.commonplan.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A re-solve from a job's current schedule, for minimal-change edits: the listed lessons and meetings keep their
 * block (and room) and the solver moves only the rest, keeping it near where it was. Pins already in the schedule
 * (fixed_block/fixed_room, or an earlier re-solve) stay.
 *
 * @param pinLessons  lesson ids to pin: the section id, or {@code SECTION#n} for a section with several lessons
 * @param pinMeetings team meeting ids to pin: {@code TEAM#n}
 * @param pinAll      pin every placed lesson and meeting
 * @param timeLimit   solve time such as {@code 10s}; default the original job's
 * @param stopWhen    {@code feasible} or {@code complete} to stop before the time limit; default the original job's
 * @param lock        the placements to keep, as {@code solve --lock}: {@code all}, {@code meetings},
 *                    {@code sections:ID;ID} or {@code teachers:ID;ID}
 * @param fixedBlock  by section id, the block of each lesson as sections.csv's {@code fixed_block} has it (a
 *                    {@code ;} list, one entry a lesson, empty entries free); without a room the room stays free
 * @param fixedRoom   by section id, the room of each lesson as {@code fixed_room} has it (one for all, or a list);
 *                    without a block the time stays free
 * @param fixedBlocks by team id, the block of each meeting as teams.csv's {@code fixed_blocks} has it
 */
public record ResolveRequest(List<String> pinLessons, List<String> pinMeetings, Boolean pinAll, String timeLimit,
        String stopWhen, String lock, Map<String, String> fixedBlock, Map<String, String> fixedRoom,
        Map<String, String> fixedBlocks) {

    public static final ResolveRequest NONE = new ResolveRequest(List.of(), List.of(), false, null, null, null,
            Map.of(), Map.of(), Map.of());

    public ResolveRequest {
        pinLessons = pinLessons == null ? List.of() : List.copyOf(pinLessons);
        pinMeetings = pinMeetings == null ? List.of() : List.copyOf(pinMeetings);
        pinAll = Boolean.TRUE.equals(pinAll);
        fixedBlock = inOrder(fixedBlock);
        fixedRoom = inOrder(fixedRoom);
        fixedBlocks = inOrder(fixedBlocks);
    }

    /** The map in the client's order; a null entry stays null (a lock left empty). */
    private static Map<String, String> inOrder(Map<String, String> locks) {
        return locks == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(locks));
    }
}
