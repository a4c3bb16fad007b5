package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.move.NoChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;

/**
 * Moves the same-numbered lessons of SAME_START-linked sections (parallel option blocks, split language groups) to
 * one start together: half the time where one of them is now, else to another block of its range. One lesson at a
 * time cannot do that: moving either of two lessons that start apart onto the other's start breaks whatever holds
 * that start, so the pair stays apart once construction has parted it. A pinned lesson of the set sets the start.
 */
public class SameStartMoveFactory implements MoveIteratorFactory<School, Move<School>> {

    /** Per SAME_START link and lesson number, the lessons that start together (two or more). */
    private List<List<Lesson>> startTogether = List.of();
    /** Per section of such a link, its lessons. */
    private Map<Section, List<Lesson>> lessonsOf = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        startTogether = startTogether(scoreDirector.getWorkingSolution());
        Map<Section, List<Lesson>> bySection = new IdentityHashMap<>();
        startTogether.forEach(lessons -> lessons.forEach(lesson ->
                bySection.computeIfAbsent(lesson.getSection(), key -> new ArrayList<>()).add(lesson)));
        lessonsOf = bySection;
    }

    static List<List<Lesson>> startTogether(School school) {
        return sameNumbered(school, SectionLink.Kind.SAME_START);
    }

    /** Per link of the kind and lesson number, its lessons (two or more, not all pinned). */
    static List<List<Lesson>> sameNumbered(School school, SectionLink.Kind kind) {
        Map<SectionLink, Map<Integer, List<Lesson>>> byLink = new LinkedHashMap<>();
        for (Lesson lesson : school.getLessons()) {
            for (SectionLink link : lesson.getSection().getLinks()) {
                if (link.kind() == kind) {
                    byLink.computeIfAbsent(link, key -> new LinkedHashMap<>())
                            .computeIfAbsent(lesson.getNumber(), key -> new ArrayList<>()).add(lesson);
                }
            }
        }
        List<List<Lesson>> sets = new ArrayList<>();
        byLink.values().forEach(byNumber -> byNumber.values().stream()
                .filter(lessons -> lessons.size() > 1 && lessons.stream().anyMatch(lesson -> !lesson.isPinned()))
                .forEach(sets::add));
        return sets;
    }

    @Override
    public long getSize(ScoreDirector<School> scoreDirector) {
        return startTogether.size();
    }

    @Override
    public Iterator<Move<School>> createOriginalMoveIterator(ScoreDirector<School> scoreDirector) {
        throw new UnsupportedOperationException("Only random selection is supported.");
    }

    @Override
    public Iterator<Move<School>> createRandomMoveIterator(ScoreDirector<School> scoreDirector, Random random) {
        List<List<Lesson>> sets = List.copyOf(startTogether);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !sets.isEmpty();
            }

            @Override
            public Move<School> next() {
                List<Lesson> set = sets.get(random.nextInt(sets.size()));
                Move<School> renumbered = random.nextBoolean() ? renumber(set, random) : null;
                return renumbered != null ? renumbered : moveFor(set, random);
            }
        };
    }

    /** The set to one start: a pinned lesson's, else half the time one of theirs now, else any of a lesson's range. */
    static Move<School> moveFor(List<Lesson> lessons, Random random) {
        Lesson leader = lessons.stream().filter(Lesson::isPinned).findFirst()
                .orElse(lessons.get(random.nextInt(lessons.size())));
        Block start = leader.getBlock();
        if (start == null || !leader.isPinned() && random.nextBoolean()) {
            List<Block> range = leader.getBlockRange();
            if (range.isEmpty()) {
                return NoChangeMove.getInstance();
            }
            start = range.get(random.nextInt(range.size()));
        }
        int firstSlot = start.getSlotIndexes()[0];
        List<Move<School>> moves = new ArrayList<>();
        for (Lesson lesson : lessons) {
            Block target = blockStartingAt(lesson, firstSlot);
            if (target == null || lesson.isPinned() && target != lesson.getBlock()) {
                return NoChangeMove.getInstance(); // not doable: one of them may not start there
            }
            if (target != lesson.getBlock()) {
                moves.add(new LessonMove(lesson, target, lesson.getRoom()));
            }
        }
        return moves.isEmpty() ? NoChangeMove.getInstance() : CompositeMove.buildMove(moves);
    }

    /**
     * Two lessons of one section trade block and room, so that the one numbered with a lesson of the set starts
     * with it: lessons of a section are alike, but the rule pairs them by number, and a pair whose starts are
     * crossed (the fifth of one section with the sixth of the other) otherwise takes two lessons moved through
     * worse schedules to right. Null when no lesson of the set has such a sibling.
     */
    private Move<School> renumber(List<Lesson> set, Random random) {
        Lesson leader = set.get(random.nextInt(set.size()));
        if (leader.getBlock() == null) {
            return null;
        }
        int start = leader.getBlock().getSlotIndexes()[0];
        for (Lesson lesson : set) {
            if (lesson.isPinned() || lesson.getBlock() == null || lesson.getBlock().getSlotIndexes()[0] == start) {
                continue;
            }
            for (Lesson sibling : lessonsOf.getOrDefault(lesson.getSection(), List.of())) {
                if (sibling != lesson && !sibling.isPinned() && sibling.getBlock() != null
                        && sibling.getBlock().getSlotIndexes()[0] == start) {
                    return CompositeMove.buildMove(List.of(
                            new LessonMove(lesson, sibling.getBlock(), sibling.getRoom()),
                            new LessonMove(sibling, lesson.getBlock(), lesson.getRoom())));
                }
            }
        }
        return null;
    }

    /** The lesson's own block when it starts in that timeslot, else the first block of its range that does. */
    private static Block blockStartingAt(Lesson lesson, int firstSlot) {
        if (lesson.getBlock() != null && lesson.getBlock().getSlotIndexes()[0] == firstSlot) {
            return lesson.getBlock();
        }
        for (Block block : lesson.getBlockRange()) {
            if (block.getSlotIndexes()[0] == firstSlot) {
                return block;
            }
        }
        return null;
    }
}
