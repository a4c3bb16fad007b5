package org.commonplan.solver.justifications;

/** A teacher with more lessons in a row than their own hard maximum. */
public record TeacherLessonsInARowJustification(String teacher, int maxInARow, int beyond) implements Justification {

    @Override
    public String description() {
        return teacher + " teaches " + beyond + (beyond == 1 ? " lesson" : " lessons") + " beyond " + maxInARow
                + " in a row";
    }
}
