package org.commonplan.solver.justifications;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Rule;
import org.commonplan.domain.TeamMeeting;

/** A lesson or meeting placed elsewhere than in the previous schedule; a new block costs more than a new room. */
public record MovedFromPreviousJustification(String what, String fromBlock, String toBlock, String fromRoom,
        String toRoom, long units) implements Justification {

    /** Units of a move to another block; a move to another room alone is one. */
    public static final long BLOCK_UNITS = Rule.MOVED_BLOCK_UNITS;

    public static MovedFromPreviousJustification of(Lesson lesson) {
        boolean blockMoved = lesson.getPreviousAllowed().blockMoved(lesson.getBlock());
        boolean roomMoved = lesson.getPreviousAllowed().roomMoved(lesson.getRoom());
        return new MovedFromPreviousJustification("lesson " + lesson.getId(), lesson.getPrevious().blockId(),
                id(lesson.getBlock()), lesson.getPrevious().roomId(), lesson.getRoom() == null ? null
                        : lesson.getRoom().getId(), (blockMoved ? BLOCK_UNITS : 0) + (roomMoved ? 1 : 0));
    }

    public static MovedFromPreviousJustification of(TeamMeeting meeting) {
        return new MovedFromPreviousJustification("meeting " + meeting.getId(), meeting.getPrevious().blockId(),
                id(meeting.getBlock()), null, null, BLOCK_UNITS);
    }

    private static String id(Block block) {
        return block == null ? null : block.getId();
    }

    @Override
    public String description() {
        String from = fromBlock + (fromRoom == null ? "" : " in " + fromRoom);
        String to = toBlock == null ? "unscheduled" : toBlock + (toRoom == null ? "" : " in " + toRoom);
        return what + " moved from " + from + " to " + to;
    }

}
