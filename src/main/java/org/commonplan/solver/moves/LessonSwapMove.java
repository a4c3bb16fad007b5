package org.commonplan.solver.moves;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;

/** Two lessons trade blocks, and with {@code rooms} their rooms as well. */
final class LessonSwapMove extends AbstractMove<School> {

    private final Lesson left;
    private final Lesson right;
    private final boolean rooms;

    LessonSwapMove(Lesson left, Lesson right, boolean rooms) {
        this.left = left;
        this.right = right;
        this.rooms = rooms;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<School> scoreDirector) {
        return left != right && !left.isPinned() && !right.isPinned()
                && (left.getBlock() != right.getBlock() || rooms && left.getRoom() != right.getRoom());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<School> scoreDirector) {
        Block leftBlock = left.getBlock();
        if (leftBlock != right.getBlock()) {
            VariableChanges.set(scoreDirector, left, right.getBlock());
            VariableChanges.set(scoreDirector, right, leftBlock);
        }
        Room leftRoom = left.getRoom();
        if (rooms && leftRoom != right.getRoom()) {
            VariableChanges.setRoom(scoreDirector, left, right.getRoom());
            VariableChanges.setRoom(scoreDirector, right, leftRoom);
        }
    }

    @Override
    public Move<School> rebase(ScoreDirector<School> destinationScoreDirector) {
        return new LessonSwapMove(destinationScoreDirector.lookUpWorkingObject(left),
                destinationScoreDirector.lookUpWorkingObject(right), rooms);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public Collection<?> getPlanningValues() {
        Stream<Object> values = rooms ? Stream.of(left.getBlock(), right.getBlock(), left.getRoom(), right.getRoom())
                : Stream.of(left.getBlock(), right.getBlock());
        return values.filter(Objects::nonNull).toList();
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return rooms ? "LessonSwapMove(Lesson.block, Lesson.room)" : "LessonSwapMove(Lesson.block)";
    }

    @Override
    public String toString() {
        return left + " <-> " + right + (rooms ? " with rooms" : "");
    }
}
