package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;

/**
 * Builds Kempe chains: from some lessons in two blocks, every lesson in the other block that shares a teacher or a
 * student group with a lesson of the chain, and so on. Exchanging the two blocks for a whole chain keeps every pair
 * of lessons that did not clash inside those blocks from clashing, and a chain started from one of two clashing
 * lessons leaves the other behind, which resolves the clash. A room extends a chain only when the lesson has no
 * other suitable room free in its new block (a gym, a lab of which the school has one); otherwise a lesson whose
 * room is taken there moves to a free one ({@link #newRooms}). Following every room made chains through the rooms
 * several teachers share three to six times longer, and a long chain is rarely the move that helps.
 */
final class KempeChains {

    private KempeChains() {
    }

    /**
     * The chain that holds {@code starts} (each in {@code first} or {@code second}), or null when a lesson of it is
     * pinned, may not take the other block, or the chain grows beyond {@code maxChain} lessons.
     */
    static List<Lesson> chain(LessonsByBlock lessons, Block first, Block second, Collection<Lesson> starts,
            int maxChain) {
        if (first == second || starts.isEmpty()) {
            return null;
        }
        // The chain is short (a few dozen lessons at most): a list, scanned, beats a hash set here.
        List<Lesson> chain = new ArrayList<>();
        for (Lesson start : starts) {
            if (start.getBlock() != first && start.getBlock() != second) {
                return null;
            }
            if (!holds(chain, start)) {
                chain.add(start);
            }
        }
        for (int next = 0; next < chain.size(); next++) {
            Lesson lesson = chain.get(next);
            Block to = lesson.getBlock() == first ? second : first;
            if (lesson.isPinned() || !lesson.getBlockRange().contains(to) || chain.size() > maxChain) {
                return null;
            }
            // Only across the two blocks: a lesson in the same block that shares someone already clashes with
            // this one, and following it would carry the clash along instead of resolving it.
            lessons.forEachSharingPeople(to, lesson, other -> {
                if (!holds(chain, other)) {
                    chain.add(other);
                }
            });
            Room room = lesson.getRoom();
            if (room != null && lessons.anyInRoom(to, room, other -> !holds(chain, other))
                    && !hasFreeRoom(lessons, to, lesson)) {
                lessons.forEachInRoom(to, room, other -> {
                    if (!holds(chain, other)) {
                        chain.add(other);
                    }
                });
            }
        }
        return chain;
    }

    /**
     * The rooms the chain's lessons need once exchanged: a lesson whose room is taken in its new block, by a lesson
     * outside the chain or by a chain lesson already given that room, gets the first room of its range free there.
     * When none is free it keeps its room, and the score counts the clash.
     */
    static Map<Lesson, Room> newRooms(LessonsByBlock lessons, Block first, Block second, List<Lesson> chain) {
        Map<Lesson, Room> newRooms = new LinkedHashMap<>();
        List<Room> takenInFirst = new ArrayList<>();
        List<Room> takenInSecond = new ArrayList<>();
        for (Lesson lesson : chain) {
            Block to = lesson.getBlock() == first ? second : first;
            List<Room> takenByChain = to == first ? takenInFirst : takenInSecond;
            Room room = lesson.getRoom();
            if (room == null) {
                continue;
            }
            if (isTaken(lessons, to, room, chain, takenByChain)) {
                for (Room other : lesson.getRoomRange()) {
                    if (!isTaken(lessons, to, other, chain, takenByChain)) {
                        newRooms.put(lesson, other);
                        room = other;
                        break;
                    }
                }
            }
            takenByChain.add(room);
        }
        return newRooms;
    }

    /** Whether a room of the lesson's range other than its own is free in {@code block}. */
    private static boolean hasFreeRoom(LessonsByBlock lessons, Block block, Lesson lesson) {
        for (Room room : lesson.getRoomRange()) {
            if (room != lesson.getRoom() && !lessons.anyInRoom(block, room, other -> true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTaken(LessonsByBlock lessons, Block block, Room room, List<Lesson> chain,
            List<Room> takenByChain) {
        return takenByChain.contains(room) || lessons.anyInRoom(block, room, other -> !holds(chain, other));
    }

    private static boolean holds(List<Lesson> chain, Lesson lesson) {
        for (Lesson member : chain) {
            if (member == lesson) {
                return true;
            }
        }
        return false;
    }
}
