package org.commonplan.solver.justifications;

public record CourseSameBlockJustification(String course, String lesson, String otherLesson)
        implements Justification {

    @Override
    public String description() {
        return "Two sections of " + course + " meet at the same time (" + lesson + ", " + otherLesson
                + "), leaving students fewer options";
    }
}
