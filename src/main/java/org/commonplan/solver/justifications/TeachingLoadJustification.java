package org.commonplan.solver.justifications;

import java.util.List;

public record TeachingLoadJustification(String teacher, int limitPerDay, List<String> days) implements Justification {

    @Override
    public String description() {
        return teacher + " teaches more than " + limitPerDay + " timeslots a day on " + String.join(", ", days);
    }
}
