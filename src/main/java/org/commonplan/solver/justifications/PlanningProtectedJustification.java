package org.commonplan.solver.justifications;

public record PlanningProtectedJustification(String teacher, int planningMinutes, int minimumMinutes)
        implements Justification {

    @Override
    public String description() {
        return teacher + " has " + planningMinutes + " individual planning minutes a week, below the "
                + minimumMinutes + " protected";
    }
}
