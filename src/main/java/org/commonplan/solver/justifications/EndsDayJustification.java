package org.commonplan.solver.justifications;

/** A lesson that must end a student group's day, followed that day by another lesson of the group. */
public record EndsDayJustification(String lesson, String block, String group, String laterLesson,
        String laterBlock) implements Justification {

    @Override
    public String description() {
        return lesson + " (" + block + ") should end group " + group + "'s day, but " + laterLesson + " follows in "
                + laterBlock;
    }
}
