package org.commonplan.solver.justifications;

public record CourseSameBlockJustification(String course, String block, int sections) implements Justification {

    @Override
    public String description() {
        return sections + " sections of " + course + " meet in " + block + ", leaving students fewer options";
    }
}
