package org.commonplan.solver.justifications;

import java.util.List;

/** An attendee busy during a team meeting; the meeting is named, since a team's two meetings can clash alike. */
public record MeetingMemberBusyJustification(String team, String meeting, String teacher, String reason,
        List<String> timeslots) implements Justification {

    @Override
    public String description() {
        return team + " meeting " + meeting + " on " + String.join(", ", timeslots) + ": " + teacher + " " + reason;
    }
}
