package org.commonplan.solver.justifications;

public record CommonFreeTimeJustification(String team, int minutes) implements Justification {

    @Override
    public String description() {
        return team + " shares " + minutes + " free minutes a week beyond its meetings";
    }
}
