package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;

/**
 * Builds Kempe chains: from some lessons in two blocks, every lesson in the other block that shares a teacher, a
 * student group or a room with a lesson of the chain, and so on. Exchanging the two blocks for a whole chain keeps
 * every pair of lessons that did not clash inside those blocks from clashing, and a chain started from one of two
 * clashing lessons leaves the other behind, which resolves the clash.
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
            lessons.forEachSharing(to, lesson, other -> {
                if (!holds(chain, other)) {
                    chain.add(other);
                }
            });
        }
        return chain;
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
