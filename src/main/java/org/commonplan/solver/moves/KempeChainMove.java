package org.commonplan.solver.moves;

import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;

/** Exchanges two blocks for a chain of lessons: the chain's lessons in one block go to the other and back. */
final class KempeChainMove extends AbstractSimplifiedMove<School> {

    private final Block first;
    private final Block second;
    private final List<Lesson> chain;

    KempeChainMove(Block first, Block second, List<Lesson> chain) {
        this.first = first;
        this.second = second;
        this.chain = List.copyOf(chain);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<School> scoreDirector) {
        return !chain.isEmpty() && first != second
                && chain.stream().allMatch(lesson -> lesson.getBlock() == first || lesson.getBlock() == second);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<School> scoreDirector) {
        for (Lesson lesson : chain) {
            BlockChanges.set(scoreDirector, lesson, lesson.getBlock() == first ? second : first);
        }
    }

    @Override
    public Move<School> rebase(ScoreDirector<School> destination) {
        return new KempeChainMove(destination.lookUpWorkingObject(first), destination.lookUpWorkingObject(second),
                chain.stream().map(destination::lookUpWorkingObject).toList());
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return chain;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(first, second);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "KempeChain(Lesson.block)";
    }

    @Override
    public String toString() {
        return first + " <-> " + second + " for " + chain;
    }
}
