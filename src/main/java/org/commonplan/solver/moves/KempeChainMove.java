package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;

/**
 * Exchanges two blocks for a chain of lessons: the chain's lessons in one block go to the other and back, and those
 * whose room is taken in their new block change room ({@link KempeChains#newRooms}).
 */
final class KempeChainMove extends AbstractMove<School> {

    private final Block first;
    private final Block second;
    private final List<Lesson> chain;
    private final Map<Lesson, Room> newRooms;

    KempeChainMove(Block first, Block second, List<Lesson> chain, Map<Lesson, Room> newRooms) {
        this.first = first;
        this.second = second;
        this.chain = List.copyOf(chain);
        this.newRooms = newRooms;
    }

    /** The exchange of {@code first} and {@code second} for {@code chain}, with the rooms it needs. */
    static KempeChainMove of(LessonsByBlock lessons, Block first, Block second, List<Lesson> chain) {
        return new KempeChainMove(first, second, chain, KempeChains.newRooms(lessons, first, second, chain));
    }

    /** A move that is not doable: no chain could be built. */
    static KempeChainMove none(Block first, Block second) {
        return new KempeChainMove(first, second, List.of(), Map.of());
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<School> scoreDirector) {
        return !chain.isEmpty() && first != second
                && chain.stream().allMatch(lesson -> lesson.getBlock() == first || lesson.getBlock() == second);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<School> scoreDirector) {
        for (Lesson lesson : chain) {
            VariableChanges.set(scoreDirector, lesson, lesson.getBlock() == first ? second : first);
        }
        newRooms.forEach((lesson, room) -> VariableChanges.setRoom(scoreDirector, lesson, room));
    }

    @Override
    public Move<School> rebase(ScoreDirector<School> destination) {
        Map<Lesson, Room> rebasedRooms = new LinkedHashMap<>();
        newRooms.forEach((lesson, room) -> rebasedRooms.put(destination.lookUpWorkingObject(lesson),
                destination.lookUpWorkingObject(room)));
        return new KempeChainMove(destination.lookUpWorkingObject(first), destination.lookUpWorkingObject(second),
                chain.stream().map(destination::lookUpWorkingObject).toList(), rebasedRooms);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return chain;
    }

    @Override
    public Collection<?> getPlanningValues() {
        if (newRooms.isEmpty()) {
            return List.of(first, second);
        }
        List<Object> values = new ArrayList<>(List.of(first, second));
        values.addAll(newRooms.values());
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "KempeChain(Lesson.block)";
    }

    @Override
    public String toString() {
        return first + " <-> " + second + " for " + chain + (newRooms.isEmpty() ? "" : " with rooms " + newRooms);
    }
}
