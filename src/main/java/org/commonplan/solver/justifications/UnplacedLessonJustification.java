package org.commonplan.solver.justifications;

/** A lesson the solver had no time to place: without a block, or with a block but no room yet. */
public record UnplacedLessonJustification(String lesson, String block) implements Justification {

    @Override
    public String description() {
        return block == null ? lesson + " has no block and no room: the solve ended before it was placed"
                : lesson + " is in " + block + " but has no room: the solve ended before it was placed";
    }
}
