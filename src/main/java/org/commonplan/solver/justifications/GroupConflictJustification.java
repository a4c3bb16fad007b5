package org.commonplan.solver.justifications;

import java.util.List;

public record GroupConflictJustification(String group, List<String> timeslots) implements Justification {

    @Override
    public String description() {
        return "Student group " + group + " has two lessons at once in " + String.join(", ", timeslots);
    }
}
