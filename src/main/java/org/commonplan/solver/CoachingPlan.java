package org.commonplan.solver;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.commonplan.solver.justifications.CoachingShortfallJustification;

/**
 * One leader's coaching pairs that {@link ObservationPlanner} leaves short, planned from the leader's free timeslots
 * and each coached teacher's teaching. Its collector takes (side, week) pairs of one leader; a finish whose free and
 * teaching timeslots are those of the last finish reuses the last plan, so a move that leaves them be plans nothing.
 */
record CoachingPlan(List<CoachingShortfallJustification> shortfalls) {

    /** A coaching pair seen from the leader's side (their free timeslots) or the coached teacher's (their teaching). */
    record Side(CoachingPair pair, boolean leader) {

        org.commonplan.domain.Teacher teacher() {
            return leader ? pair.leader() : pair.teacher();
        }

        static List<Side> both(CoachingPair pair) {
            return List.of(new Side(pair, true), new Side(pair, false));
        }
    }

    private static final Collector COLLECTOR = new Collector();

    static BiConstraintCollector<Side, TeacherWeek, ?, CoachingPlan> collector() {
        return COLLECTOR;
    }

    private static final class Tally {
        private BellSchedule bellSchedule;
        /** Each side's timeslots: the leader's free ones, or the coached teacher's teaching ones. */
        private final Map<Side, SlotSet> slots = new HashMap<>();
        private Map<Side, SlotSet> lastSlots;
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
                if (tally.last != null && tally.slots.equals(tally.lastSlots)) {
                    return tally.last;
                }
                tally.lastSlots = new HashMap<>(tally.slots);
                tally.last = plan(tally);
                return tally.last;
            };
        }

        private static CoachingPlan plan(Tally tally) {
            SlotSet leaderFree = SlotSet.EMPTY;
            List<ObservationPlanner.Request> requests = new ArrayList<>();
            for (Map.Entry<Side, SlotSet> entry : tally.slots.entrySet()) {
                if (entry.getKey().leader()) {
                    leaderFree = entry.getValue();
                } else {
                    requests.add(new ObservationPlanner.Request(entry.getKey().pair(), entry.getValue()));
                }
            }
            List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(tally.bellSchedule, leaderFree,
                    requests);
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
