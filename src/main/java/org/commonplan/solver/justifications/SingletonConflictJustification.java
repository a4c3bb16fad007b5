package org.commonplan.solver.justifications;

public record SingletonConflictJustification(String courseA, String courseB, int students, String lessonA,
        String lessonB) implements Justification {

    @Override
    public String description() {
        return students + " students requested both " + courseA + " and " + courseB + ", but their only sections "
                + lessonA + " and " + lessonB + " meet at the same time";
    }
}
