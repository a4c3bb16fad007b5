package org.commonplan.solver.justifications;

import java.util.List;

public record UnavailableJustification(String activity, String who, List<String> timeslots) implements Justification {

    @Override
    public String description() {
        return activity + " uses " + String.join(", ", timeslots) + " when " + who + " is unavailable";
    }
}
