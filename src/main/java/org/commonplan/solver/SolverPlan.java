package org.commonplan.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.PooledEntityPlacerConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySorterManner;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchPickEarlyType;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.bound.MeetingBound;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.ConflictDirectedConstruction;
import org.commonplan.solver.moves.ConflictDirectedRepair;
import org.commonplan.solver.moves.DropBlockedMeetings;
import org.commonplan.solver.moves.KeepMeetingsScheduledFilter;
import org.commonplan.solver.moves.KempeChainMoveFactory;
import org.commonplan.solver.moves.MakeRoomForMeetingMoveFactory;
import org.commonplan.solver.moves.MeetingShiftMoveFactory;
import org.commonplan.solver.moves.MeetingToFreeBlockMoveFactory;
import org.commonplan.solver.moves.MeetingWithClassesMoveFactory;
import org.commonplan.solver.moves.MeetingsFirstPlacement;
import org.commonplan.solver.moves.MoveMix;
import org.commonplan.solver.moves.ReturnToPrevious;
import org.commonplan.solver.moves.SameStartMoveFactory;

/**
 * How CommonPlan searches for a master schedule: the one place that builds the solver configuration, for the
 * command line, the service, the tests and every benchmark variant (measurements in benchmarks/RESULTS.md).
 *
 * <ol>
 * <li>Construction, meetings first: every team meeting gets a block while the week is still empty (teams in id
 * order, each trying its blocks from a different starting period, so common times spread over the day and the row
 * order of teams.csv does not matter; {@link MeetingsFirstPlacement}); then lessons, hardest first
 * (fewest blocks and rooms, most people), each its best block and then its best room, so lessons avoid the meeting
 * times they can. Meetings the meeting bound rules out stay unscheduled, and the repairs never put them back.
 * Where the attendees' time, not the blocks, limits the meetings (class teachers who teach nearly every period),
 * meetings wait for the lessons and then take only blocks where every attendee is free. On a school without team
 * meetings whose hard rules the conflict-directed search (next) sees, that search places the lessons first, from the
 * empty week, several times faster than construction's scored moves; it keeps its week when the week breaks no hard
 * rule but lessons it left out, which construction then places ({@link ConflictDirectedConstruction}).
 * <li>Conflict-directed search ({@link ConflictDirectedRepair}), when construction has left conflicts: iterative
 * forward search with conflict-based statistics, the method of classic course timetablers, on a plain model of who
 * and what is where. It keeps every lesson and meeting without a teacher, group, room or attendee conflict and
 * takes out the rest. Then it places those one at a time in the block and room whose conflicting activities weigh
 * least, taking those out in turn. An activity that keeps pushing the same one out of the same place finds it
 * heavier each time. It ends when nothing is left out (on the planted schools within half a second), after 200,000
 * steps without fewer left out, or after a third of the time limit. Groups' daily loads, homeroom classes, singleton
 * conflicts and the soft rules are not in its model: the repair sees to them. Course days are (a group's course once
 * a day or its share, min_days_between, a teacher's days a week and interval days), and so are a teacher's lessons
 * a day and in a row, and the day-shape rules: a teacher's or group's week whose gaps, late starts and short days
 * lack more lessons than it has left to place is a conflict (FET's test), and among places alike it keeps days
 * compact; so are the limits on building changes (a lesson next to one in another building too soon, or a change
 * too many, is a conflict). It runs before the first repair: on imported real schools it reaches in well under a
 * second what the first repair had not reached in 2 s. When its week scores worse than the one it started from (it
 * breaks rules it does not see), the repair starts from the better one.
 * <li>First repair: the repair of step 4 for at most 2 s, ending at its first 0.5 s without improvement. Most schools
 * come out of it complete, on the path the repair alone would take.
 * <li>Repair (entity tabu): no move may take a meeting out of the schedule, so an attendee busy during their meeting
 * is a hard conflict that lesson moves can clear one attendee at a time. Ends as soon as the schedule is complete
 * (no hard conflict, no singleton conflict: every meeting keeps its block here), once feasible with singleton
 * conflicts that have not improved for 2 s, after 10 s without improvement, or after a third of the time limit.
 * <li>Meetings the repair could not clear are taken out of the schedule.
 * <li>Local search (entity tabu) with the same moves, now free to drop a meeting for the medium penalty and to put it
 * back where all its attendees are free; it improves the soft rules to the time limit.
 * </ol>
 *
 * <p>The time limit and the random seed are a run's own ({@link RunSettings}).
 */
public final class SolverPlan {

    /** The phases, by what each does; a plan runs them in the order it holds them. */
    public enum Phase {
        /** Every team meeting gets a block. */
        MEETINGS,
        /**
         * On a school whose hard rules the conflict-directed search sees, it places the lessons from the empty week
         * ({@link ConflictDirectedConstruction}); construction places what it leaves out.
         */
        LESSONS_BY_SEARCH,
        /** Every lesson gets a block and a room, hardest first. */
        LESSONS,
        /** Where attendees' time limits the meetings, they get blocks now, only where every attendee is free. */
        MEETINGS_AFTER_LESSONS,
        /** Clears teacher, group, room, attendee and course-day conflicts construction left. */
        CONFLICT_DIRECTED_SEARCH,
        /** The repair for at most 2 s. */
        FIRST_REPAIR,
        /** Clears the hard conflicts, every meeting keeping a block. */
        REPAIR,
        /** Takes meetings whose attendees are still busy out of the schedule. */
        DROP_BLOCKED_MEETINGS,
        /** In a re-solve, puts back what the phases before moved although nothing made it move. */
        RETURN_TO_PREVIOUS,
        /** Improves the soft rules to the time limit, free to drop and restore meetings. */
        IMPROVE
    }

    /** The solver configurations the benchmark compares, by the names it reports them under. */
    public enum Variant {
        /** Timefold's own defaults: first-fit construction, late acceptance over change and swap moves. */
        TIMEFOLD_DEFAULT("timefold-default"),
        /** The production configuration with late acceptance (400) instead of entity tabu. */
        LATE_ACCEPTANCE("late-acceptance"),
        /**
         * An earlier production configuration: lessons constructed first, then meetings where they fit, and one
         * local search that may unschedule a meeting at any time.
         */
        LESSONS_FIRST("lessons-first"),
        /** The production configuration. */
        PRODUCTION("commonplan"),
        /** The production configuration without the conflict-directed search: what it adds. */
        NO_CONFLICT_SEARCH("no-conflict-search");

        private final String benchmarkName;

        Variant(String benchmarkName) {
            this.benchmarkName = benchmarkName;
        }

        public String benchmarkName() {
            return benchmarkName;
        }

        /** The variant a benchmark reports under this name, if any. */
        public static Optional<Variant> named(String benchmarkName) {
            return Arrays.stream(values()).filter(variant -> variant.benchmarkName.equals(benchmarkName)).findFirst();
        }
    }

    /**
     * A run's own settings.
     *
     * @param timeLimit        solver time, or null for none (then {@code extraTermination} must stop it); with one,
     *                         the repairs and the conflict-directed search each end by a third of it
     * @param seed             random seed for a reproducible run, or null for Timefold's default
     * @param environmentMode  Timefold's assertion mode, or null for none ({@code NO_ASSERT})
     * @param extraTermination what else ends the run (a best score, a step count), or null
     * @param moveBudget       moves the phases after construction may evaluate, each its share, or null to end on
     *                         time: with a budget no phase reads the clock (the time limit is ignored), so one
     *                         seed gives one schedule on any machine
     */
    public record RunSettings(Duration timeLimit, Long seed, EnvironmentMode environmentMode,
            TerminationConfig extraTermination, Long moveBudget) {

        public RunSettings(Duration timeLimit, Long seed, EnvironmentMode environmentMode,
                TerminationConfig extraTermination) {
            this(timeLimit, seed, environmentMode, extraTermination, null);
        }

        public static RunSettings of(Duration timeLimit, Long seed) {
            return new RunSettings(timeLimit, seed, null, null);
        }

        /**
         * A run that ends on counts, not time: {@code moves} evaluated moves, or when null the time limit at
         * {@link #MOVES_PER_SECOND}. The seed defaults to 0.
         */
        public static RunSettings reproducible(Duration timeLimit, Long seed, Long moves) {
            if (moves == null && timeLimit == null) {
                throw new IllegalArgumentException("A reproducible run needs a time limit or a move count.");
            }
            long budget = moves != null ? moves : Math.max(1, timeLimit.toMillis() * MOVES_PER_SECOND / 1000);
            return new RunSettings(null, seed == null ? 0L : seed, null, null, budget);
        }
    }

    /**
     * The moves a second a reproducible run counts for each second of its time limit: about what the repair
     * evaluates on a real school of a few hundred lessons on two shared cores (planted schools run 3-5 times faster).
     */
    public static final long MOVES_PER_SECOND = 10_000;

    /**
     * Moves a repair step evaluates on average on real schools (50-90 measured): turns the repairs' patience in
     * seconds into steps for a reproducible run.
     */
    private static final long MOVES_PER_REPAIR_STEP = 60;

    /** The improving phase's accepted moves a step (its forager's limit): its moves a step, near enough. */
    private static final long MOVES_PER_IMPROVING_STEP = 200;

    /** Every hard rule kept and every meeting placed: the repairs stop there, whatever the soft score. */
    private static final String COMPLETE = "0hard/0medium/-999999999999soft";

    /** The first repair's own limit: most schools are complete within it. */
    private static final Duration FIRST_REPAIR_LIMIT = Duration.ofSeconds(2);

    /**
     * The improving phase's kinds of move and their weights, drawn by {@link MoveMix}. Single lesson moves (block,
     * room, or both) are nearly nine draws in ten: they do most of the polishing at two to three times the moves a
     * second of meeting moves, Kempe chains and shifts (which change up to 20 lessons each); those stay in the mix,
     * rarely drawn, for what only they can reach (benchmarks/RESULTS.md).
     */
    private static final List<String> IMPROVING_MOVES = List.of(
            "block 8", "block-swap 1", "room 2",
            // Two lessons trade block and room: the way into a period whose rooms are all taken.
            "full-swap 0.25",
            // A lesson to another block and room at once: a full room in a teacher's only free period.
            "block-and-room 2",
            "meeting-block 0.1", "meeting-to-free-block 0.1", "make-room-for-meeting 0.1", "kempe-chain 0.1",
            "meeting-shift 0.05");

    private final Map<Phase, PhaseConfig<?>> phases = new LinkedHashMap<>();
    private final RunSettings run;

    private SolverPlan(RunSettings run) {
        this.run = run;
    }

    /** The configuration every command and the service solve with. */
    public static SolverPlan production(RunSettings run) {
        return of(Variant.PRODUCTION, run);
    }

    public static SolverPlan of(Variant variant, RunSettings run) {
        SolverPlan plan = new SolverPlan(run);
        switch (variant) {
            case TIMEFOLD_DEFAULT -> {
                // No phases: Timefold builds its own.
            }
            case PRODUCTION, NO_CONFLICT_SEARCH, LATE_ACCEPTANCE -> {
                plan.phases.put(Phase.MEETINGS, meetingsFirst());
                if (variant != Variant.NO_CONFLICT_SEARCH) {
                    plan.phases.put(Phase.LESSONS_BY_SEARCH,
                            conflictDirectedConstruction(run));
                }
                plan.phases.put(Phase.LESSONS, lessons());
                plan.phases.put(Phase.MEETINGS_AFTER_LESSONS, meetingsAfterLessons());
                if (variant != Variant.NO_CONFLICT_SEARCH) {
                    plan.phases.put(Phase.CONFLICT_DIRECTED_SEARCH, conflictDirectedSearch(run));
                }
                plan.phases.put(Phase.FIRST_REPAIR, repair(run.moveBudget() != null
                        ? firstRepairTermination(run.moveBudget()) : firstRepairTermination(run.timeLimit())));
                plan.phases.put(Phase.REPAIR, repair(run.moveBudget() != null
                        ? repairTermination(run.moveBudget()) : repairTermination(run.timeLimit())));
                plan.phases.put(Phase.DROP_BLOCKED_MEETINGS, new CustomPhaseConfig()
                        .withCustomPhaseCommandClassList(List.of(DropBlockedMeetings.class)));
                plan.phases.put(Phase.RETURN_TO_PREVIOUS, new CustomPhaseConfig()
                        .withCustomPhaseCommandClassList(List.of(ReturnToPrevious.class)));
                plan.phases.put(Phase.IMPROVE, improve());
                if (variant == Variant.LATE_ACCEPTANCE) {
                    plan.lateAcceptance();
                }
            }
            case LESSONS_FIRST -> {
                plan.phases.put(Phase.LESSONS, lessons());
                plan.phases.put(Phase.MEETINGS, meetingsWhereTheyFit());
                plan.phases.put(Phase.IMPROVE, lessonsFirstSearch());
            }
        }
        return plan;
    }

    /** The plan's phases in the order they run. */
    public List<Phase> phases() {
        return List.copyOf(phases.keySet());
    }

    /** One phase's configuration as the plan holds it, limits and seed applied. */
    public PhaseConfig<?> phase(Phase phase) {
        PhaseConfig<?> config = phases.get(phase);
        if (config == null) {
            throw new IllegalArgumentException("This plan has no " + phase + " phase; it has " + phases() + ".");
        }
        return config;
    }

    /** Replaces what ends one phase: a step count instead of time, so that tests end alike on any machine. */
    public SolverPlan withTermination(Phase phase, TerminationConfig termination) {
        phase(phase).setTerminationConfig(termination);
        return this;
    }

    /** Only the phases up to and including {@code last}. */
    public SolverPlan until(Phase last) {
        phase(last);
        List<Phase> order = phases();
        order.subList(order.indexOf(last) + 1, order.size()).forEach(phases::remove);
        return this;
    }

    /** The Timefold solver configuration of this plan and its run. */
    public SolverConfig solverConfig() {
        TerminationConfig termination = run.extraTermination() == null ? new TerminationConfig()
                : run.extraTermination().copyConfig();
        if (run.moveBudget() != null && phases.isEmpty()) {
            termination.setMoveCountLimit(run.moveBudget());
        } else if (run.timeLimit() != null) {
            termination.setSpentLimit(run.timeLimit());
        }
        SolverConfig config = new SolverConfig()
                .withEnvironmentMode(run.environmentMode() == null ? EnvironmentMode.NO_ASSERT : run.environmentMode())
                .withSolutionClass(School.class)
                .withEntityClasses(Lesson.class, TeamMeeting.class)
                .withConstraintProviderClass(ScheduleConstraintProvider.class)
                .withTerminationConfig(termination);
        if (run.seed() != null) {
            config.setRandomSeed(run.seed());
        }
        if (!phases.isEmpty()) {
            List<PhaseConfig> copies = new ArrayList<>();
            for (PhaseConfig<?> phase : phases.values()) {
                PhaseConfig<?> copy = phase.copyConfig();
                if (run.moveBudget() != null && copy instanceof LocalSearchPhaseConfig
                        && copy.getTerminationConfig() == null) {
                    // Each phase ends on its own share of the budget: Timefold's move count is the run's,
                    // construction's moves included, which on a large school left the repairs nothing.
                    copy.setTerminationConfig(new TerminationConfig().withStepCountLimit(
                            improvingSteps(run.moveBudget())));
                }
                copies.add(copy);
            }
            config.setPhaseConfigList(copies);
        }
        return config;
    }

    /**
     * The configuration for one school: no local search's entity tabu longer than half the lessons and meetings it
     * may move. A tabu list that holds every one of them refuses every move, and a step that accepts none never ends
     * when its phase ends on steps, as in a reproducible run (FET's Hopwood: 18 movable of 180). With one or none
     * movable, construction's best place is final and the local searches are left out.
     */
    public static SolverConfig fittedTo(SolverConfig config, School school) {
        if (config.getPhaseConfigList() == null) {
            return config;
        }
        long movable = movable(school);
        int mostTabu = (int) Math.min(Integer.MAX_VALUE, movable / 2);
        List<PhaseConfig> fitted = new ArrayList<>();
        boolean changed = false;
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (!(phase instanceof LocalSearchPhaseConfig search)) {
                fitted.add(phase);
            } else if (mostTabu < 1) {
                changed = true;
            } else if (search.getAcceptorConfig() != null && search.getAcceptorConfig().getEntityTabuSize() != null
                    && search.getAcceptorConfig().getEntityTabuSize() > mostTabu) {
                LocalSearchPhaseConfig copy = search.copyConfig();
                copy.setAcceptorConfig(copy.getAcceptorConfig().copyConfig().withEntityTabuSize(mostTabu));
                fitted.add(copy);
                changed = true;
            } else {
                fitted.add(phase);
            }
        }
        if (!changed) {
            return config;
        }
        SolverConfig copy = config.copyConfig();
        copy.setPhaseConfigList(fitted);
        return copy;
    }

    /**
     * The lessons and meetings a local search can move: a lesson with more than one block or room to take, and of a
     * team's meetings as many as its own meeting bound allows (construction leaves the others out, and the repairs
     * never put them back). A lesson narrowed to one place or a meeting no schedule can hold never leaves the tabu
     * list's way: counting it, the list held every one that can move (FET's 6th-Primary-School with teams: 13 of 26).
     */
    static long movable(School school) {
        long lessons = school.getLessons().stream().filter(lesson -> !lesson.isPinned()
                && (lesson.getBlockRange().size() > 1 || lesson.getRoomRange().size() > 1)).count();
        Map<String, Integer> unpinned = new LinkedHashMap<>();
        for (TeamMeeting meeting : school.getMeetings()) {
            if (!meeting.isPinned()) {
                unpinned.merge(meeting.getTeam().getId(), 1, Integer::sum);
            }
        }
        long meetings = 0;
        if (!unpinned.isEmpty()) {
            for (MeetingBound.TeamBound team : MeetingBound.of(school).teams()) {
                meetings += Math.min(team.bound(), unpinned.getOrDefault(team.team(), 0));
            }
        }
        return lessons + meetings;
    }

    /** Each repair and the conflict-directed search may take this much of a run at most. */
    private static Duration share(Duration timeLimit) {
        return Duration.ofMillis(Math.max(1, timeLimit.toMillis() / 3));
    }

    /**
     * Ends at its first 0.5 s without improvement on a tight school, which then goes to the conflict-directed
     * search. With a time limit, a third of it when that is shorter than 2 s: one limit, since Timefold adds up
     * every time limit of one termination.
     */
    private static TerminationConfig firstRepairTermination(Duration timeLimit) {
        Duration limit = timeLimit == null ? FIRST_REPAIR_LIMIT : min(share(timeLimit), FIRST_REPAIR_LIMIT);
        return new TerminationConfig()
                .withTerminationCompositionStyle(TerminationCompositionStyle.OR)
                .withSpentLimit(limit)
                .withUnimprovedMillisecondsSpentLimit(500L)
                .withBestScoreLimit(COMPLETE);
    }

    /**
     * Ends when the schedule is complete (no hard conflict and no singleton conflict: every meeting keeps its block
     * here), or feasible and no longer improving, or stuck. With a time limit, also at a third of it, so that a
     * school whose every meeting cannot be placed still leaves the last phases time to drop meetings and end
     * feasible.
     */
    private static TerminationConfig repairTermination(Duration timeLimit) {
        TerminationConfig termination = new TerminationConfig()
                .withTerminationCompositionStyle(TerminationCompositionStyle.OR)
                .withUnimprovedSecondsSpentLimit(10L)
                .withBestScoreLimit(COMPLETE)
                // Feasible, with singleton conflicts that have not improved for 2 s: the last phase takes over.
                .withTerminationConfigList(List.of(new TerminationConfig()
                        .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                        .withUnimprovedSecondsSpentLimit(2L)
                        .withBestScoreFeasible(true)));
        if (timeLimit != null) {
            termination.setSpentLimit(share(timeLimit));
        }
        return termination;
    }

    /**
     * The first repair of a reproducible run: its 2 s and 0.5 s without improvement at {@link #MOVES_PER_SECOND},
     * counted in its own steps; at most a third of the budget.
     */
    private static TerminationConfig firstRepairTermination(long moveBudget) {
        return new TerminationConfig()
                .withTerminationCompositionStyle(TerminationCompositionStyle.OR)
                .withStepCountLimit(steps(Math.min(moveBudget / 3,
                        FIRST_REPAIR_LIMIT.toSeconds() * MOVES_PER_SECOND)))
                .withUnimprovedStepCountLimit(steps(MOVES_PER_SECOND / 2))
                .withBestScoreLimit(COMPLETE);
    }

    /**
     * The repair of a reproducible run: {@link #repairTermination(Duration)} with its patience in steps, ending
     * after its own steps for two thirds of the budget's moves.
     */
    private static TerminationConfig repairTermination(long moveBudget) {
        return new TerminationConfig()
                .withTerminationCompositionStyle(TerminationCompositionStyle.OR)
                .withStepCountLimit(steps(moveBudget * 2 / 3))
                .withUnimprovedStepCountLimit(steps(10 * MOVES_PER_SECOND))
                .withBestScoreLimit(COMPLETE)
                .withTerminationConfigList(List.of(new TerminationConfig()
                        .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                        .withUnimprovedStepCountLimit(steps(2 * MOVES_PER_SECOND))
                        .withBestScoreFeasible(true)));
    }

    private static int steps(long moves) {
        return (int) Math.max(1, moves / MOVES_PER_REPAIR_STEP);
    }

    /** The improving phase's steps for the last third of a budget: it evaluates its 200 accepted moves a step. */
    private static int improvingSteps(long moveBudget) {
        return (int) Math.max(1, moveBudget / 3 / MOVES_PER_IMPROVING_STEP);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** One meeting a step, in the order and with the blocks {@link MeetingsFirstPlacement} gives. */
    private static ConstructionHeuristicPhaseConfig meetingsFirst() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new PooledEntityPlacerConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(MeetingsFirstPlacement.class)));
    }

    /** The same construction after the lessons', for schools whose meetings wait for them. */
    private static ConstructionHeuristicPhaseConfig meetingsAfterLessons() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new PooledEntityPlacerConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(MeetingsFirstPlacement.class)
                        .withMoveIteratorFactoryCustomProperties(Map.of("afterLessons", "true"))));
    }

    private static ConstructionHeuristicPhaseConfig lessons() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(Lesson.class).withId("lessonPlacer")
                        .withCacheType(SelectionCacheType.PHASE)
                        .withSelectionOrder(SelectionOrder.SORTED)
                        .withSorterManner(EntitySorterManner.DESCENDING))
                // Block first, then room: two short scans instead of their cartesian product.
                .withMoveSelectorConfigs(
                        new ChangeMoveSelectorConfig().withEntitySelectorConfig(mimic("lessonPlacer"))
                                .withValueSelectorConfig(value("block")),
                        new ChangeMoveSelectorConfig().withEntitySelectorConfig(mimic("lessonPlacer"))
                                .withValueSelectorConfig(value("room"))));
    }

    /**
     * The repair's moves: move or swap lessons (block, room, or both), move meetings (never out of the schedule),
     * put a meeting where all its attendees are free, move attendees' lessons out of a block, Kempe chains
     * (exchange two blocks for a closed chain of lessons linked by teacher or group, aimed at busy attendees,
     * clashing singletons and double-booked lessons), shift a meeting to another block taking its attendees'
     * lessons the other way, and move a grade meeting of homeroom teachers bringing each class to a special.
     * Drawn from Timefold's weighted union, not {@link MoveMix}: with MoveMix here, two of eight high-4x4-planted
     * seeds no longer completed in 10 s (benchmarks/RESULTS.md).
     */
    private static LocalSearchPhaseConfig repair(TerminationConfig termination) {
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig().withMoveSelectors(
                lessonChange("block", 3.0),
                lessonBlockSwap(3.0),
                lessonChange("room", 1.0),
                // Two lessons trade block and room: the way into a period whose rooms are all taken.
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0)
                        .withEntitySelectorConfig(new EntitySelectorConfig(Lesson.class)),
                // A lesson to another block and another room at once: a full room in a teacher's only free period
                // is otherwise a dead end for single-variable moves.
                lessonToBlockAndRoom(),
                new ChangeMoveSelectorConfig().withFilterClass(KeepMeetingsScheduledFilter.class)
                        .withFixedProbabilityWeight(1.0)
                        .withEntitySelectorConfig(new EntitySelectorConfig(TeamMeeting.class))
                        .withValueSelectorConfig(value("block")),
                // Meetings stay in the schedule, and those the meeting bound keeps out of it stay out.
                factory(MeetingToFreeBlockMoveFactory.class, 1.0).withMoveIteratorFactoryCustomProperties(
                        Map.of("unschedule", "false", "placeUnscheduled", "false")),
                factory(MakeRoomForMeetingMoveFactory.class, 1.0).withMoveIteratorFactoryCustomProperties(
                        Map.of("placeUnscheduled", "false")),
                factory(KempeChainMoveFactory.class, 2.0),
                factory(MeetingShiftMoveFactory.class, 1.0),
                // Same-numbered lessons of SAME_START-linked sections to one start together.
                factory(SameStartMoveFactory.class, 1.0),
                // A grade meeting of homeroom teachers to another block with each class brought to a special there.
                factory(MeetingWithClassesMoveFactory.class, 1.0));
        return new LocalSearchPhaseConfig()
                .withTerminationConfig(termination)
                .withMoveSelectorConfig(moves)
                // Entity tabu (20); a step takes the first move that beats the last step, else the best of 50
                // accepted: many short steps, which is what the repair needs on planted schools.
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(20))
                .withForagerConfig(new LocalSearchForagerConfig()
                        .withPickEarlyType(LocalSearchPickEarlyType.FIRST_LAST_STEP_SCORE_IMPROVING)
                        .withAcceptedCountLimit(50));
    }

    /**
     * Changes nothing when construction left no conflict. Seeded with the run's seed, which its own random needs;
     * ends by a third of the time limit when there is one, or by two thirds on a school whose every hard rule it
     * sees: there the local searches after it only repeat, more slowly, what it does (FET's dgspro200809 and
     * 2008-2009 need 3 to 6 s of it at 10 s).
     */
    private static CustomPhaseConfig conflictDirectedSearch(RunSettings run) {
        Map<String, String> properties = searchProperties(run);
        if (run.moveBudget() != null) {
            properties.put("iterationLimitWhereItSeesEveryRule",
                    Long.toString(Math.max(1, 2 * (run.moveBudget() / 3))));
        } else if (run.timeLimit() != null) {
            // Its own clock instead of the phase's, which cannot tell the schools apart.
            properties.put("spentLimitMillis", Long.toString(share(run.timeLimit()).toMillis()));
            properties.put("spentLimitMillisWhereItSeesEveryRule",
                    Long.toString(2 * share(run.timeLimit()).toMillis()));
        }
        return customPhase(ConflictDirectedRepair.class, properties);
    }

    /** The search building the week from empty: ends by a third of the time limit when there is one. */
    private static CustomPhaseConfig conflictDirectedConstruction(RunSettings run) {
        CustomPhaseConfig construction = customPhase(ConflictDirectedConstruction.class, searchProperties(run));
        if (run.timeLimit() != null && run.moveBudget() == null) {
            // On a school whose meetings cannot all be placed it would otherwise search until its patience runs out.
            construction.setTerminationConfig(new TerminationConfig().withSpentLimit(share(run.timeLimit())));
        }
        return construction;
    }

    /** The run's seed, which the search's own random needs, and with a move budget a third of it in iterations. */
    private static Map<String, String> searchProperties(RunSettings run) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (run.seed() != null) {
            properties.put("randomSeed", Long.toString(run.seed()));
        }
        if (run.moveBudget() != null) {
            // Its own iterations instead of a third of the time: it evaluates no Timefold moves.
            properties.put("iterationLimit", Long.toString(Math.max(1, run.moveBudget() / 3)));
        }
        return properties;
    }

    private static CustomPhaseConfig customPhase(Class<? extends PhaseCommand<School>> command,
            Map<String, String> properties) {
        CustomPhaseConfig phase = new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(command));
        if (!properties.isEmpty()) {
            phase.setCustomProperties(properties);
        }
        return phase;
    }

    /**
     * One iterator draws every kind of move by weight ({@link MoveMix}) rather than a union of Timefold selectors,
     * whose weighted draw (Timefold 1.32) rebuilds a sorted map of weights twice per move.
     */
    private static LocalSearchPhaseConfig improve() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(MoveMix.class)
                        .withMoveIteratorFactoryCustomProperties(Map.of("weights", improvingMoveWeights())))
                // Entity tabu (20) over 200 accepted moves a step: more steps a second than 7 over 1,000, which is
                // what the repair needs on planted schools (benchmarks/RESULTS.md).
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(20))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(200));
    }

    /** The improving phase's weights as {@link MoveMix} reads them: "kind weight" pairs separated by commas. */
    public static String improvingMoveWeights() {
        return String.join(", ", IMPROVING_MOVES);
    }

    /** Every local search with late acceptance (400) over one accepted move a step, instead of entity tabu. */
    private void lateAcceptance() {
        for (PhaseConfig<?> phase : phases.values()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                localSearch.setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400));
                localSearch.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
            }
        }
    }

    /** The lessons-first variant's meetings: any block, busy attendees or not. */
    private static ConstructionHeuristicPhaseConfig meetingsWhereTheyFit() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(TeamMeeting.class).withId("meetingPlacer")
                        .withCacheType(SelectionCacheType.PHASE))
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(mimic("meetingPlacer"))
                        .withValueSelectorConfig(value("block"))));
    }

    /**
     * The lessons-first variant's one local search, free to unschedule a meeting at any time. Entity tabu beat late
     * acceptance here: on high-large-planted it was feasible with 54 of 55 meetings in 20 s where late acceptance
     * with these moves stayed infeasible.
     */
    private static LocalSearchPhaseConfig lessonsFirstSearch() {
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig().withMoveSelectors(
                lessonChange("block", 3.0),
                lessonBlockSwap(3.0),
                lessonChange("room", 1.0),
                lessonToBlockAndRoom(),
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0)
                        .withEntitySelectorConfig(new EntitySelectorConfig(TeamMeeting.class))
                        .withValueSelectorConfig(value("block")),
                factory(MeetingToFreeBlockMoveFactory.class, 1.0),
                factory(MakeRoomForMeetingMoveFactory.class, 1.0));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
    }

    private static ChangeMoveSelectorConfig lessonChange(String variable, double weight) {
        return new ChangeMoveSelectorConfig().withFixedProbabilityWeight(weight)
                .withEntitySelectorConfig(new EntitySelectorConfig(Lesson.class))
                .withValueSelectorConfig(value(variable));
    }

    /** Two lessons trade blocks, each keeping its room. */
    private static SwapMoveSelectorConfig lessonBlockSwap(double weight) {
        return new SwapMoveSelectorConfig().withFixedProbabilityWeight(weight)
                .withEntitySelectorConfig(new EntitySelectorConfig(Lesson.class))
                .withVariableNameIncludes("block");
    }

    private static CartesianProductMoveSelectorConfig lessonToBlockAndRoom() {
        return new CartesianProductMoveSelectorConfig().withFixedProbabilityWeight(1.0).withMoveSelectors(
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig(Lesson.class).withId("relocatedLesson"))
                        .withValueSelectorConfig(value("block")),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(mimic("relocatedLesson"))
                        .withValueSelectorConfig(value("room")));
    }

    private static MoveIteratorFactoryConfig factory(Class<? extends MoveIteratorFactory> type, double weight) {
        return new MoveIteratorFactoryConfig().withFixedProbabilityWeight(weight).withMoveIteratorFactoryClass(type);
    }

    private static EntitySelectorConfig mimic(String id) {
        return new EntitySelectorConfig().withMimicSelectorRef(id);
    }

    private static ValueSelectorConfig value(String variable) {
        return new ValueSelectorConfig().withVariableName(variable);
    }
}
