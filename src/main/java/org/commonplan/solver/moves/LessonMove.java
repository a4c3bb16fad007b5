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

/** Puts a lesson in a block and a room; either may be the one it has, so this is a block change, a room change or both. */
final class LessonMove extends AbstractMove<School> {

    private final Lesson lesson;
    private final Block toBlock;
    private final Room toRoom;

    LessonMove(Lesson lesson, Block toBlock, Room toRoom) {
        this.lesson = lesson;
        this.toBlock = toBlock;
        this.toRoom = toRoom;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<School> scoreDirector) {
        return (toBlock != lesson.getBlock() || toRoom != lesson.getRoom()) && !lesson.isPinned();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<School> scoreDirector) {
        if (toBlock != lesson.getBlock()) {
            VariableChanges.set(scoreDirector, lesson, toBlock);
        }
        if (toRoom != lesson.getRoom()) {
            VariableChanges.setRoom(scoreDirector, lesson, toRoom);
        }
    }

    @Override
    public Move<School> rebase(ScoreDirector<School> destinationScoreDirector) {
        return new LessonMove(destinationScoreDirector.lookUpWorkingObject(lesson),
                destinationScoreDirector.lookUpWorkingObject(toBlock), destinationScoreDirector.lookUpWorkingObject(toRoom));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(lesson);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return Stream.of(toBlock, toRoom).filter(Objects::nonNull).toList();
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "LessonMove(Lesson.block, Lesson.room)";
    }

    @Override
    public String toString() {
        return lesson + " -> " + toBlock + " in " + toRoom;
    }
}
