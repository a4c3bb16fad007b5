package org.commonplan.solver.moves;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;

/**
 * The indexes the move factories of one solve read, built once and shared rather than once per factory (a phase
 * has up to five factories, and the last phase's {@link MoveMix} four): the {@link BusyIndex}, rebuilt by the first
 * factory to start each phase, and the {@link LessonsByBlock}, brought up to date once per step by the first
 * factory to read it. The factories are made separately from the solver configuration, so they find their indexes
 * by the working solution, which Timefold clones for each solve; an entry goes when its working solution does.
 */
final class SharedIndexes {

    /** Weak keys: the values hold lessons and teachers, never the school, so a finished solve's entry is let go. */
    private static final Map<School, SharedIndexes> BY_WORKING_SOLUTION =
            Collections.synchronizedMap(new WeakHashMap<>());

    private BusyIndex busyIndex;
    /** Whether a phase has ended since the busy index was built: the next phase to start rebuilds it. */
    private boolean phaseOver = true;
    private List<Lesson> lessons = List.of();
    private LessonsByBlock lessonsByBlock;
    /** Whether a step has started since the lessons by block were last brought up to date. */
    private boolean lessonsMoved;

    private SharedIndexes() {
    }

    /** The working solution's indexes, with a busy index of its own for this phase. */
    static SharedIndexes phaseStarted(School workingSolution) {
        SharedIndexes shared = BY_WORKING_SOLUTION.computeIfAbsent(workingSolution, key -> new SharedIndexes());
        if (shared.phaseOver || shared.busyIndex == null) {
            shared.busyIndex = new BusyIndex(workingSolution);
            shared.phaseOver = false;
        }
        return shared;
    }

    void phaseEnded() {
        phaseOver = true;
    }

    BusyIndex busyIndex() {
        return busyIndex;
    }

    /** A step asks for moves: the lessons may have moved since the index was last brought up to date. */
    void stepStarted(List<Lesson> lessons) {
        this.lessons = lessons;
        lessonsMoved = true;
    }

    /**
     * The lessons in each block as the current step found them. A local search asks for new iterators every step
     * and undoes each move it evaluates, so the schedule stays the same for all the moves of one step.
     */
    LessonsByBlock lessonsByBlock() {
        if (lessonsByBlock == null || !lessonsByBlock.indexes(lessons)) {
            lessonsByBlock = new LessonsByBlock(lessons);
        } else if (lessonsMoved) {
            lessonsByBlock.update();
        }
        lessonsMoved = false;
        return lessonsByBlock;
    }
}
