package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;

/**
 * Iterative forward search with conflict-based statistics over the blocks and rooms of lessons and the blocks
 * of meetings: the way classic course timetablers (UniTime's cpsolver among them) clear a tight week. It sees who
 * and what is where: a teacher, a student group or a room in two overlapping blocks is a conflict, and so is an
 * attendee of a meeting who teaches or meets during it. A teacher's or group's week that could no longer keep its
 * gaps, late starts and short days within limits with the lessons it has left to place is one too, as in FET
 * ({@link ActivityAssignment#conflicts}), and so is a lesson that would make them change building too soon or too
 * often ({@link ActivityAssignment#buildingConflicts}), a group's day past its maximum of lessons, or a group's
 * week whose days could no longer all reach their minimum. So are lessons of linked sections (SAME_START at
 * different starts, SAME_DAY on different days, NOT_OVERLAPPING at once), a teacher's lessons of a day beyond their
 * limits a day and in a row (teaching-load, teacher-lessons-in-a-row, teacher-tagged-lessons) and a day taught within
 * part of the day beyond its days ({@link IntervalCap}), and so is a lesson beside free periods that a week with no
 * period to spare needs for its lessons left ({@link FreeRuns}). Homeroom classes, singleton conflicts and the soft
 * rules are left to the local search that follows.
 *
 * <p>Its parts, as in cpsolver: the {@link ActivityModel} (activities, their domains and resources, built once from
 * the school), the {@link ActivityAssignment} (where each activity is now, and the best state so far), the
 * {@link ConflictStatistics} and the {@link PlaceSelection}; this class is the loop. Each iteration takes an
 * activity (a lesson or a meeting) without a place, gives it the place the selection chooses, and takes out the
 * activities it conflicts with there, counting each push in the statistics. Meetings of homeroom teachers keep
 * their block: whether their classes are away is not modelled here.
 */
final class ConflictDirectedSearch {

    private final ActivityModel model;
    private final ActivityAssignment assignment;
    private final ConflictStatistics statistics;
    private final PlaceSelection selection;
    private final Random random;
    /** Iterations without fewer left out after which the search shakes its week, and at most as often. */
    static final long STALL = 20_000;
    /** Activities a shake takes out. */
    static final int SHAKE_OUT = 20;

    private long iterations;
    private long lastShake;
    /** While true, meetings wait: one a lesson pushes out stays out of the schedule. */
    private boolean lessonsFirst;
    /** Per activity, how hard it is to place (higher: harder), when the hardest left out goes first; else null. */
    private long[] hardness;
    /** Blocks a meeting left out tries once the lessons are all placed, and iterations the lessons get each time. */
    private static final int TRIES_A_MEETING = 4;
    private static final long ITERATIONS_A_TRY = 1_000;
    /**
     * A search that leaves activities out sets meetings aside when a meeting fought lessons (pushed one out or was
     * pushed out by one) at least {@link #FOUGHT} times: then, after {@link #SET_ASIDE_AFTER} iterations without a
     * new best, the meeting that fought at least {@link #FOUGHT} times since the last was set aside; a set-aside
     * meeting gets {@link #ITERATIONS_BACK} iterations to come back once everything else is placed. On FET's
     * Highlands_Christian_School with subject teams, where meetings fight 10 times every 1,000 iterations, seeds 0-5
     * placed 31 meetings where they placed 27; on MHS_Covid_Final (36 fights in 66,666 iterations, which a rate of
     * one every 1,000 left to the lessons-first search) seed 1 places 11 of 11 where it placed 10.
     */
    private static final long SET_ASIDE_AFTER = 2_000;
    private static final int FOUGHT = 10;
    private static final long ITERATIONS_BACK = 10_000;
    /** While true, a stall sets a meeting aside. */
    private boolean settingAside;
    /** Per activity, whether it is a meeting set aside until everything else is placed; null until one is. */
    private boolean[] setAside;
    /** Per meeting, the lessons it pushed out or was pushed out by since the last meeting was set aside. */
    private int[] fights;

    ConflictDirectedSearch(School school, Random random) {
        this(school, random, Set.of(), Map.of());
    }

    /**
     * A search that also places the {@code waiting} meetings, which have no block yet, and keeps a team's meetings
     * out of the blocks {@code ruledOut} names for it (see {@link ActivityModel#of(School, Set, Map)}).
     */
    ConflictDirectedSearch(School school, Random random, Set<TeamMeeting> waiting, Map<Team, Set<Block>> ruledOut) {
        this.random = random;
        model = ActivityModel.of(school, waiting, ruledOut);
        assignment = new ActivityAssignment(model);
        statistics = new ConflictStatistics(model.activityCount(), model.blockCount());
        selection = new PlaceSelection(model, assignment, statistics, random);
        keepConflictFree();
    }

    /** Building the week from empty: soft days break ties only between places without conflicts. */
    void keepRandomTiesWherePlacesConflict() {
        selection.weighSoftDaysInFreePlacesOnly();
    }

    /**
     * Keeps the starting blocks that conflict with none kept before (fixed activities first, then in a re-solve
     * those still where the previous schedule had them, so that what construction placed anew gives way to them),
     * and leaves the other movable activities without a block, as those outside their domain or in a room closed
     * then. A fixed activity keeps its block even in conflict.
     */
    private void keepConflictFree() {
        for (int pass = 0; pass < 3; pass++) {
            for (int activity = 0; activity < model.activityCount(); activity++) {
                if (pass != keepingPass(activity)) {
                    continue;
                }
                int block = model.startBlock(activity);
                int room = model.startRoom(activity);
                if (!model.isMovable(activity)) {
                    if (block >= 0) {
                        assignment.place(activity, block, room);
                    }
                } else if (block >= 0 && (room >= 0 || model.roomDomain(activity).length == 0)
                        && model.mayTake(activity, block, room)
                        && assignment.conflicts(activity, block, room).isEmpty()) {
                    assignment.place(activity, block, room);
                } else {
                    assignment.leaveOut(activity);
                }
            }
        }
        assignment.recordIfBest();
    }

    /** Fixed activities are kept first, then those starting where a re-solve's previous schedule had them. */
    private int keepingPass(int activity) {
        if (!model.isMovable(activity)) {
            return 0;
        }
        int previous = model.previousBlock(activity);
        boolean atPrevious = previous >= 0 && model.startBlock(activity) == previous
                && (model.previousRoom(activity) < 0 || model.startRoom(activity) == model.previousRoom(activity));
        return atPrevious ? 1 : 2;
    }

    /**
     * Runs until every movable activity has a block without conflict, the phase is terminated, or
     * {@code patience} iterations have passed without fewer activities left out, or after {@code limit} iterations.
     * When some are left out and meetings kept fighting lessons, it searches on from the best state for up to half
     * the limit more, setting aside a meeting that keeps fighting lessons while the search stalls (largest team
     * first); once the rest is placed, the meetings set aside come back one at a time, then try blocks where they
     * are held. When some are still left out, it searches again from the best state with the lessons alone, for up
     * to half the limit more: the meetings left out stay out, and a meeting a lesson pushes out joins them.
     */
    void run(BooleanSupplier isTerminated, long patience, long limit) {
        fights = new int[model.activityCount()];
        search(isTerminated, patience, limit);
        if (assignment.bestLeftOutCount() == 0) {
            return;
        }
        if (Arrays.stream(fights).max().orElse(0) >= FOUGHT) {
            // Meetings and lessons kept pushing each other out: search on from the best state, setting aside the
            // meeting that fights most whenever the search stalls.
            assignment.restoreBest();
            rebuildLeftOut();
            Arrays.fill(fights, 0);
            settingAside = true;
            search(isTerminated, patience, iterations + Math.max(limit - iterations, limit / 2));
            settingAside = false;
            boolean complete = assignment.bestLeftOutCount() == 0;
            boolean anySetAside = setAside != null;
            if (complete && anySetAside) {
                bringBackSetAside(isTerminated, iterations + limit / 2);
            }
            setAside = null; // the held-block stage and the lessons-first search see every meeting left out
            if (complete) {
                if (anySetAside) {
                    placeMeetingsAroundLessons(isTerminated, iterations + limit / 2);
                }
                return;
            }
        }
        // Lessons first: meetings, each holding a team of teachers at once, can keep the search from completing
        // lessons it completes without them (FET's schools given subject teams). From the best state, the meetings
        // left out wait, and so does one a lesson pushes out; the lessons get their own share of the limit again.
        assignment.restoreBest();
        rebuildLeftOut();
        for (int position = assignment.leftOutCount() - 1; position >= 0; position--) {
            int activity = assignment.leftOut(position);
            if (!model.isLesson(activity)) {
                assignment.takeBack(activity);
            }
        }
        assignment.forgetBest();
        assignment.recordIfBest();
        lessonsFirst = true;
        search(isTerminated, patience, iterations + Math.max(limit - iterations, limit / 2));
        if (assignment.bestLeftOutCount() == 0) {
            placeMeetingsAroundLessons(isTerminated, iterations + limit / 2);
        }
        lessonsFirst = false;
    }

    /**
     * With every lesson and the meetings not set aside placed: each meeting set aside, fewest attendees first, goes
     * back among the activities to place, free to take any of its blocks, and the search has
     * {@link #ITERATIONS_BACK} iterations to place everything again; when it cannot, the week goes back and the
     * meeting stays out. Until {@code limit} iterations.
     */
    private void bringBackSetAside(BooleanSupplier isTerminated, long limit) {
        assignment.restoreBest();
        rebuildLeftOut();
        List<Integer> waiting = new ArrayList<>();
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (setAside[activity]) {
                waiting.add(activity);
            }
        }
        Collections.shuffle(waiting, random);
        waiting.sort(Comparator.comparingInt(meeting -> model.resourcesOf(meeting).length));
        for (int meeting : waiting) {
            if (iterations >= limit || isTerminated.getAsBoolean()) {
                return;
            }
            setAside[meeting] = false;
            assignment.leaveOut(meeting);
            assignment.forgetBest();
            assignment.recordIfBest();
            search(isTerminated, Long.MAX_VALUE, Math.min(limit, iterations + ITERATIONS_BACK));
            assignment.restoreBest();
            rebuildLeftOut();
            if (assignment.leftOutCount() > 0) {
                assignment.takeBack(meeting);
                setAside[meeting] = true;
                assignment.forgetBest();
                assignment.recordIfBest();
            }
        }
    }

    /**
     * Sets aside the movable meeting not set aside yet that fought lessons at least {@link #FOUGHT} times since the
     * last one was, of the largest team, then the most fights: the search goes back to its best state, without
     * that meeting, which stays out until the rest is placed. False when no meeting fought that often.
     */
    private boolean setAsideMostFought() {
        int chosen = -1;
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (!model.isLesson(activity) && model.isMovable(activity) && fights[activity] >= FOUGHT
                    && (setAside == null || !setAside[activity])
                    && (chosen < 0 || model.resourcesOf(activity).length > model.resourcesOf(chosen).length
                            || model.resourcesOf(activity).length == model.resourcesOf(chosen).length
                                    && fights[activity] > fights[chosen])) {
                chosen = activity;
            }
        }
        if (chosen < 0) {
            return false;
        }
        if (setAside == null) {
            setAside = new boolean[model.activityCount()];
        }
        setAside[chosen] = true;
        assignment.restoreBest();
        if (assignment.block(chosen) >= 0) {
            assignment.unplace(chosen);
        }
        rebuildLeftOut();
        Arrays.fill(fights, 0);
        assignment.forgetBest();
        assignment.recordIfBest();
        return true;
    }

    /**
     * With every lesson placed and meetings left out: each meeting left out in turn takes one of its blocks, the
     * ones where it pushes out the fewest lessons first, and is held there while the lessons it pushed out search
     * for other places, the meetings placed held too. Within {@link #TRIES_A_MEETING} blocks of
     * {@link #ITERATIONS_A_TRY} iterations each, the week with every lesson placed again and the meeting in is kept;
     * else the week goes back to what it was. Until {@code limit} iterations.
     */
    private void placeMeetingsAroundLessons(BooleanSupplier isTerminated, long limit) {
        assignment.restoreBest();
        rebuildLeftOut();
        List<Integer> waiting = new ArrayList<>();
        for (int position = assignment.leftOutCount() - 1; position >= 0; position--) {
            waiting.add(assignment.leftOut(position));
            assignment.takeBack(assignment.leftOut(position));
        }
        // Fewest attendees first: a small team's meeting takes the fewest lessons' periods, so more meetings fit.
        Collections.shuffle(waiting, random);
        waiting.sort(Comparator.comparingInt(meeting -> model.resourcesOf(meeting).length));
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (!model.isLesson(activity) && assignment.block(activity) >= 0) {
                selection.hold(activity);
            }
        }
        for (int meeting : waiting) {
            int[] blocks = blocksPushingFewestLessons(meeting);
            for (int tried = 0; tried < Math.min(TRIES_A_MEETING, blocks.length); tried++) {
                if (iterations >= limit || isTerminated.getAsBoolean()) {
                    selection.releaseAll();
                    return;
                }
                if (holdsAround(meeting, blocks[tried], isTerminated)) {
                    break;
                }
            }
        }
        selection.releaseAll();
    }

    /**
     * Places the meeting in the block, held, pushing out the lessons there, and searches for their places: true,
     * with the week kept, when every lesson is placed again; false, the week as it was, when not within
     * {@link #ITERATIONS_A_TRY} iterations.
     */
    private boolean holdsAround(int meeting, int block, BooleanSupplier isTerminated) {
        List<int[]> pushed = new ArrayList<>();
        for (int other : assignment.conflicts(meeting, block, -1)) {
            pushed.add(new int[] {other, assignment.block(other), assignment.room(other)});
        }
        for (int[] other : pushed) {
            selection.notePushedOut(other[0]);
            assignment.unplace(other[0]);
            assignment.leaveOut(other[0]);
        }
        assignment.place(meeting, block, -1);
        selection.hold(meeting);
        coverHeldBlock(meeting, block, pushed);
        search(isTerminated, Long.MAX_VALUE, iterations + ITERATIONS_A_TRY);
        if (assignment.leftOutCount() == 0) {
            assignment.forgetBest();
            assignment.recordIfBest();
            return true;
        }
        selection.release(meeting);
        assignment.restoreBest();
        while (assignment.leftOutCount() > 0) {
            assignment.takeBack(assignment.leftOut(assignment.leftOutCount() - 1));
        }
        return false;
    }

    /**
     * With the meeting held in the block and the lessons of its attendees there pushed out: the classes those lessons
     * left need a lesson of another teacher then. Chooses for every class at a lesson in the block one lesson of a
     * teacher not at the meeting, no teacher and no class twice, keeping as many of the lessons there as it can
     * ({@link PeriodCover}); each lesson so chosen moves into the block, and the lesson its class had there (or the
     * one pushed out) takes the block it left, pushing out what conflicts with it there for the search to place.
     */
    private void coverHeldBlock(int meeting, int block, List<int[]> pushed) {
        List<Integer> there = new ArrayList<>();
        for (int activity = 0; activity < model.activityCount(); activity++) {
            int at = assignment.block(activity);
            if (model.isLesson(activity) && at >= 0 && model.overlapping(block)[at]) {
                if (!model.block(at).getSlots().equals(model.block(block).getSlots())) {
                    return; // a lesson of another length overlaps the block: not this simple exchange
                }
                there.add(activity);
            }
        }
        List<Integer> classesLeft = new ArrayList<>();
        for (int[] other : pushed) {
            if (model.isLesson(other[0]) && model.block(other[1]).getSlots().equals(model.block(block).getSlots())) {
                classesLeft.add(other[0]);
            }
        }
        if (classesLeft.isEmpty()) {
            return;
        }
        PeriodCover cover = PeriodCover.of(model, assignment, meeting, block, there, classesLeft);
        if (cover == null) {
            return;
        }
        // Each chosen lesson leaves its block for the held one; the lessons it displaces go to the blocks it left.
        Map<Integer, Integer> leftBlock = new HashMap<>();
        Map<Integer, Integer> leftRoom = new HashMap<>();
        for (PeriodCover.Move move : cover.moves()) {
            leftBlock.put(move.incoming(), assignment.block(move.incoming()));
            leftRoom.put(move.incoming(), assignment.room(move.incoming()));
            assignment.unplace(move.incoming());
        }
        for (PeriodCover.Move move : cover.moves()) {
            for (int displaced : move.displaced()) {
                if (assignment.block(displaced) >= 0) {
                    assignment.unplace(displaced);
                    assignment.leaveOut(displaced);
                }
            }
        }
        for (PeriodCover.Move move : cover.moves()) {
            moveIn(move.incoming(), move.block(), roomFor(move.incoming(), -1, leftRoom.get(move.incoming())));
        }
        for (PeriodCover.Move move : cover.moves()) {
            int left = leftBlock.get(move.incoming());
            for (int displaced : move.displaced()) {
                int target = model.blockLike(displaced, left);
                if (assignment.block(displaced) < 0 && target >= 0) {
                    int room = roomFor(displaced, leftRoom.get(move.incoming()), -1);
                    ActivityList conflicts = assignment.conflicts(displaced, target, room);
                    if (!selection.holdsAny(conflicts) && conflicts.stream().allMatch(model::isMovable)) {
                        assignment.takeBack(displaced);
                        moveIn(displaced, target, room);
                    }
                }
            }
        }
    }

    /** Places the activity, pushing out what conflicts with it there. */
    private void moveIn(int activity, int block, int room) {
        List<Integer> conflicts = new ArrayList<>(assignment.conflicts(activity, block, room));
        for (int other : conflicts) {
            if (model.isMovable(other)) {
                selection.notePushedOut(other);
                assignment.unplace(other);
                assignment.leaveOut(other);
            }
        }
        assignment.place(activity, block, room);
    }

    /** The room a lesson takes in a swap: the one wanted when it may, else its own, none where it needs none. */
    private int roomFor(int activity, int wanted, int own) {
        int[] rooms = model.roomDomain(activity);
        if (rooms.length == 0) {
            return -1;
        }
        return wanted >= 0 && contains(rooms, wanted) ? wanted : own >= 0 ? own : rooms[0];
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The meeting's blocks where it clashes with no held or pinned activity nor a lesson with no other block, fewest
     * lessons pushed out first, ties at random.
     */
    private int[] blocksPushingFewestLessons(int meeting) {
        List<int[]> candidates = new ArrayList<>();
        for (int block : model.domain(meeting)) {
            List<Integer> conflicts = assignment.conflicts(meeting, block, -1);
            if (!selection.holdsAny(conflicts)
                    && conflicts.stream().allMatch(other -> model.isMovable(other) && model.domain(other).length > 1)) {
                candidates.add(new int[] {block, conflicts.size(), random.nextInt()});
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[1]).thenComparingInt(c -> c[2]));
        return candidates.stream().mapToInt(c -> c[0]).toArray();
    }

    /** After going back to the best state: every movable activity without a place is left out again. */
    private void rebuildLeftOut() {
        while (assignment.leftOutCount() > 0) {
            assignment.takeBack(assignment.leftOut(assignment.leftOutCount() - 1));
        }
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.isMovable(activity) && assignment.block(activity) < 0
                    && (setAside == null || !setAside[activity])) {
                assignment.leaveOut(activity);
            }
        }
    }

    private void search(BooleanSupplier isTerminated, long patience, long limit) {
        long lastImprovement = iterations;
        long lastSetAside = iterations;
        while (assignment.leftOutCount() > 0 && iterations - lastImprovement < patience && iterations < limit) {
            // Checked every iteration: one iteration on a school with a very large team can take milliseconds.
            if (isTerminated.getAsBoolean()) {
                break;
            }
            iterations++;
            if (settingAside && iterations - Math.max(lastImprovement, lastSetAside) >= SET_ASIDE_AFTER
                    && setAsideMostFought()) {
                lastSetAside = iterations;
                lastImprovement = iterations;
                continue; // the best state without the meeting may have nothing left out
            }
            if (iterations - lastImprovement >= STALL && iterations - lastShake >= STALL) {
                lastShake = iterations;
                shake();
            }
            int activity = hardness == null ? assignment.leftOut(random.nextInt(assignment.leftOutCount()))
                    : hardestLeftOut();
            PlaceSelection.Choice choice = selection.choose(activity);
            int block = choice.block();
            ActivityList conflicts = assignment.conflicts(activity, block, choice.room());
            if (selection.holdsAny(conflicts)) {
                continue; // a meeting held in its block stays there: the activity waits for another place
            }
            for (int i = 0; i < conflicts.size(); i++) {
                int other = conflicts.activity(i);
                if (!model.isMovable(other)) {
                    continue; // every place clashes with something pinned: that conflict is the repair's
                }
                statistics.countPush(activity, block, other, assignment.block(other));
                if (model.isLesson(activity) != model.isLesson(other)) {
                    fights[model.isLesson(activity) ? other : activity]++;
                }
                selection.notePushedOut(other);
                assignment.unplace(other);
                if (!lessonsFirst || model.isLesson(other)) {
                    assignment.leaveOut(other);
                }
            }
            assignment.takeBack(activity);
            assignment.place(activity, block, choice.room());
            if (assignment.recordIfBest()) {
                lastImprovement = iterations;
            }
        }
    }

    /**
     * Takes {@link #SHAKE_OUT} placed activities, at random, out of the week: a search stuck with one or two left out
     * escapes its circle. On FET's 2008-2009 it completed 5 of seeds 0-5 in 22,000 to 205,000 iterations, where
     * without it 2 of 6 did and the others kept one lesson out for 200,000 iterations.
     */
    private void shake() {
        List<Integer> placed = new ArrayList<>();
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.isMovable(activity) && assignment.block(activity) >= 0) {
                placed.add(activity);
            }
        }
        for (int taken = 0; taken < SHAKE_OUT && !placed.isEmpty(); taken++) {
            int activity = placed.remove(random.nextInt(placed.size()));
            assignment.unplace(activity);
            if (!lessonsFirst || model.isLesson(activity)) {
                assignment.leaveOut(activity);
            }
        }
    }

    /**
     * Each iteration takes the hardest activity left out, ties at random, instead of any at random: fewest blocks,
     * then the most activities holding its teachers and groups, then fewest rooms, as construction orders lessons.
     * From the empty week it takes 1.5 to 3 times fewer iterations (FET's StAndrewsPSY2016T2a and KPS).
     */
    void takeHardestFirst() {
        hardness = new long[model.activityCount()];
        for (int activity = 0; activity < hardness.length; activity++) {
            long load = 0;
            for (int resource : model.resourcesOf(activity)) {
                load += model.activitiesOf(resource).length;
            }
            hardness[activity] = -((long) model.domain(activity).length << 40) + (Math.min(load, 1L << 29) << 10)
                    + 1023 - Math.min(model.roomDomain(activity).length, 1023);
        }
    }

    private int hardestLeftOut() {
        int hardest = -1;
        int ties = 0;
        for (int position = 0; position < assignment.leftOutCount(); position++) {
            int activity = assignment.leftOut(position);
            if (hardest < 0 || hardness[activity] > hardness[hardest]) {
                hardest = activity;
                ties = 1;
            } else if (hardness[activity] == hardness[hardest] && random.nextInt(++ties) == 0) {
                hardest = activity;
            }
        }
        return hardest;
    }

    /** Movable activities left without a block in the best state found. */
    int unassignedCount() {
        return assignment.bestLeftOutCount();
    }

    long iterations() {
        return iterations;
    }

    /**
     * The places of the best state found for the movable activities placed there; those left out are not in the
     * map. Goes back to that state.
     */
    Map<Object, Place> placedInBest() {
        assignment.restoreBest();
        Map<Object, Place> result = new IdentityHashMap<>();
        putPlaced(result);
        return result;
    }

    /** Puts the place of each movable activity placed now. */
    private void putPlaced(Map<Object, Place> places) {
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.isMovable(activity) && assignment.block(activity) >= 0) {
                int room = assignment.room(activity);
                places.put(model.entity(activity), new Place(model.block(assignment.block(activity)),
                        room < 0 ? null : model.room(room)));
            }
        }
    }

    int activityCount() {
        return model.activityCount();
    }

    /** A lesson's or meeting's place: its block, and for a lesson its room (null where it keeps its own). */
    record Place(Block block, Room room) {
    }

    /**
     * The best state found, a place per movable lesson and meeting. A meeting left out there leaves the schedule
     * (a place without a block). A lesson left out gets the place where it conflicts with the fewest others; once
     * {@code isTerminated}, it keeps the place it had before the search (left out of the map), or, if it had none,
     * the first place it may take.
     */
    Map<Object, Place> bestPlaces(BooleanSupplier isTerminated) {
        List<Integer> leftOut = assignment.restoreBest();
        boolean outOfTime = false;
        Map<Object, Place> result = new IdentityHashMap<>();
        for (int activity : leftOut) {
            if (!model.isLesson(activity)) {
                // In the first block where it conflicts with nothing, else out of the schedule rather than where it
                // breaks a hard rule: the last phase may still put it where its attendees are free.
                int free = firstConflictFreeBlock(activity);
                if (free >= 0) {
                    assignment.place(activity, free, -1);
                } else {
                    result.put(model.entity(activity), new Place(null, null));
                }
                continue;
            }
            outOfTime = outOfTime || isTerminated.getAsBoolean();
            if (outOfTime) {
                // No time to weigh places: an activity keeps the place it had before; one without gets any.
                if (model.entity(activity) instanceof Lesson lesson
                        && (lesson.getBlock() == null || lesson.getRoom() == null)) {
                    assignment.place(activity, model.domain(activity)[0], selection.roomChoices(activity)[0]);
                }
                continue;
            }
            placeWithFewestConflicts(activity);
        }
        putPlaced(result);
        return result;
    }

    /** The first block of a meeting's domain where it conflicts with nothing placed, or -1. */
    private int firstConflictFreeBlock(int meeting) {
        for (int block : model.domain(meeting)) {
            if (assignment.conflicts(meeting, block, -1).isEmpty()) {
                return block;
            }
        }
        return -1;
    }

    /**
     * Places the activity where it conflicts with the fewest others, a room closed then counting as one more, the
     * first such place in domain order.
     */
    private void placeWithFewestConflicts(int activity) {
        long fewest = Long.MAX_VALUE;
        int bestBlock = model.domain(activity)[0];
        int bestRoom = -1;
        for (int block : model.domain(activity)) {
            for (int room : selection.roomChoices(activity)) {
                int count = assignment.conflicts(activity, block, room).size()
                        + (room >= 0 && !model.isRoomOpen(room, block) ? 1 : 0);
                if (count < fewest) {
                    fewest = count;
                    bestBlock = block;
                    bestRoom = room;
                }
            }
        }
        assignment.place(activity, bestBlock, bestRoom);
    }
}
