package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;


import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * Creates common time where there is none: picks a block for a meeting (unscheduled meetings first) and moves
 * each attendee's lesson out of it to a block where that lesson's staff are free. Without it a team whose
 * members share no free period can only be helped by several lucky single moves in a row.
 * Attendees kept in the block by their homeroom class are left to the other moves.
 */
public class MakeRoomForMeetingMoveFactory extends MeetingMoveFactory<MakeRoomForMeetingMove> {

    @Override
    protected MakeRoomForMeetingMove moveFor(TeamMeeting meeting, Random random) {
        List<Block> blocks = meeting.getTeam().getAllowedBlocks();
        Block target = blocks.get(random.nextInt(blocks.size()));
        List<MakeRoomForMeetingMove.Relocation> relocations = relocations(meeting, target, random);
        // A block the attendees cannot leave gives a move that is not doable (no block), not a plain meeting move.
        return relocations == null ? new MakeRoomForMeetingMove(meeting, null, List.of())
                : new MakeRoomForMeetingMove(meeting, target, relocations);
    }

    @Override
    protected boolean inNeedFirst(Random random) {
        return random.nextInt(4) != 0;
    }

    /** The lessons to move out of {@code target}, or null (move not doable) when one cannot go anywhere. */
    private List<MakeRoomForMeetingMove.Relocation> relocations(TeamMeeting meeting, Block target, Random random) {
        SlotSet targetSlots = target.getSlots();
        List<MakeRoomForMeetingMove.Relocation> relocations = new ArrayList<>();
        for (Teacher attendee : meeting.getTeam().getAttendees()) {
            if (attendee.getUnavailable().overlaps(targetSlots)) {
                return null;
            }
            for (Lesson lesson : busyIndex().lessonsDuring(attendee, targetSlots)) {
                if (relocations.stream().anyMatch(relocation -> relocation.lesson() == lesson)) {
                    continue;
                }
                Block destination = lesson.isPinned() ? null : destinationFor(lesson, targetSlots, random);
                if (destination == null) {
                    return null;
                }
                relocations.add(new MakeRoomForMeetingMove.Relocation(lesson, destination));
            }
        }
        return relocations;
    }

    private Block destinationFor(Lesson lesson, SlotSet avoid, Random random) {
        SlotSet taken = avoid;
        for (Teacher teacher : lesson.getSection().getStaff()) {
            taken = taken.union(busyIndex().slotsTakenExcept(teacher, lesson));
        }
        List<Block> candidates = new ArrayList<>();
        for (Block block : lesson.getBlockRange()) {
            if (block != lesson.getBlock() && !block.getSlots().overlaps(taken)) {
                candidates.add(block);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }
}
