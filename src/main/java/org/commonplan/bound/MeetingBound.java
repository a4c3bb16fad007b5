package org.commonplan.bound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.domain.Block;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Rule;

/**
 * An upper bound on how many team meetings any schedule that keeps every hard rule can place, computed from the
 * problem alone (bell schedule, staff, sections and their pins, teams), never from a solution. Placed ÷ bound
 * says how close a schedule is to the best possible; a bound below the request says the request cannot be met
 * and why.
 *
 * <p>Why it is a true bound. Take any schedule in which the hard rules hold.
 * <ol>
 * <li>A lesson sits in one of its <em>candidate</em> blocks: its pinned block, else an allowed block in which
 *     none of its staff is unavailable (rule {@code unavailable}). Its teacher therefore teaches in every timeslot
 *     that all its candidates share: its <em>forced</em> timeslots.</li>
 * <li>A homeroom teacher is with their class in every available timeslot in which the class is not at a lesson
 *     taught by someone else; such a lesson sits in one of its candidates, so outside the union of those
 *     candidates (<em>coverable</em> timeslots) the teacher is with their class.</li>
 * <li>So an attendee can meet only in their <em>open</em> timeslots: available, not forced, and (homeroom
 *     teachers) coverable (rules {@code unavailable} and {@code meeting-member-busy}). A meeting's block lies in
 *     the open timeslots of every attendee of its team: a <em>possible</em> block.</li>
 * <li>Two meetings of one team share attendees, so their blocks do not overlap ({@code meeting-member-busy}):
 *     a team places at most the largest set of pairwise disjoint possible blocks (exact for blocks that are
 *     runs of one day's CLASS periods, as SINGLE, DOUBLE and DAILY blocks are; otherwise counted generously).</li>
 * <li>An attendee's meetings (of all their teams), lessons and individual planning time are disjoint sets of
 *     their available timeslots ({@code teacher-conflict}, {@code meeting-member-busy}), and planning must reach
 *     {@code min_planning_minutes_per_week} plus a leader's release ({@code planning-protected}). Meetings and
 *     planning both lie in open timeslots, so: meeting minutes ≤ open minutes − planning, and meeting minutes ≤
 *     available minutes − the least minutes their lessons can take − planning. A homeroom teacher's meetings,
 *     planning and lessons without their own class all need the class away, which is at most the sum of the
 *     longest candidates of the lessons the class has with others. The same holds counted in timeslots
 *     (without planning), where the attendee's meetings also lie in the possible blocks of their teams, so take
 *     at most the timeslots those cover. Each meeting of a team costs at least its shortest possible block.</li>
 * <li>The bound is the largest total of meetings per team (each at most its request and step 4) that fits
 *     every attendee's capacity of step 5, found exactly by a small branch and bound per group of teams that
 *     share attendees (or, past a search budget, the sum of each team's own bound, which is weaker but true).</li>
 * <li>While a team meets, its attendees teach nobody, so some classes are idle then; classes are idle only in the
 *     periods their lessons leave free ({@code unplaced-lesson}, {@code group-conflict}): one more budget, shared by
 *     all teams, in step 6 (the bound is the smaller of the searches with and without it).</li>
 * <li>The same budget counted class by class: while a team meets, a class whose every teacher who could take it then
 *     is at the meeting or held elsewhere (a school-wide assembly) is idle, found by matching classes to the
 *     teachers left in each period; and a class whose free periods are all spent where none of its teachers
 *     can be with it is at a lesson in every other period, which a meeting may not leave without a teacher.</li>
 * </ol>
 * A rule whose weight the school overrides to no hard weight is not relied on. When the problem itself breaks
 * a hard rule whatever the schedule (a lesson that cannot avoid unavailable time, a teacher without room for
 * their planning), the bound only covers what is left and a note says so: no schedule is then feasible.
 *
 * <p>Where each step lives: steps 1, 2, 3 and 5 in {@link AttendeeCapacities}, step 4 in {@link BlockPacking},
 * step 6 in {@link MeetingBoundSearch}, step 7 in {@link ClassCoverage}, step 8 in {@link ClassMatching}; this class
 * puts them together.
 *
 * @param requested meetings the teams ask for
 * @param bound     at most this many can be placed in a schedule that keeps every hard rule
 * @param teams     each team's own bound (ignoring the time its attendees give to other teams)
 * @param notes     problems found on the way that make every schedule infeasible
 */
public record MeetingBound(int requested, int bound, List<TeamBound> teams, List<String> notes) {

    /**
     * @param possibleBlocks blocks of the team's family in which every attendee could be free
     * @param bound          at most this many meetings of this team alone can be placed
     * @param limit          what keeps the bound below the request, or empty when it does not
     */
    public record TeamBound(String team, String name, int requested, int possibleBlocks, int bound, String limit) {
    }

    /** The hard rules the bound relies on: those the school keeps at a hard weight. */
    public record HardRules(boolean unavailable, boolean memberBusy, boolean teacherConflict, boolean planning) {

        static HardRules of(School school) {
            return new HardRules(isHard(school, Rule.UNAVAILABLE), isHard(school, Rule.MEETING_MEMBER_BUSY),
                    isHard(school, Rule.TEACHER_CONFLICT), isHard(school, Rule.PLANNING_PROTECTED));
        }

        public static boolean isHard(School school, Rule rule) {
            HardMediumSoftLongScore weight = school.getConstraintWeightOverrides() == null ? null
                    : school.getConstraintWeightOverrides().getConstraintWeight(rule.id());
            return (weight != null ? weight : rule.defaultWeight()).hardScore() > 0;
        }
    }

    /** Computes the bound of a school's problem; the school may be solved or not (only pins are read). */
    public static MeetingBound of(School school) {
        return new Calculation(school).run();
    }

    /**
     * The timeslots in which a teacher could be at a team meeting (step 3), for a school's teachers one at a time:
     * the infeasibility report names the teams whose attendees have none in common.
     */
    public static java.util.function.Function<Teacher, SlotSet> openTimeslots(School school) {
        AttendeeCapacities capacities = new AttendeeCapacities(school, HardRules.of(school));
        return teacher -> capacities.of(teacher).open();
    }

    /**
     * Per team, its possible blocks (step 3): the only blocks in which a meeting of it can sit in a schedule that
     * keeps every hard rule, by its attendees' weeks. The solver's construction places meetings in these alone.
     */
    public static Map<Team, List<Block>> possibleBlocks(School school) {
        return possibleBlocks(school, new AttendeeCapacities(school, HardRules.of(school)));
    }

    /**
     * Per team, the blocks its attendees could be free in where it would still leave a class that is never idle
     * without a teacher (step 8): no schedule keeping every hard rule has a meeting of it there. The solver's
     * conflict-directed search keeps meetings out of them.
     */
    public static Map<Team, Set<Block>> blocksLeavingAClassAlone(School school) {
        AttendeeCapacities capacities = new AttendeeCapacities(school, HardRules.of(school));
        return ClassMatching.ruledOut(school, capacities, possibleBlocks(school, capacities));
    }

    private static Map<Team, List<Block>> possibleBlocks(School school, AttendeeCapacities capacities) {
        Map<Team, List<Block>> possible = new LinkedHashMap<>();
        for (Team team : school.getTeams()) {
            possible.put(team, capacities.possibleBlocks(team));
        }
        return possible;
    }

    /** Placed meetings beside the bound and the request, for a summary line. */
    public String describe(int placed) {
        return String.format("team meetings placeable at most (bound from the problem): %d of %d requested; "
                + "placed %d = %s of the bound", bound, requested, placed,
                bound == 0 ? "-" : Math.round(100.0 * placed / bound) + "%");
    }

    /**
     * One computation: each team's own bound from its request, its possible blocks (steps 1-3, in
     * {@link AttendeeCapacities}) and their packing (step 4, {@link BlockPacking}), then each attendee's time budgets
     * (step 5) and the total that fits them all (step 6, {@link MeetingBoundSearch}).
     */
    private static final class Calculation {

        private final School school;
        private final HardRules rules;
        private final AttendeeCapacities capacities;
        private final List<Team> teams;
        /** Per team index: the most meetings by request and packing, the cheapest meeting, and what limits it. */
        private final int[] upper;
        private final int[] minSlots;
        private final int[] minMinutes;
        private final String[] limits;
        private final int[] possibleCounts;
        /** Per team index, the timeslots of its possible blocks. */
        private final SlotSet[] possibleSlots;

        Calculation(School school) {
            this.school = school;
            this.rules = HardRules.of(school);
            this.capacities = new AttendeeCapacities(school, rules);
            this.teams = school.getTeams();
            int n = teams.size();
            upper = new int[n];
            minSlots = new int[n];
            minMinutes = new int[n];
            limits = new String[n];
            possibleCounts = new int[n];
            possibleSlots = new SlotSet[n];
        }

        MeetingBound run() {
            Map<Team, Integer> requestedByTeam = new LinkedHashMap<>();
            teams.forEach(team -> requestedByTeam.put(team, 0));
            for (TeamMeeting meeting : school.getMeetings()) {
                requestedByTeam.merge(meeting.getTeam(), 1, Integer::sum);
            }
            int n = teams.size();
            Map<Teacher, Integer> attendeeIndex = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                Team team = teams.get(k);
                packTeam(k, requestedByTeam.get(team));
                for (Teacher attendee : team.getAttendees()) {
                    attendeeIndex.putIfAbsent(attendee, attendeeIndex.size());
                }
            }
            List<MeetingBoundSearch.TimeBudget> budgets = budgets(attendeeIndex.keySet());
            List<MeetingBoundSearch.TimeBudget> attendeeBudgets = budgets;
            budgets = new ArrayList<>(budgets);
            ClassCoverage.budget(school, capacities, teams, upper).ifPresent(budgets::add);
            ClassMatching.budget(school, capacities, teams, upper).ifPresent(budgets::add);
            // Each team alone: its own request and blocks, and each attendee's whole budget.
            int[] alone = upper.clone();
            for (MeetingBoundSearch.TimeBudget budget : budgets) {
                for (Map.Entry<Integer, Integer> entry : budget.weights().entrySet()) {
                    int k = entry.getKey();
                    int fits = (int) Math.min(Integer.MAX_VALUE, budget.capacity() / entry.getValue());
                    if (fits < alone[k]) {
                        alone[k] = fits;
                        limits[k] = budget.attendee() == null
                                ? "classes left without a teacher while it meets: room for " + fits
                                        + " meeting(s) in the periods their lessons leave free"
                                : "time of " + budget.attendee() + ": room for " + fits
                                        + " meeting(s) after lessons" + (rules.planning() ? " and planning" : "");
                    }
                }
            }
            List<TeamBound> teamBounds = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Team team = teams.get(k);
                teamBounds.add(new TeamBound(team.getId(), team.getName(), requestedByTeam.get(team),
                        possibleCounts[k], alone[k], limits[k]));
            }
            // Both searches give a true bound; the classes' budget links every team, which may make it settle
            // for the weaker sum past its search budget.
            int total = Math.min(new MeetingBoundSearch(alone, budgets).maximum(),
                    new MeetingBoundSearch(alone, attendeeBudgets).maximum());
            int requested = requestedByTeam.values().stream().mapToInt(Integer::intValue).sum();
            return new MeetingBound(requested, total, List.copyOf(teamBounds), List.copyOf(capacities.notes()));
        }

        /** The k-th team's bound by its request and the packing of its possible blocks (steps 3 and 4). */
        private void packTeam(int k, int requested) {
            Team team = teams.get(k);
            List<Block> possible = capacities.possibleBlocks(team);
            possibleCounts[k] = possible.size();
            possibleSlots[k] = possible.stream().map(Block::getSlots).reduce(SlotSet.EMPTY, SlotSet::union);
            int packing = rules.memberBusy() && !team.getAttendees().isEmpty()
                    ? BlockPacking.maxDisjoint(possible, school.getBellSchedule())
                    : possible.isEmpty() ? 0 : requested;
            upper[k] = Math.min(requested, packing);
            limits[k] = packing >= requested ? ""
                    : possible.isEmpty() ? "no " + team.getFamily() + " block in which every attendee can be free"
                    : "only " + packing + " non-overlapping " + team.getFamily()
                            + " block(s) in which every attendee can be free";
            minSlots[k] = possible.stream().mapToInt(block -> block.getSlots().size()).min().orElse(1);
            minMinutes[k] = possible.stream().mapToInt(Block::getMinutes).min().orElse(1);
        }

        /** Per attendee, a budget in minutes and one in timeslots over the teams that can still meet (step 5). */
        private List<MeetingBoundSearch.TimeBudget> budgets(Iterable<Teacher> attendees) {
            List<MeetingBoundSearch.TimeBudget> budgets = new ArrayList<>();
            if (!rules.memberBusy() || !rules.unavailable()) {
                return budgets;
            }
            for (Teacher attendee : attendees) {
                AttendeeCapacities.Capacity capacity = capacities.of(attendee);
                Map<Integer, Integer> minuteWeights = new LinkedHashMap<>();
                Map<Integer, Integer> slotWeights = new LinkedHashMap<>();
                // The attendee's meetings do not overlap and each lies in its team's possible blocks.
                SlotSet meetable = SlotSet.EMPTY;
                for (int k = 0; k < teams.size(); k++) {
                    if (upper[k] > 0 && teams.get(k).getAttendees().contains(attendee)) {
                        minuteWeights.put(k, minMinutes[k]);
                        slotWeights.put(k, minSlots[k]);
                        meetable = meetable.union(possibleSlots[k]);
                    }
                }
                if (!minuteWeights.isEmpty()) {
                    budgets.add(new MeetingBoundSearch.TimeBudget(attendee, "minutes",
                            Math.max(0, capacity.minutes()), minuteWeights));
                    budgets.add(new MeetingBoundSearch.TimeBudget(attendee, "timeslots",
                            Math.max(0, Math.min(capacity.slots(), meetable.size())), slotWeights));
                }
            }
            return budgets;
        }
    }
}
