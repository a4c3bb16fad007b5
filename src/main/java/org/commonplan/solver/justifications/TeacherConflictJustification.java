package org.commonplan.solver.justifications;

import java.util.List;

public record TeacherConflictJustification(String teacher, List<String> timeslots) implements Justification {

    @Override
    public String description() {
        return teacher + " is due in two places at once in " + String.join(", ", timeslots)
                + " (two or more lessons, or a lesson while their homeroom class has no one else)";
    }
}
