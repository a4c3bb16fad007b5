package org.commonplan.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonplan.domain.Block;

/**
 * Plants the meetings of each team in blocks where every attendee is free and keeps their planning minimum; a
 * team gets as many meetings as fit, up to what it asks for, and a team that cannot meet at all is left out. So
 * teams.csv is derived from the planted schedule and every meeting it asks for can be placed.
 */
final class TeamPlacer {

    /** A team to plant, the meetings a week it would like, and blocks its plan made free for it (tried first). */
    record Request(PlannedTeam team, int wanted, List<String> preferredBlocks) {
    }

    private TeamPlacer() {
    }

    /** Plants the requests in order; earlier requests get the first pick of their attendees' free time. */
    static void place(PlannedSchool school, Week week, Occupancy occupancy, List<Request> requests, Rng rng) {
        for (Request request : requests) {
            PlannedTeam team = request.team();
            List<String> attendees = team.attendees();
            List<String> candidates = candidates(week, request, rng);
            Set<Integer> daysUsed = new HashSet<>();
            // First pass keeps one meeting a day (soft rule meetings-same-day), the second takes any day.
            for (int pass = 0; pass < 2 && team.meetingBlocks.size() < request.wanted(); pass++) {
                for (String blockId : candidates) {
                    if (team.meetingBlocks.size() >= request.wanted()) {
                        break;
                    }
                    Block block = week.block(blockId);
                    boolean newDay = block.getTimeslots().stream().noneMatch(t -> daysUsed.contains(t.dayIndex()));
                    if (team.meetingBlocks.contains(blockId) || (pass == 0 && !newDay)
                            || !fits(occupancy, attendees, block)) {
                        continue;
                    }
                    occupancy.addMeeting(attendees, block);
                    team.meetingBlocks.add(blockId);
                    block.getTimeslots().forEach(t -> daysUsed.add(t.dayIndex()));
                }
            }
            if (!team.meetingBlocks.isEmpty()) {
                school.teams.add(team);
            }
        }
    }

    private static List<String> candidates(Week week, Request request, Rng rng) {
        List<String> preferred = new ArrayList<>(new LinkedHashSet<>(request.preferredBlocks()));
        rng.shuffle(preferred);
        List<String> others = new ArrayList<>();
        for (Block block : week.bellSchedule().blocksOf(request.team().family)) {
            if (!preferred.contains(block.getId())) {
                others.add(block.getId());
            }
        }
        rng.shuffle(others);
        List<String> all = new ArrayList<>(preferred);
        all.addAll(others);
        return all;
    }

    /** Everyone is free in the whole block and still has their planning minimum once the meeting is in. */
    private static boolean fits(Occupancy occupancy, List<String> attendees, Block block) {
        for (String attendee : attendees) {
            if (!occupancy.free(attendee, block) || occupancy.planningSlack(attendee) < block.getMinutes()) {
                return false;
            }
        }
        return true;
    }
}
