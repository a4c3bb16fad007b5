package org.commonplan.solver.moves;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Chooses the place (block, and room for a lesson) of an activity the search is placing: the one whose
 * conflicting activities weigh least, a pinned one most and a movable one more each time it was pushed from
 * there before ({@link ConflictStatistics}); a place that wastes periods a full week needs weighs as ten conflicts
 * a period. Among places that weigh the same it keeps a lesson in its room, keeps sections of one course apart and
 * the lessons of a section the days apart min_days_between_soft asks, keeps teachers' and groups' days compact,
 * puts teammates' lessons in the same periods; the rest of the ties are broken at random. In a re-solve each lesson
 * or meeting a place takes away from its previous place weighs as much as one conflict more ({@link #PERTURBATION}).
 * Now and then an activity that was pushed out before takes a random place instead.
 */
final class PlaceSelection {

    /** Chance that an activity pushed out before gets a random place of its own instead of the best one. */
    private static final double RANDOM_WALK = 0.02;
    /** Tie-break: a lesson leaving the room construction gave it (teachers keep their rooms). */
    private static final double ANOTHER_ROOM = 0.001;
    /**
     * Tie-breaks for the soft rules, far below one conflict: a section of the same course in the block costs, a
     * teammate teaching then too (so the team's free time stays common) pays.
     */
    private static final double SAME_COURSE = 0.01;
    private static final double TEAMMATE_TEACHING = 0.002;
    /**
     * Tie-break for min-days-between-soft, five times a section of the same course as the rule weighs five times as
     * much: each day missing between the lesson and another of its section costs. At most {@link #MAX_DAYS_SHORT}
     * in all, so however large the section it never weighs as much as one conflict.
     */
    private static final double DAY_SHORT = 0.05;
    private static final double MAX_DAYS_SHORT = 0.5;
    /**
     * A re-solve's minimal perturbation, as in cpsolver's MPP: each lesson or meeting a place takes away from where
     * the previous schedule had it weighs as much as a conflict more, whether it is the one being placed (in a block
     * other than its previous one) or one it pushes out of its previous place. Chains of exchanges then run through
     * what has moved already rather than through what has not.
     */
    static final double PERTURBATION = 1;
    /** What a clash with a pinned lesson or meeting weighs: it cannot be taken out. */
    private static final double PINNED = 1_000_000;
    /**
     * Tie-break for the shape of a teacher's or group's day ({@link ActivityModel.DayRules}): each hole, late start,
     * lesson short of a day's minimum or beyond its maximum or run the place adds costs, each it takes away pays.
     * Below a section of the same course, so it only chooses among places otherwise alike; with it the real
     * schools of FET's examples leave the search with a third to a half fewer broken day-shape rules.
     */
    static final double DAY_SHAPE = 0.003;
    /** At most this much in all: never as much as one section of the same course. */
    private static final double MAX_DAY_SHAPE = 0.0095;
    /**
     * What each period weighs that a place leaves its people's weeks short of, whichever lessons go
     * ({@link ActivityAssignment#shortOfRoom}): ten conflicts, so a place that wastes periods of a full week is taken
     * only over places that clash with many or were pushed from often (netura_2016-2017: benchmarks/RESULTS.md).
     */
    static final double SHORT_OF_ROOM = 10;
    private static final int[] NO_ROOM = {-1};
    /** Far above the rounding of a sum of weights, far below the smallest tie-break. */
    private static final double ROUNDING = 1e-6;

    /** A block index, and a room index or -1 for none. */
    record Choice(int block, int room) {
    }

    private final ActivityModel model;
    private final ActivityAssignment assignment;
    private final ConflictStatistics statistics;
    private final Random random;
    /** Whether the activity has been pushed out of a place by another: only those take a random place now and then. */
    private final boolean[] pushedOut;
    /** Per activity: whether it is held in its block, weighing as a pinned one ({@link #hold}). */
    private final boolean[] held;
    /** Per resource: the stamp of the last tie-break that counted it, so a teammate on two teams counts once. */
    private final int[] mateSeen;
    private int mateStamp;
    /** The room's holders during a block, kept to spare an array a call. */
    private final int[] roomHolders;
    /** Whether min-days-between-soft breaks ties only between places without conflicts (building the week). */
    private boolean softDaysInFreePlacesOnly;

    PlaceSelection(ActivityModel model, ActivityAssignment assignment, ConflictStatistics statistics, Random random) {
        this.model = model;
        this.assignment = assignment;
        this.statistics = statistics;
        this.random = random;
        pushedOut = new boolean[model.activityCount()];
        held = new boolean[model.activityCount()];
        mateSeen = new int[model.resourceCount()];
        roomHolders = new int[model.activityCount()];
    }

    /**
     * Building a week from empty, ties between places that push lessons out stay random: pushes that all went one
     * way made the search cycle (Horario_ISJ took three to six times the iterations to complete its week).
     */
    void weighSoftDaysInFreePlacesOnly() {
        softDaysInFreePlacesOnly = true;
    }

    /** A meeting held in its block: no other activity may push it out, as if it were pinned. */
    void hold(int activity) {
        held[activity] = true;
    }

    void release(int activity) {
        held[activity] = false;
    }

    void releaseAll() {
        Arrays.fill(held, false);
    }

    /** Whether one of the activities is held in its block. */
    boolean holdsAny(List<Integer> activities) {
        for (int activity : activities) {
            if (held[activity]) {
                return true;
            }
        }
        return false;
    }

    void notePushedOut(int activity) {
        pushedOut[activity] = true;
    }

    /** The block and room with the lightest conflicts, ties broken at random. */
    Choice choose(int activity) {
        int[] domain = model.domain(activity);
        int[] roomDomain = model.roomDomain(activity);
        if (pushedOut[activity] && random.nextDouble() < RANDOM_WALK) {
            int block = domain[random.nextInt(domain.length)];
            int room = roomDomain.length == 0 ? -1 : roomDomain[random.nextInt(roomDomain.length)];
            // A room closed then, or a pinned or held activity there, is no place to walk to: the best place
            // instead. Walking onto a pinned lesson left it there, placed in conflict, for the repairs to find.
            if ((room < 0 || model.isRoomOpen(room, block)) && !clashesWithFixed(assignment.conflicts(activity, block,
                    room))) {
                return new Choice(block, room);
            }
        }
        int bestBlock = -1;
        int bestRoom = -1;
        double bestWeight = Double.MAX_VALUE;
        int ties = 0;
        double lowestTieBreak = lowestTieBreak(activity);
        for (int block : domain) {
            // Each clash weighs one at least: a block whose clashes alone outweigh the best place is passed over
            // without its other tests, as it would be after them.
            if (assignment.fewestClashes(activity, block) + lowestTieBreak > bestWeight + ROUNDING) {
                continue;
            }
            double conflictWeight = weigh(activity, block, assignment.conflicts(activity, block, -1))
                    + assignment.shortOfRoom() * SHORT_OF_ROOM;
            double blockWeight = conflictWeight
                    + softTieBreak(activity, block, conflictWeight == 0 || !softDaysInFreePlacesOnly)
                    + dayShape(activity, block);
            if (blockWeight > bestWeight) {
                continue;
            }
            for (int room : roomChoices(activity)) {
                if (room >= 0 && !model.isRoomOpen(room, block)) {
                    continue;
                }
                double weight = withRoom(blockWeight, activity, block, room);
                if (weight < bestWeight) {
                    bestBlock = block;
                    bestRoom = room;
                    bestWeight = weight;
                    ties = 1;
                } else if (weight == bestWeight && random.nextInt(++ties) == 0) {
                    bestBlock = block;
                    bestRoom = room;
                }
            }
        }
        if (bestBlock == -1) {
            // Every suitable room is closed in every block: place it without a room check.
            return new Choice(domain[random.nextInt(domain.length)], roomDomain[0]);
        }
        return new Choice(bestBlock, bestRoom);
    }

    /**
     * The least the tie-breaks of {@link #softTieBreak} and {@link #dayShape} can add to a lesson's place: each
     * teammate teaching then and the day-shape rules can take a little off.
     */
    private double lowestTieBreak(int activity) {
        if (!model.isLesson(activity)) {
            return 0;
        }
        int mates = 0;
        for (int team : model.teamsOf(activity)) {
            mates += model.teamMembers(team).length;
        }
        return -MAX_DAY_SHAPE - mates * TEAMMATE_TEACHING;
    }

    /**
     * The block's weight with what the room adds: leaving the room construction gave, the lessons its building
     * would take out, and the lessons held there then that the block's conflicts (just found) left out. Added up in
     * this order, so equal places tie exactly.
     */
    private double withRoom(double blockWeight, int activity, int block, int room) {
        double weight = blockWeight + (room == model.startRoom(activity) ? 0 : ANOTHER_ROOM);
        if (room >= 0 && model.buildingOf(room) >= 0) {
            // Lessons of its teachers and groups next to it in another building, taken out for the walk.
            for (int other : assignment.buildingConflicts(activity, block, room)) {
                weight += weightOf(activity, block, other);
            }
        }
        if (room < 0 || !assignment.isRoomTakenDuring(room, block)) {
            return weight;
        }
        int holders = assignment.holdersDuring(room, block, roomHolders);
        for (int i = 0; i < holders; i++) {
            int other = roomHolders[i];
            // A movable lesson that clashes by teacher or group too goes out once; a pinned one stays, clashing twice.
            if (!assignment.foundByLastConflicts(other) || !model.isMovable(other)) {
                weight += weightOf(activity, block, other);
            }
        }
        return weight;
    }

    /** The rooms to try: the activity's suitable rooms, or only "no room" (-1) for a meeting or a roomless lesson. */
    int[] roomChoices(int activity) {
        int[] roomDomain = model.roomDomain(activity);
        return roomDomain.length == 0 ? NO_ROOM : roomDomain;
    }

    /** Whether any of the activities is pinned or held in its block. */
    private boolean clashesWithFixed(ActivityList conflicts) {
        for (int i = 0; i < conflicts.size(); i++) {
            int other = conflicts.activity(i);
            if (!model.isMovable(other) || held[other]) {
                return true;
            }
        }
        return false;
    }

    private double weigh(int activity, int block, ActivityList conflicts) {
        double weight = 0;
        for (int i = 0; i < conflicts.size(); i++) {
            weight += weightOf(activity, block, conflicts.activity(i));
        }
        return weight;
    }

    /** A fixed activity is not to be moved; a movable one weighs more each time it was pushed from there before. */
    private double weightOf(int activity, int block, int other) {
        if (!model.isMovable(other) || held[other]) {
            return PINNED;
        }
        return 1 + statistics.pushes(activity, block, other, assignment.block(other))
                + (assignment.atPrevious(other) ? PERTURBATION : 0);
    }

    /**
     * What placing the lesson in the block adds to the day-shape rules its teachers and groups break that day
     * (negative when it takes some away), times {@link #DAY_SHAPE}, within {@link #MAX_DAY_SHAPE}.
     */
    double dayShape(int activity, int block) {
        int day = model.dayOf(block);
        int first = model.firstPeriod(block);
        if (!model.isLesson(activity) || day < 0 || first < 0 || model.lastPeriod(block) >= Long.SIZE) {
            return 0;
        }
        long added = (-1L >>> (Long.SIZE - 1 - model.lastPeriod(block) + first)) << first;
        int change = 0;
        for (int resource : model.resourcesOf(activity)) {
            ActivityModel.DayRules rules = model.dayRules(resource);
            if (rules != null) {
                long taken = periodsTaken(resource, day);
                change += rules.cost(day, taken | added) - rules.cost(day, taken);
            }
        }
        return Math.max(-MAX_DAY_SHAPE, Math.min(MAX_DAY_SHAPE, change * DAY_SHAPE));
    }

    /**
     * The CLASS periods of the day the resource's placed single-day lessons take, as bits: kept up to date by the
     * assignment for everyone with day-shape rules.
     */
    private long periodsTaken(int resource, int day) {
        if (assignment.knowsPeriodsTaken(resource)) {
            return assignment.periodsTaken(resource, day);
        }
        long taken = 0;
        for (int other : model.activitiesOf(resource)) {
            int block = assignment.block(other);
            if (block >= 0 && model.isLesson(other) && model.dayOf(block) == day && model.firstPeriod(block) >= 0
                    && model.lastPeriod(block) < Long.SIZE) {
                int first = model.firstPeriod(block);
                taken |= (-1L >>> (Long.SIZE - 1 - model.lastPeriod(block) + first)) << first;
            }
        }
        return taken;
    }

    private double softTieBreak(int activity, int block, boolean weighSoftDays) {
        double previous = model.leavesPrevious(activity, block) ? PERTURBATION : 0;
        if (!model.isLesson(activity)) {
            return previous;
        }
        boolean[] overlaps = model.overlapping(block);
        double tieBreak = 0;
        Object section = model.section(activity);
        int apart = !weighSoftDays || model.dayOf(block) < 0 ? 0 : model.softDaysApart(activity);
        int daysShort = 0;
        for (int other : model.courseLessons(activity)) {
            int otherBlock = assignment.block(other);
            if (otherBlock < 0) {
                continue;
            }
            if (model.section(other) != section) {
                tieBreak += overlaps[otherBlock] ? SAME_COURSE : 0;
            } else if (apart > 0 && other != activity && model.dayOf(otherBlock) >= 0) {
                daysShort += Math.max(0, apart - Math.abs(model.dayOf(block) - model.dayOf(otherBlock)));
            }
        }
        tieBreak += Math.min(MAX_DAYS_SHORT, daysShort * DAY_SHORT);
        // A teammate is anyone who shares a team with one of the lesson's staff, other than that staff member.
        mateStamp++;
        for (int staff : model.resourcesOf(activity)) {
            for (int team : model.teamsOf(activity)) {
                if (!isMember(team, staff)) {
                    continue;
                }
                for (int mate : model.teamMembers(team)) {
                    if (mate == staff || mateSeen[mate] == mateStamp) {
                        continue;
                    }
                    mateSeen[mate] = mateStamp;
                    if (teachesDuring(mate, overlaps)) {
                        tieBreak -= TEAMMATE_TEACHING;
                    }
                }
            }
        }
        return previous + tieBreak;
    }

    /** Whether the resource has a lesson placed in a block the given overlaps mark. */
    private boolean teachesDuring(int resource, boolean[] overlaps) {
        for (int other : model.activitiesOf(resource)) {
            if (model.isLesson(other) && assignment.block(other) >= 0 && overlaps[assignment.block(other)]) {
                return true;
            }
        }
        return false;
    }

    private boolean isMember(int team, int resource) {
        for (int member : model.teamMembers(team)) {
            if (member == resource) {
                return true;
            }
        }
        return false;
    }
}
