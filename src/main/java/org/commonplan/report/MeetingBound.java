package org.commonplan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;
import org.commonplan.solver.Rule;

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
 *     (without planning). Each meeting of a team costs at least its shortest possible block.</li>
 * <li>The bound is the largest total of meetings per team (each at most its request and step 4) that fits
 *     every attendee's capacity of step 5, found exactly by a small branch and bound per group of teams that
 *     share attendees (or, past a search budget, the sum of each team's own bound, which is weaker but true).</li>
 * </ol>
 * A rule whose weight the school overrides to no hard weight is not relied on. When the problem itself breaks
 * a hard rule whatever the schedule (a lesson that cannot avoid unavailable time, a teacher without room for
 * their planning), the bound only covers what is left and a note says so: no schedule is then feasible.
 *
 * @param requested meetings the teams ask for
 * @param bound     at most this many can be placed in a schedule that keeps every hard rule
 * @param teams     each team's own bound (ignoring the time its attendees give to other teams)
 * @param notes     problems found on the way that make every schedule infeasible
 */
public record MeetingBound(int requested, int bound, List<TeamBound> teams, List<String> notes) {

    /** Nodes the exact search may visit per group of teams before it settles for the weaker sum. */
    static final int SEARCH_BUDGET = 200_000;

    /**
     * @param possibleBlocks blocks of the team's family in which every attendee could be free
     * @param bound          at most this many meetings of this team alone can be placed
     * @param limit          what keeps the bound below the request, or empty when it does not
     */
    public record TeamBound(String team, String name, int requested, int possibleBlocks, int bound, String limit) {
    }

    /** Computes the bound of a school's problem; the school may be solved or not (only pins are read). */
    public static MeetingBound of(School school) {
        return new Calculation(school).run();
    }

    /** Placed meetings beside the bound and the request, for a summary line. */
    public String describe(int placed) {
        return String.format("team meetings placeable at most (bound from the problem): %d of %d requested; "
                + "placed %d = %s of the bound", bound, requested, placed,
                bound == 0 ? "-" : Math.round(100.0 * placed / bound) + "%");
    }

    /** Working state of one computation. */
    private static final class Calculation {

        private final School school;
        private final BellSchedule bell;
        private final boolean unavailableRule;
        private final boolean memberBusyRule;
        private final boolean teacherConflictRule;
        private final boolean planningRule;
        private final Map<Lesson, List<Block>> candidates = new HashMap<>();
        private final Map<Teacher, Capacity> capacities = new HashMap<>();
        /** Lessons each teacher teaches or co-teaches, and lessons that take each homeroom teacher's class away. */
        private final Map<Teacher, List<Lesson>> taught = new HashMap<>();
        private final Map<Teacher, List<Lesson>> classAway = new HashMap<>();
        private final List<String> notes = new ArrayList<>();

        Calculation(School school) {
            this.school = school;
            this.bell = school.getBellSchedule();
            this.unavailableRule = isHard(school, Rule.UNAVAILABLE);
            this.memberBusyRule = isHard(school, Rule.MEETING_MEMBER_BUSY);
            this.teacherConflictRule = isHard(school, Rule.TEACHER_CONFLICT);
            this.planningRule = isHard(school, Rule.PLANNING_PROTECTED);
            for (Lesson lesson : school.getLessons()) {
                for (Teacher teacher : lesson.getSection().getStaff()) {
                    taught.computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson);
                }
                for (Teacher teacher : lesson.getSection().getReleasedHomeroomTeachers()) {
                    classAway.computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson);
                }
            }
        }

        private static boolean isHard(School school, Rule rule) {
            HardMediumSoftLongScore weight = school.getConstraintWeightOverrides() == null ? null
                    : school.getConstraintWeightOverrides().getConstraintWeight(rule.id());
            return (weight != null ? weight : rule.defaultWeight()).hardScore() > 0;
        }

        MeetingBound run() {
            List<Team> teams = school.getTeams();
            Map<Team, Integer> requestedByTeam = new LinkedHashMap<>();
            teams.forEach(team -> requestedByTeam.put(team, 0));
            for (TeamMeeting meeting : school.getMeetings()) {
                requestedByTeam.merge(meeting.getTeam(), 1, Integer::sum);
            }
            int n = teams.size();
            int[] upper = new int[n];
            int[] minSlots = new int[n];
            int[] minMinutes = new int[n];
            String[] limits = new String[n];
            int[] possibleCounts = new int[n];
            // Capacity constraints: per attendee, one in minutes and one in timeslots.
            Map<Teacher, Integer> attendeeIndex = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                Team team = teams.get(k);
                int requested = requestedByTeam.get(team);
                List<Block> possible = possibleBlocks(team);
                possibleCounts[k] = possible.size();
                int packing = memberBusyRule && !team.getAttendees().isEmpty() ? maxDisjoint(possible)
                        : possible.isEmpty() ? 0 : requested;
                upper[k] = Math.min(requested, packing);
                limits[k] = packing >= requested ? ""
                        : possible.isEmpty() ? "no " + team.getFamily() + " block in which every attendee can be free"
                        : "only " + packing + " non-overlapping " + team.getFamily()
                                + " block(s) in which every attendee can be free";
                minSlots[k] = possible.stream().mapToInt(block -> block.getSlots().size()).min().orElse(1);
                minMinutes[k] = possible.stream().mapToInt(Block::getMinutes).min().orElse(1);
                for (Teacher attendee : team.getAttendees()) {
                    attendeeIndex.putIfAbsent(attendee, attendeeIndex.size());
                }
            }
            List<Constraint> constraints = new ArrayList<>();
            if (memberBusyRule && unavailableRule) {
                for (Teacher attendee : attendeeIndex.keySet()) {
                    Capacity capacity = capacity(attendee);
                    Map<Integer, Integer> minuteWeights = new LinkedHashMap<>();
                    Map<Integer, Integer> slotWeights = new LinkedHashMap<>();
                    for (int k = 0; k < n; k++) {
                        if (upper[k] > 0 && teams.get(k).getAttendees().contains(attendee)) {
                            minuteWeights.put(k, minMinutes[k]);
                            slotWeights.put(k, minSlots[k]);
                        }
                    }
                    if (!minuteWeights.isEmpty()) {
                        constraints.add(new Constraint(attendee, "minutes", Math.max(0, capacity.minutes()),
                                minuteWeights));
                        constraints.add(new Constraint(attendee, "timeslots", Math.max(0, capacity.slots()),
                                slotWeights));
                    }
                }
            }
            // Each team alone: its own request and blocks, and each attendee's whole capacity.
            int[] alone = upper.clone();
            for (Constraint constraint : constraints) {
                for (Map.Entry<Integer, Integer> entry : constraint.weights().entrySet()) {
                    int k = entry.getKey();
                    int fits = (int) Math.min(Integer.MAX_VALUE, constraint.capacity() / entry.getValue());
                    if (fits < alone[k]) {
                        alone[k] = fits;
                        limits[k] = "time of " + constraint.attendee() + ": room for " + fits
                                + " meeting(s) after lessons" + (planningRule ? " and planning" : "");
                    }
                }
            }
            List<TeamBound> teamBounds = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Team team = teams.get(k);
                teamBounds.add(new TeamBound(team.getId(), team.getName(), requestedByTeam.get(team),
                        possibleCounts[k], alone[k], limits[k]));
            }
            int total = new Search(alone, constraints).maximum();
            int requested = requestedByTeam.values().stream().mapToInt(Integer::intValue).sum();
            return new MeetingBound(requested, total, List.copyOf(teamBounds), List.copyOf(notes));
        }

        /** Blocks of the team's family that lie in the open timeslots of every attendee (step 3). */
        private List<Block> possibleBlocks(Team team) {
            SlotSet open = bell.getClassSlots();
            for (Teacher attendee : team.getAttendees()) {
                open = open.intersect(capacity(attendee).open());
            }
            List<Block> possible = new ArrayList<>();
            for (Block block : team.getAllowedBlocks()) {
                if (open.intersectionSize(block.getSlots()) == block.getSlots().size()) {
                    possible.add(block);
                }
            }
            return possible;
        }

        /** The blocks a lesson can sit in without breaking a hard rule on its own (step 1). */
        private List<Block> candidates(Lesson lesson) {
            return candidates.computeIfAbsent(lesson, key -> {
                if (lesson.isPinned() && lesson.getBlock() != null) {
                    return List.of(lesson.getBlock());
                }
                List<Block> allowed = lesson.getBlockRange();
                if (!unavailableRule) {
                    return allowed;
                }
                SlotSet away = lesson.getSection().getStaffUnavailable();
                List<Block> fitting = allowed.stream().filter(block -> !block.getSlots().overlaps(away)).toList();
                if (fitting.isEmpty() && !allowed.isEmpty()) {
                    notes.add("lesson " + lesson.getId() + " has no block in which its staff are all available");
                    return allowed;
                }
                return fitting;
            });
        }

        private Capacity capacity(Teacher teacher) {
            Capacity known = capacities.get(teacher);
            if (known == null) {
                known = computeCapacity(teacher);
                capacities.put(teacher, known);
            }
            return known;
        }

        /** A teacher's open timeslots (step 3) and the meeting time they can give at most (step 5). */
        private Capacity computeCapacity(Teacher teacher) {
            SlotSet available = teacher.getAvailableClassSlots();
            SlotSet forced = SlotSet.EMPTY;
            int lessonSlots = 0;
            int lessonMinutes = 0;
            int ownSlotsWithoutClass = 0;
            int ownMinutesWithoutClass = 0;
            SlotSet coverable = SlotSet.EMPTY;
            int awayMinutes = 0;
            int awaySlots = 0;
            for (Lesson lesson : taught.getOrDefault(teacher, List.of())) {
                List<Block> blocks = candidates(lesson);
                if (blocks.isEmpty()) {
                    continue;
                }
                SlotSet shared = blocks.get(0).getSlots();
                for (Block block : blocks) {
                    shared = shared.intersect(block.getSlots());
                }
                forced = forced.union(shared);
                int slots = blocks.stream().mapToInt(block -> block.getSlots().size()).min().orElse(0);
                int minutes = blocks.stream().mapToInt(Block::getMinutes).min().orElse(0);
                // Lessons of one teacher do not overlap, so they add up; without that rule only the largest counts.
                lessonSlots = teacherConflictRule ? lessonSlots + slots : Math.max(lessonSlots, slots);
                lessonMinutes = teacherConflictRule ? lessonMinutes + minutes : Math.max(lessonMinutes, minutes);
                boolean withOwnClass = teacher.getHomeroom() != null
                        && lesson.getSection().getGroups().contains(teacher.getHomeroom());
                if (!withOwnClass) {
                    ownSlotsWithoutClass += slots;
                    ownMinutesWithoutClass += minutes;
                }
            }
            for (Lesson lesson : classAway.getOrDefault(teacher, List.of())) {
                int longestSlots = 0;
                int longestMinutes = 0;
                for (Block block : candidates(lesson)) {
                    coverable = coverable.union(block.getSlots());
                    SlotSet inside = block.getSlots().intersect(available);
                    longestSlots = Math.max(longestSlots, inside.size());
                    longestMinutes = Math.max(longestMinutes, bell.minutesOf(inside));
                }
                awaySlots += longestSlots;
                awayMinutes += longestMinutes;
            }
            boolean homeroom = teacher.getHomeroom() != null;
            SlotSet open = unavailableRule ? available : bell.getClassSlots();
            if (memberBusyRule) {
                open = open.minus(forced);
                if (homeroom) {
                    open = open.minus(available.minus(coverable));
                }
            }
            int planning = planningRule ? teacher.getMinPlanningMinutesPerWeek() + teacher.getReleaseMinutesPerWeek()
                    : 0;
            long minutes = Math.min(bell.minutesOf(open) - planning,
                    (long) bell.minutesOf(available) - lessonMinutes - planning);
            long slots = Math.min(open.size(), (long) available.size() - lessonSlots);
            if (homeroom) {
                SlotSet coveredHere = coverable.intersect(available);
                long away = Math.min(awayMinutes, bell.minutesOf(coveredHere));
                long awayCount = Math.min(awaySlots, coveredHere.size());
                minutes = Math.min(minutes, away - (teacherConflictRule ? ownMinutesWithoutClass : 0) - planning);
                slots = Math.min(slots, awayCount - (teacherConflictRule ? ownSlotsWithoutClass : 0));
            }
            if (minutes < 0 && memberBusyRule && unavailableRule) {
                notes.add("teacher " + teacher.getId() + " lacks " + -minutes + " minutes a week for their lessons"
                        + (planningRule ? " and planning" : "") + " even without team meetings");
            }
            return new Capacity(open, slots, minutes);
        }

        /** Most pairwise disjoint blocks among these (step 4). */
        private int maxDisjoint(List<Block> blocks) {
            if (blocks.isEmpty()) {
                return 0;
            }
            boolean disjoint = true;
            for (int i = 0; i < blocks.size() && disjoint; i++) {
                for (int j = i + 1; j < blocks.size() && disjoint; j++) {
                    disjoint = !blocks.get(i).overlaps(blocks.get(j));
                }
            }
            if (disjoint) {
                return blocks.size();
            }
            List<int[]> runs = new ArrayList<>();
            for (Block block : blocks) {
                int[] run = runOfOneDay(block);
                if (run == null) {
                    // Not runs of periods: count generously, as many as the covered timeslots allow.
                    SlotSet covered = SlotSet.EMPTY;
                    int smallest = Integer.MAX_VALUE;
                    for (Block each : blocks) {
                        covered = covered.union(each.getSlots());
                        smallest = Math.min(smallest, Math.max(1, each.getSlots().size()));
                    }
                    return Math.min(blocks.size(), covered.size() / smallest);
                }
                runs.add(run);
            }
            // Interval scheduling: earliest end first is optimal for intervals.
            runs.sort(Comparator.<int[]>comparingInt(run -> run[0]).thenComparingInt(run -> run[2]));
            int count = 0;
            int day = -1;
            int lastEnd = -1;
            for (int[] run : runs) {
                if (run[0] != day) {
                    day = run[0];
                    lastEnd = -1;
                }
                if (run[1] > lastEnd) {
                    count++;
                    lastEnd = run[2];
                }
            }
            return count;
        }

        /** {day, first, last} rank among the day's CLASS periods when the block is one unbroken run, else null. */
        private int[] runOfOneDay(Block block) {
            List<Timeslot> slots = block.getTimeslots();
            if (slots.isEmpty()) {
                return null;
            }
            int day = slots.get(0).dayIndex();
            List<Timeslot> classSlots = bell.getTimeslotsByDay().get(day).stream().filter(Timeslot::isClass).toList();
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (Timeslot timeslot : slots) {
                if (timeslot.dayIndex() != day) {
                    return null;
                }
                int rank = classSlots.indexOf(timeslot);
                first = Math.min(first, rank);
                last = Math.max(last, rank);
            }
            return last - first + 1 == block.getSlots().size() ? new int[] {day, first, last} : null;
        }
    }

    /**
     * @param open    timeslots in which the teacher could be at a meeting
     * @param slots   timeslots a week they can give to meetings at most
     * @param minutes minutes a week they can give to meetings at most (negative: not even their lessons fit)
     */
    private record Capacity(SlotSet open, long slots, long minutes) {
    }

    /** Sum over teams of weight × meetings must stay within capacity. */
    private record Constraint(Teacher attendee, String unit, long capacity, Map<Integer, Integer> weights) {
    }

    /** Exact maximum of the total meetings under the capacity constraints (step 6), per group of linked teams. */
    private static final class Search {

        private final int[] upper;
        private final List<Constraint> constraints;
        private long[] remaining;
        private int[] order;
        private int[][] weightOf;
        private int best;
        private long nodes;

        Search(int[] upper, List<Constraint> constraints) {
            this.upper = upper;
            this.constraints = constraints;
        }

        int maximum() {
            int n = upper.length;
            // Teams linked through a shared constraint are solved together; unlinked groups add up.
            int[] parent = new int[n];
            for (int k = 0; k < n; k++) {
                parent[k] = k;
            }
            for (Constraint constraint : constraints) {
                Integer first = null;
                for (int k : constraint.weights().keySet()) {
                    if (first == null) {
                        first = k;
                    } else {
                        parent[find(parent, k)] = find(parent, first);
                    }
                }
            }
            Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                if (upper[k] > 0) {
                    groups.computeIfAbsent(find(parent, k), key -> new ArrayList<>()).add(k);
                }
            }
            int total = 0;
            for (List<Integer> group : groups.values()) {
                total += maximum(group);
            }
            return total;
        }

        private static int find(int[] parent, int k) {
            while (parent[k] != k) {
                parent[k] = parent[parent[k]];
                k = parent[k];
            }
            return k;
        }

        private int maximum(List<Integer> group) {
            List<Constraint> linked = constraints.stream()
                    .filter(constraint -> constraint.weights().keySet().stream().anyMatch(group::contains)).toList();
            order = group.stream().sorted(Comparator.comparingInt((Integer k) -> upper[k]).reversed())
                    .mapToInt(Integer::intValue).toArray();
            remaining = linked.stream().mapToLong(Constraint::capacity).toArray();
            weightOf = new int[order.length][linked.size()];
            for (int i = 0; i < order.length; i++) {
                for (int c = 0; c < linked.size(); c++) {
                    weightOf[i][c] = linked.get(c).weights().getOrDefault(order[i], 0);
                }
            }
            int sumOfOwn = group.stream().mapToInt(k -> upper[k]).sum();
            best = -1;
            nodes = 0;
            search(0, 0);
            return nodes > SEARCH_BUDGET ? sumOfOwn : best;
        }

        private int fits(int i) {
            long most = upper[order[i]];
            for (int c = 0; c < remaining.length; c++) {
                if (weightOf[i][c] > 0) {
                    most = Math.min(most, remaining[c] / weightOf[i][c]);
                }
            }
            return (int) Math.max(0, most);
        }

        private void search(int i, int placed) {
            if (i == order.length) {
                best = Math.max(best, placed);
                return;
            }
            if (++nodes > SEARCH_BUDGET) {
                return;
            }
            int optimistic = placed;
            for (int j = i; j < order.length; j++) {
                optimistic += fits(j);
            }
            if (optimistic <= best) {
                return;
            }
            for (int count = fits(i); count >= 0; count--) {
                for (int c = 0; c < remaining.length; c++) {
                    remaining[c] -= (long) count * weightOf[i][c];
                }
                search(i + 1, placed + count);
                for (int c = 0; c < remaining.length; c++) {
                    remaining[c] += (long) count * weightOf[i][c];
                }
                if (nodes > SEARCH_BUDGET) {
                    return;
                }
            }
        }
    }
}
