package org.commonplan.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.ObservationPlanner;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.solver.justifications.CoachingShortfallJustification;

/**
 * One leader's coaching pairs that {@link ObservationPlanner} leaves short, planned from the leader's free timeslots
 * and each coached teacher's teaching. Its collector takes (side, week) pairs of one leader; a finish in which each
 * pair can be observed in the same timeslots as at the last finish reuses the last plan, so a move outside the
 * leader's free time plans nothing.
 */
record CoachingPlan(List<CoachingShortfallJustification> shortfalls) {

    /** A coaching pair seen from the leader's side (their free timeslots) or the coached teacher's (their teaching). */
    record Side(CoachingPair pair, boolean leader) {

        Teacher teacher() {
            return leader ? pair.leader() : pair.teacher();
        }

        static List<Side> both(CoachingPair pair) {
            return List.of(new Side(pair, true), new Side(pair, false));
        }
    }

    private static final Collector COLLECTOR = new Collector();
    private static final CoachingPlan NONE_SHORT = new CoachingPlan(List.of());

    static BiConstraintCollector<Side, TeacherWeek, ?, CoachingPlan> collector() {
        return COLLECTOR;
    }

    private static final class Tally {
        private BellSchedule bellSchedule;
        /** Each side's timeslots: the leader's free ones, or the coached teacher's teaching ones (by identity: a
         * side is made once per pair). */
        private final Map<Side, SlotSet> slots = new IdentityHashMap<>();
        /** What the last plan was made from: each pair with the timeslots it can be observed in. */
        private Map<CoachingPair, SlotSet> lastOptions;
        private CoachingPlan last;
    }

    private static final class Collector implements BiConstraintCollector<Side, TeacherWeek, Tally, CoachingPlan> {

        @Override
        public Supplier<Tally> supplier() {
            return Tally::new;
        }

        @Override
        public TriFunction<Tally, Side, TeacherWeek, Runnable> accumulator() {
            return (tally, side, week) -> {
                tally.bellSchedule = week.teacher().getBellSchedule();
                tally.slots.put(side, side.leader() ? week.free() : week.instructing());
                return () -> tally.slots.remove(side);
            };
        }

        @Override
        public Function<Tally, CoachingPlan> finisher() {
            return tally -> {
                SlotSet leaderFree = SlotSet.EMPTY;
                for (Map.Entry<Side, SlotSet> entry : tally.slots.entrySet()) {
                    if (entry.getKey().leader()) {
                        leaderFree = entry.getValue();
                        break;
                    }
                }
                // A move that changes a teacher's week outside the leader's free timeslots changes no plan.
                Map<CoachingPair, SlotSet> options = new HashMap<>();
                for (Map.Entry<Side, SlotSet> entry : tally.slots.entrySet()) {
                    if (!entry.getKey().leader()) {
                        options.put(entry.getKey().pair(), leaderFree.intersect(entry.getValue()));
                    }
                }
                if (tally.last == null || !options.equals(tally.lastOptions)) {
                    tally.lastOptions = options;
                    tally.last = plan(tally.bellSchedule, options);
                }
                return tally.last;
            };
        }

        /**
         * True when each pair keeps enough timeslots whatever the others take (each other pair taking at most what
         * it wants of those they share): then the planner serves every pair, and need not run. Most moves end here.
         */
        private static boolean everyPairServed(Map<CoachingPair, SlotSet> options) {
            for (Map.Entry<CoachingPair, SlotSet> pair : options.entrySet()) {
                int left = pair.getValue().size();
                for (Map.Entry<CoachingPair, SlotSet> other : options.entrySet()) {
                    if (other != pair) {
                        left -= Math.min(other.getKey().observationsPerWeek(),
                                pair.getValue().intersectionSize(other.getValue()));
                    }
                }
                if (left < pair.getKey().observationsPerWeek()) {
                    return false;
                }
            }
            return true;
        }

        private static CoachingPlan plan(BellSchedule bellSchedule, Map<CoachingPair, SlotSet> options) {
            if (everyPairServed(options)) {
                return NONE_SHORT;
            }
            SlotSet leaderFree = SlotSet.EMPTY;
            List<ObservationPlanner.Request> requests = new ArrayList<>();
            for (Map.Entry<CoachingPair, SlotSet> entry : options.entrySet()) {
                leaderFree = leaderFree.union(entry.getValue());
                requests.add(new ObservationPlanner.Request(entry.getKey(), entry.getValue()));
            }
            List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(bellSchedule, leaderFree, requests);
            List<CoachingShortfallJustification> shortfalls = new ArrayList<>();
            for (ObservationPlanner.Request request : requests) {
                CoachingPair pair = request.pair();
                int planned = ObservationPlanner.plannedFor(plan, pair);
                if (planned < pair.observationsPerWeek()) {
                    shortfalls.add(new CoachingShortfallJustification(pair.leader().toString(),
                            pair.teacher().toString(), pair.observationsPerWeek(), planned));
                }
            }
            return new CoachingPlan(List.copyOf(shortfalls));
        }
    }
}
