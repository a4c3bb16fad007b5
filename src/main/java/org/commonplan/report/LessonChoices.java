package org.commonplan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;


import org.commonplan.bound.BlockPacking;
import org.commonplan.bound.MeetingBound;
import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Rule;

/**
 * The blocks each lesson of a school can take without breaking a hard rule on its own, read from the problem
 * alone: what {@link MeetingBound} and {@link Infeasibility} both reason from.
 */
final class LessonChoices {

    private final boolean unavailableRule;
    private final Map<Lesson, List<Block>> fitting = new HashMap<>();
    /** Per list of rooms (shared between sections): whether one of them is never unavailable. */
    private final Map<List<Room>, Boolean> roomAlwaysFree = new IdentityHashMap<>();

    LessonChoices(School school) {
        this.unavailableRule = isHard(school, Rule.UNAVAILABLE);
    }

    /** Whether the school counts the rule as hard: a rule overridden to no hard weight is not relied on. */
    static boolean isHard(School school, Rule rule) {
        return MeetingBound.HardRules.isHard(school, rule);
    }

    /** The blocks the lesson may take at all: its pinned block, else its section's allowed blocks. */
    static List<Block> allowed(Lesson lesson) {
        return lesson.isPinned() && lesson.getBlock() != null ? List.of(lesson.getBlock())
                : lesson.getBlockRange();
    }

    /** The rooms the lesson may take at all: its pinned room, else its section's suitable rooms. */
    static List<Room> rooms(Lesson lesson) {
        return lesson.isPinned() && lesson.getRoom() != null ? List.of(lesson.getRoom())
                : lesson.getSection().getSuitableRooms();
    }

    /**
     * Its allowed blocks in which all its staff and one of its rooms are available (rule {@code unavailable});
     * all of them when that rule is not hard. Empty when no block fits.
     */
    List<Block> fitting(Lesson lesson) {
        return fitting.computeIfAbsent(lesson, key -> {
            List<Block> allowed = allowed(lesson);
            if (!unavailableRule) {
                return allowed;
            }
            SlotSet away = lesson.getSection().getStaffUnavailable();
            List<Room> rooms = rooms(lesson);
            boolean anyRoom = rooms.isEmpty() || roomAlwaysFree.computeIfAbsent(rooms,
                    list -> list.stream().anyMatch(room -> room.getUnavailable().isEmpty()));
            List<Block> result = new ArrayList<>();
            for (Block block : allowed) {
                if (!block.getSlots().overlaps(away) && (anyRoom || roomFree(rooms, block))) {
                    result.add(block);
                }
            }
            return result.size() == allowed.size() ? allowed : List.copyOf(result);
        });
    }

    private static boolean roomFree(List<Room> rooms, Block block) {
        return rooms.stream().anyMatch(room -> !block.getSlots().overlaps(room.getUnavailable()));
    }

    /** Most pairwise disjoint blocks among these. */
    static int maxDisjoint(BellSchedule bell, List<Block> blocks) {
        return BlockPacking.maxDisjoint(blocks, bell);
    }
}
