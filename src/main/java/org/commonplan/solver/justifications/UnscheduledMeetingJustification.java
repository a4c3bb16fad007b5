package org.commonplan.solver.justifications;

public record UnscheduledMeetingJustification(String team, String meeting, int minutes) implements Justification {

    @Override
    public String description() {
        return team + " meeting " + meeting + " (" + minutes + " min) has no time when every member is free";
    }
}
