package org.commonplan.solver.moves;

import java.util.Iterator;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.domain.School;

/** A move factory for random selection only: an endless stream of moves drawn while there is anything to move. */
abstract class RandomMoveFactory<M extends Move<School>> implements MoveIteratorFactory<School, M> {

    private SharedIndexes shared;
    private boolean hardBroken = true;

    /** How many things this factory can move right now (0: no moves at all). */
    protected abstract int movableCount();

    /** One random move; a move that is not doable when there is nothing useful to do. */
    protected abstract M randomMove(Random random);

    /** Finds the indexes this solve's factories share; a subclass that overrides this calls it first. */
    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        shared = SharedIndexes.phaseStarted(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<School> scoreDirector) {
        if (shared != null) {
            shared.phaseEnded();
        }
    }

    @Override
    public long getSize(ScoreDirector<School> scoreDirector) {
        return movableCount();
    }

    @Override
    public Iterator<M> createOriginalMoveIterator(ScoreDirector<School> scoreDirector) {
        throw new UnsupportedOperationException("Only random selection is supported.");
    }

    /** The lessons in each block as the current step found them, shared with the solve's other factories. */
    protected LessonsByBlock lessonsByBlock() {
        return shared.lessonsByBlock();
    }

    /** Which lessons and meetings concern each teacher and student group, shared with the solve's other factories. */
    protected BusyIndex busyIndex() {
        return shared.busyIndex();
    }

    /**
     * Whether this step starts from a schedule that breaks a hard rule. When it does not, no teacher or student
     * group is double-booked and every attendee is free for their meetings (unless a school set a hard rule's weight
     * to zero, and then that rule does not matter), so factories skip looking for such conflicts.
     */
    protected boolean hardBroken() {
        return hardBroken;
    }

    /** Called when a step asks for moves: what a factory computed for the previous step is stale now. */
    protected void stepStarted() {
    }

    @Override
    public Iterator<M> createRandomMoveIterator(ScoreDirector<School> scoreDirector, Random random) {
        School school = scoreDirector.getWorkingSolution();
        shared.stepStarted(school.getLessons());
        // At this point the score is the last step's (no move of this step has been evaluated yet).
        hardBroken = school.getScore() == null || school.getScore().hardScore() < 0;
        stepStarted();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return movableCount() > 0;
            }

            @Override
            public M next() {
                return randomMove(random);
            }
        };
    }
}
