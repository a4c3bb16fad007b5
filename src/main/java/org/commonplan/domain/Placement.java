package org.commonplan.domain;

import java.util.Objects;

/**
 * Where a lesson or team meeting was in an earlier schedule, by ids, so that it outlives a change to the school:
 * a block or room that no longer exists is still named. Either may be null (an unscheduled meeting has no block,
 * a meeting never has a room).
 */
public record Placement(String blockId, String roomId) {

    /** Whether the block is not the one the earlier schedule had. */
    public boolean blockMoved(Block block) {
        return !Objects.equals(blockId, block == null ? null : block.getId());
    }

    /** Whether the room is not the one the earlier schedule had. */
    public boolean roomMoved(Room room) {
        return !Objects.equals(roomId, room == null ? null : room.getId());
    }

    /** An id in double quotes, as problems name them. */
    static String quote(String id) {
        return "\"" + id + "\"";
    }
}
