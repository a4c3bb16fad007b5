package org.commonplan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans one teacher-leader's observations for the week: each observation a timeslot in which the leader is free and
 * the coached teacher teaches (or is with their class), the leader in one classroom at a time, each pair up to the
 * observations it wants. The solver's {@code coaching-shortfall} rule and the report both call it, so the score
 * pays for exactly the observations the report could not plan.
 *
 * <p>It plans as many observations as the week allows: a bipartite matching of wanted observations to timeslots,
 * grown one observation at a time along augmenting paths (Kuhn's method), so a timeslot two coached teachers could
 * use goes to the one with no other choice. Pairs take turns, those with the fewest usable timeslots first, so a
 * shortfall is shared out rather than falling on one pair; each observation prefers a day its pair has none on yet,
 * and a last pass moves an observation to a free timeslot on such a day where it can. The answer depends only on the
 * sets and pairs given, never on their order, so the solver and the report plan alike.
 */
public final class ObservationPlanner {

    /** A coaching pair of the leader with the timeslots in which its coached teacher can be observed. */
    public record Request(CoachingPair pair, SlotSet instructing) {
    }

    /** One planned observation: the pair and the timeslot. */
    public record Observation(CoachingPair pair, int slot) {
    }

    private ObservationPlanner() {
    }

    /**
     * @param leaderFree CLASS timeslots in which the leader is free: available, not teaching, not with a class, not
     *                   in a meeting
     * @param requests   the leader's coaching pairs, in any order
     * @return the observations, in timeslot order
     */
    public static List<Observation> plan(BellSchedule bellSchedule, SlotSet leaderFree, List<Request> requests) {
        return new Matching(bellSchedule, leaderFree, requests).plan();
    }

    /** How many observations the plan gives the pair. */
    public static int plannedFor(List<Observation> plan, CoachingPair pair) {
        int count = 0;
        for (Observation observation : plan) {
            count += observation.pair().equals(pair) ? 1 : 0;
        }
        return count;
    }

    private static final class Matching {
        private final BellSchedule bellSchedule;
        private final List<Request> requests;
        /** Per request, the timeslots it can use, in timeslot order. */
        private final int[][] options;
        /** Per timeslot, the request observing there, or -1. */
        private final int[] owner;
        /** Per request and day, its observations that day. */
        private final int[][] perDay;
        private final int[] planned;
        private final boolean[] visited;

        Matching(BellSchedule bellSchedule, SlotSet leaderFree, List<Request> given) {
            this.bellSchedule = bellSchedule;
            List<Request> sorted = new ArrayList<>(given);
            Map<Request, Integer> optionCounts = new HashMap<>();
            sorted.forEach(request -> optionCounts.put(request, leaderFree.intersectionSize(request.instructing())));
            sorted.sort(Comparator.comparingInt((Request request) -> optionCounts.get(request))
                    .thenComparing(request -> request.pair().teacher().getId())
                    .thenComparingInt(request -> request.pair().observationsPerWeek()));
            this.requests = sorted;
            int slots = bellSchedule.getTimeslots().size();
            options = new int[sorted.size()][];
            for (int i = 0; i < sorted.size(); i++) {
                options[i] = leaderFree.intersect(sorted.get(i).instructing()).toArray();
            }
            owner = new int[slots];
            Arrays.fill(owner, -1);
            perDay = new int[sorted.size()][bellSchedule.getDays().size()];
            planned = new int[sorted.size()];
            visited = new boolean[slots];
        }

        List<Observation> plan() {
            int mostWanted = requests.stream().mapToInt(request -> request.pair().observationsPerWeek()).max()
                    .orElse(0);
            for (int round = 0; round < mostWanted; round++) {
                for (int i = 0; i < requests.size(); i++) {
                    if (planned[i] == round && requests.get(i).pair().observationsPerWeek() > round) {
                        Arrays.fill(visited, false);
                        if (augment(i)) {
                            planned[i]++;
                        }
                    }
                }
            }
            spreadOverDays();
            List<Observation> observations = new ArrayList<>();
            for (int slot = 0; slot < owner.length; slot++) {
                if (owner[slot] >= 0) {
                    observations.add(new Observation(requests.get(owner[slot]).pair(), slot));
                }
            }
            return observations;
        }

        /** Finds request {@code i} one more timeslot, moving others' observations along a chain if need be. */
        private boolean augment(int i) {
            // A free timeslot first, on a day without one of this pair's observations first.
            for (int pass = 0; pass < 2; pass++) {
                for (int slot : options[i]) {
                    if (owner[slot] == -1 && !visited[slot] && (pass == 1 || perDay[i][day(slot)] == 0)) {
                        take(i, slot);
                        return true;
                    }
                }
            }
            for (int slot : options[i]) {
                int other = owner[slot];
                if (other >= 0 && other != i && !visited[slot]) {
                    visited[slot] = true;
                    if (augment(other)) {
                        release(other, slot);
                        take(i, slot);
                        return true;
                    }
                }
            }
            return false;
        }

        /** Moves an observation from a day its pair has twice to a free timeslot on a day it has none. */
        private void spreadOverDays() {
            for (int i = 0; i < requests.size(); i++) {
                for (int slot = 0; slot < owner.length; slot++) {
                    if (owner[slot] != i || perDay[i][day(slot)] < 2) {
                        continue;
                    }
                    for (int better : options[i]) {
                        if (owner[better] == -1 && perDay[i][day(better)] == 0) {
                            release(i, slot);
                            take(i, better);
                            break;
                        }
                    }
                }
            }
        }

        private void take(int i, int slot) {
            owner[slot] = i;
            visited[slot] = true;
            perDay[i][day(slot)]++;
        }

        private void release(int i, int slot) {
            owner[slot] = -1;
            perDay[i][day(slot)]--;
        }

        private int day(int slot) {
            return bellSchedule.dayIndexOf(slot);
        }
    }
}
