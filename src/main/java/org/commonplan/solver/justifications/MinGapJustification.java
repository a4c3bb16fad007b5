package org.commonplan.solver.justifications;

/** Two lessons of MIN_GAP-linked sections on one day with fewer timeslots between them than the link asks. */
public record MinGapJustification(String lesson, String block, String otherLesson, String otherBlock, int gap,
        int minGap) implements Justification {

    @Override
    public String description() {
        return lesson + " (" + block + ") and " + otherLesson + " (" + otherBlock + ") have " + gap
                + (gap == 1 ? " timeslot" : " timeslots") + " between them on one day, at least " + minGap
                + " wanted";
    }
}
