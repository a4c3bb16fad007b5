package org.commonplan.generate;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.TeamKind;

/**
 * One row of teams.csv, with the blocks of its planted meetings (meetings_per_week is their number), as the
 * generator plans it (the domain's own is {@link org.commonplan.domain.Team}).
 */
final class PlannedTeam {
    final String id;
    final String name;
    final TeamKind kind;
    final List<String> members;
    final String leader;
    final String family;
    final int priority;
    final List<String> meetingBlocks = new ArrayList<>();

    PlannedTeam(String id, String name, TeamKind kind, List<String> members, String leader, String family,
            int priority) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.members = List.copyOf(members);
        this.leader = leader;
        this.family = family;
        this.priority = priority;
    }

    /** Members and the leader: everyone who must be free when the team meets. */
    List<String> attendees() {
        List<String> everyone = new ArrayList<>(members);
        if (leader != null && !everyone.contains(leader)) {
            everyone.add(leader);
        }
        return everyone;
    }
}
