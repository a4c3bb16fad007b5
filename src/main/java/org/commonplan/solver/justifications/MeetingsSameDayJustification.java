package org.commonplan.solver.justifications;

public record MeetingsSameDayJustification(String team, String meeting, String otherMeeting)
        implements Justification {

    @Override
    public String description() {
        return team + " meets twice on one day: " + meeting + " and " + otherMeeting;
    }
}
