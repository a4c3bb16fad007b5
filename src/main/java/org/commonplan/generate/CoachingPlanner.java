package org.commonplan.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonplan.domain.Timeslot;

/**
 * Pairs each teacher-leader with teachers of the teams they lead, asking only for observation timeslots the
 * planted schedule has (the leader free while the teacher teaches or is with their class), so the planted
 * schedule has no coaching shortfall either.
 */
final class CoachingPlanner {

    private CoachingPlanner() {
    }

    static void plan(PlannedSchool school, Week week, Occupancy occupancy, int pairsPerLeader, Rng rng) {
        for (PlannedTeacher leader : school.teachers) {
            if (!leader.isLeader()) {
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>();
            for (PlannedTeam team : school.teams) {
                if (leader.id.equals(team.leader) || team.members.contains(leader.id)) {
                    candidates.addAll(team.members);
                }
            }
            candidates.remove(leader.id);
            List<String> shuffled = rng.shuffle(new ArrayList<>(candidates));
            int pairs = 0;
            for (String teacher : shuffled) {
                if (pairs == pairsPerLeader) {
                    break;
                }
                int found = 0;
                for (Timeslot timeslot : week.bellSchedule().getTimeslots()) {
                    int slot = timeslot.index();
                    if (timeslot.isClass() && occupancy.free(leader.id, slot) && occupancy.instructing(teacher, slot)) {
                        found++;
                    }
                }
                if (found > 0) {
                    int wanted = Math.min(found, rng.chance(0.6) ? 2 : 1);
                    school.coaching.add(new PlannedSchool.Coaching(leader.id, teacher, wanted));
                    pairs++;
                }
            }
        }
    }
}
