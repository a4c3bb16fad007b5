package org.commonplan.solver.justifications;

import java.util.List;

public record MeetingMemberBusyJustification(String team, String teacher, String reason, List<String> timeslots)
        implements Justification {

    @Override
    public String description() {
        return team + " meeting on " + String.join(", ", timeslots) + ": " + teacher + " " + reason;
    }
}
