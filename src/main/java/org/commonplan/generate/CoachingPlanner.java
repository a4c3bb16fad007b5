package org.commonplan.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonplan.domain.Timeslot;

/**
 * Pairs each teacher-leader with teachers of the teams they lead, asking only for observations the planted schedule
 * can hold (the leader free while the teacher teaches or is with their class, each pair in timeslots of its own), so
 * the planted schedule has no coaching shortfall either.
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
            // A leader watches one classroom at a time: each pair's observations get timeslots of their own.
            Set<Integer> reserved = new HashSet<>();
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
                    int planted = reserve(week, occupancy, leader.id, teacher, wanted, reserved);
                    if (planted > 0) {
                        school.coaching.add(new PlannedSchool.Coaching(leader.id, teacher, planted));
                    }
                    // Counted even when the leader's timeslots are all taken, so the seed's draws stay as they were.
                    pairs++;
                }
            }
        }
    }

    /** Reserves up to {@code wanted} of the leader's unreserved observation timeslots, on different days first. */
    private static int reserve(Week week, Occupancy occupancy, String leader, String teacher, int wanted,
            Set<Integer> reserved) {
        Set<Integer> days = new HashSet<>();
        int taken = 0;
        for (int pass = 0; pass < 2 && taken < wanted; pass++) {
            for (Timeslot timeslot : week.bellSchedule().getTimeslots()) {
                int slot = timeslot.index();
                if (taken < wanted && timeslot.isClass() && !reserved.contains(slot)
                        && (pass == 1 || !days.contains(timeslot.dayIndex()))
                        && occupancy.free(leader, slot) && occupancy.instructing(teacher, slot)) {
                    reserved.add(slot);
                    days.add(timeslot.dayIndex());
                    taken++;
                }
            }
        }
        return taken;
    }
}
