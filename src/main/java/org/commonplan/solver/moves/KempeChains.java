package org.commonplan.solver.moves;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;

/**
 * Builds Kempe chains: from some lessons in two blocks, every lesson in either block that shares a teacher, a
 * student group or a room with the chain so far. Exchanging the two blocks for a whole chain keeps every pair of
 * lessons that did not clash inside those blocks from clashing.
 */
final class KempeChains {

    private KempeChains() {
    }

    /**
     * The chain that holds {@code starts} (each in {@code first} or {@code second}), or null when a lesson of it is
     * pinned, may not take the other block, or the chain grows beyond {@code maxChain} lessons.
     */
    static List<Lesson> chain(List<Lesson> lessons, Block first, Block second, Collection<Lesson> starts,
            int maxChain) {
        if (first == second || starts.isEmpty()) {
            return null;
        }
        Map<Object, List<Lesson>> users = new HashMap<>();
        for (Lesson lesson : lessons) {
            if (lesson.getBlock() == first || lesson.getBlock() == second) {
                for (Object resource : resourcesOf(lesson)) {
                    users.computeIfAbsent(resource, key -> new ArrayList<>(4)).add(lesson);
                }
            }
        }
        Set<Lesson> chain = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Lesson> queue = new ArrayDeque<>();
        for (Lesson start : starts) {
            if (start.getBlock() != first && start.getBlock() != second) {
                return null;
            }
            if (chain.add(start)) {
                queue.add(start);
            }
        }
        while (!queue.isEmpty()) {
            Lesson lesson = queue.poll();
            Block to = lesson.getBlock() == first ? second : first;
            if (lesson.isPinned() || !lesson.getBlockRange().contains(to) || chain.size() > maxChain) {
                return null;
            }
            for (Object resource : resourcesOf(lesson)) {
                for (Lesson linked : users.getOrDefault(resource, List.of())) {
                    if (chain.add(linked)) {
                        queue.add(linked);
                    }
                }
            }
        }
        return new ArrayList<>(chain);
    }

    private static List<Object> resourcesOf(Lesson lesson) {
        List<Object> resources = new ArrayList<>(lesson.getSection().getStaff().size()
                + lesson.getSection().getGroups().size() + 1);
        resources.addAll(lesson.getSection().getStaff());
        resources.addAll(lesson.getSection().getGroups());
        if (lesson.getRoom() != null) {
            resources.add(lesson.getRoom());
        }
        return resources;
    }
}
