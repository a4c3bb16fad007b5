package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.commonplan.domain.BuildingLimits;

/**
 * Where each activity of an {@link ActivityModel} is during the search: its block and room (-1: none), the
 * activities in each room, the movable activities left out, and the best state so far (the fewest left out).
 * It also finds the placed activities an activity would conflict with in a block and room.
 */
final class ActivityAssignment {

    private final ActivityModel model;
    private final int[] block;
    private final int[] room;
    /**
     * Per room and block: how many of the room's activities are in a block overlapping it. Most rooms are free in
     * most blocks, and this says so without going through the room's activities.
     */
    private final int[][] roomTaken;
    /**
     * Per resource and block: how many of its activities are placed in a block overlapping it. A teacher or group
     * free then clashes with nothing, and the search need not go through their activities.
     */
    private final int[][] resourceTaken;
    /**
     * Per resource and block: the last activity holding it placed in exactly that block, as a holding (-1: none);
     * per holding (an activity's {@code k}-th resource is holding {@code firstHolding[activity] + k}), the one
     * placed there before it, and its activity. The clashes of a block are read from the blocks overlapping it
     * instead of from every activity of the teacher or group.
     */
    private final int[][] lastHoldingInBlock;
    private final int[] earlierHolding;
    private final int[] firstHolding;
    private final int[] activityOfHolding;
    /** The clashes one resource has in a block, kept to spare an array a call. */
    private final int[] clashScratch;
    /**
     * Per room and block: the last activity placed in the room in exactly that block (-1: none), and per activity
     * the one placed there before it; per activity, when it was placed (counting places), which orders a room's
     * holders in the order they came.
     */
    private final int[][] lastInRoomBlock;
    private final int[] earlierInRoomBlock;
    private final long[] placedAt;
    private long places;
    /** Per block: the blocks that overlap it, itself among them. */
    private final int[][] overlappingBlocks;
    /** The movable activities without a place, and each one's position in that list (-1: placed). */
    private final List<Integer> leftOut = new ArrayList<>();
    private final int[] positionInLeftOut;
    private final int[] bestBlock;
    private final int[] bestRoom;
    private int bestLeftOutCount = Integer.MAX_VALUE;
    /** Lessons on the left-out list, and in the best state saved: a lesson left out counts before any meeting. */
    private int leftOutLessons;
    private int bestLeftOutLessons = Integer.MAX_VALUE;
    /** Per activity: the stamp of the last {@link #conflicts} call that looked at it, and that found it. */
    private final int[] seen;
    private final int[] inConflict;
    private int stamp;
    /** Per activity: the stamp of the last {@link #buildingConflicts} call that took it out. */
    private final int[] takenForBuildings;
    private int buildingStamp;
    private final MinGapMates minGapMates;
    private final FreeRuns freeRuns;
    /** Per day: the periods a week test takes as taken, kept to spare an array a call. */
    private final long[] takenScratch;
    /** The holders {@link #holdersDuring} finds for the conflicts, kept to spare an array a call. */
    private final int[] roomHoldersScratch;
    /** What the last {@link #conflicts} call found: each call fills it anew. */
    private final ActivityList found = new ActivityList();
    /** Periods the last {@link #conflicts} call's place leaves its people's weeks short of, whatever goes. */
    private int shortOfRoom;
    /** The periods each tested week's placed lessons take, and what its lessons without a place need. */
    private final WeekLoads weekLoads;
    /** The lessons a week test leaves out of a person's periods taken, kept to spare an array a call. */
    private final int[] leftOutOfWeek;

    ActivityAssignment(ActivityModel model) {
        this.model = model;
        minGapMates = MinGapMates.of(model);
        freeRuns = FreeRuns.of(model);
        takenScratch = new long[model.dayCount()];
        weekLoads = new WeekLoads(model, freeRuns);
        int count = model.activityCount();
        leftOutOfWeek = new int[count + 1];
        block = new int[count];
        room = new int[count];
        bestBlock = new int[count];
        bestRoom = new int[count];
        positionInLeftOut = new int[count];
        seen = new int[count];
        inConflict = new int[count];
        takenForBuildings = new int[count];
        roomTaken = new int[model.roomCount()][model.blockCount()];
        resourceTaken = new int[model.resourceCount()][model.blockCount()];
        lastHoldingInBlock = new int[model.resourceCount()][model.blockCount()];
        for (int[] blocks : lastHoldingInBlock) {
            java.util.Arrays.fill(blocks, -1);
        }
        firstHolding = new int[count];
        int holdings = 0;
        for (int activity = 0; activity < count; activity++) {
            firstHolding[activity] = holdings;
            holdings += model.resourcesOf(activity).length;
        }
        earlierHolding = new int[holdings];
        activityOfHolding = new int[holdings];
        for (int activity = 0; activity < count; activity++) {
            for (int k = 0; k < model.resourcesOf(activity).length; k++) {
                activityOfHolding[firstHolding[activity] + k] = activity;
            }
        }
        clashScratch = new int[count];
        lastInRoomBlock = new int[model.roomCount()][model.blockCount()];
        for (int[] blocks : lastInRoomBlock) {
            java.util.Arrays.fill(blocks, -1);
        }
        earlierInRoomBlock = new int[count];
        placedAt = new long[count];
        roomHoldersScratch = new int[count];
        overlappingBlocks = new int[model.blockCount()][];
        for (int b = 0; b < model.blockCount(); b++) {
            boolean[] overlaps = model.overlapping(b);
            overlappingBlocks[b] = IntStream.range(0, overlaps.length).filter(o -> overlaps[o])
                    .toArray();
        }
        for (int activity = 0; activity < count; activity++) {
            block[activity] = -1;
            room[activity] = -1;
            positionInLeftOut[activity] = -1;
        }
    }

    /** The activity's block, -1 when it has none. */
    int block(int activity) {
        return block[activity];
    }

    int room(int activity) {
        return room[activity];
    }

    /** Whether the activity is where a re-solve's previous schedule had it (block, and room when it had one). */
    boolean atPrevious(int activity) {
        int previous = model.previousBlock(activity);
        return previous >= 0 && block[activity] == previous
                && (model.previousRoom(activity) < 0 || room[activity] == model.previousRoom(activity));
    }

    void place(int activity, int block, int room) {
        this.block[activity] = block;
        this.room[activity] = room;
        weekLoads.place(activity, block);
        int[] resources = model.resourcesOf(activity);
        for (int k = 0; k < resources.length; k++) {
            for (int overlapping : overlappingBlocks[block]) {
                resourceTaken[resources[k]][overlapping]++;
            }
            int holding = firstHolding[activity] + k;
            earlierHolding[holding] = lastHoldingInBlock[resources[k]][block];
            lastHoldingInBlock[resources[k]][block] = holding;
        }
        if (room >= 0) {
            earlierInRoomBlock[activity] = lastInRoomBlock[room][block];
            lastInRoomBlock[room][block] = activity;
            placedAt[activity] = ++places;
            for (int overlapping : overlappingBlocks[block]) {
                roomTaken[room][overlapping]++;
            }
        }
    }

    void unplace(int activity) {
        if (block[activity] >= 0) {
            weekLoads.unplace(activity, block[activity]);
            int[] resources = model.resourcesOf(activity);
            for (int k = 0; k < resources.length; k++) {
                for (int overlapping : overlappingBlocks[block[activity]]) {
                    resourceTaken[resources[k]][overlapping]--;
                }
                unlink(firstHolding[activity] + k, lastHoldingInBlock[resources[k]], earlierHolding,
                        block[activity]);
            }
        }
        if (room[activity] >= 0) {
            unlink(activity, lastInRoomBlock[room[activity]], earlierInRoomBlock, block[activity]);
            for (int overlapping : overlappingBlocks[block[activity]]) {
                roomTaken[room[activity]][overlapping]--;
            }
        }
        block[activity] = -1;
        room[activity] = -1;
    }

    /**
     * Takes {@code entry} out of the block's chain: {@code last[block]} is the chain's newest entry and
     * {@code earlier[entry]} the one placed before it (-1: none).
     */
    private static void unlink(int entry, int[] last, int[] earlier, int block) {
        if (last[block] == entry) {
            last[block] = earlier[entry];
            return;
        }
        int later = last[block];
        while (earlier[later] != entry) {
            later = earlier[later];
        }
        earlier[later] = earlier[entry];
    }

    /**
     * Fills {@code holders} with the activities placed in the room in a block overlapping {@code block}, in the
     * order they were placed, and returns how many: the room's other holders cannot clash then.
     */
    int holdersDuring(int room, int block, int[] holders) {
        int count = 0;
        if (roomTaken[room][block] == 0) {
            return 0;
        }
        for (int overlapping : overlappingBlocks[block]) {
            for (int holder = lastInRoomBlock[room][overlapping]; holder >= 0; holder = earlierInRoomBlock[holder]) {
                // Kept in place order: each one goes after those placed before it.
                int position = count++;
                while (position > 0 && placedAt[holders[position - 1]] > placedAt[holder]) {
                    holders[position] = holders[position - 1];
                    position--;
                }
                holders[position] = holder;
            }
        }
        return count;
    }

    /**
     * Fills {@link #clashScratch} with the resource's activities placed in a block overlapping {@code block}, in the
     * order of {@link ActivityModel#activitiesOf} (by index), and returns how many.
     */
    private int clashesOf(int resource, int block) {
        int count = 0;
        for (int overlapping : overlappingBlocks[block]) {
            for (int holding = lastHoldingInBlock[resource][overlapping]; holding >= 0;
                    holding = earlierHolding[holding]) {
                int other = activityOfHolding[holding];
                int position = count++;
                while (position > 0 && clashScratch[position - 1] > other) {
                    clashScratch[position] = clashScratch[position - 1];
                    position--;
                }
                clashScratch[position] = other;
            }
        }
        return count;
    }

    /**
     * The fewest placed activities {@code activity} clashes with in the block by teacher, group or attendee: the
     * most any one of its resources has placed then. Read from counts, without finding them.
     */
    int fewestClashes(int activity, int block) {
        boolean itselfThen = this.block[activity] >= 0 && model.overlapping(block)[this.block[activity]];
        int most = 0;
        for (int resource : model.resourcesOf(activity)) {
            most = Math.max(most, resourceTaken[resource][block] - (itselfThen ? 1 : 0));
        }
        return most;
    }

    /** Whether an activity placed in the room is there during some of the block. */
    boolean isRoomTakenDuring(int room, int block) {
        return roomTaken[room][block] > 0;
    }

    int leftOutCount() {
        return leftOut.size();
    }

    int leftOut(int position) {
        return leftOut.get(position);
    }

    void leaveOut(int activity) {
        positionInLeftOut[activity] = leftOut.size();
        leftOut.add(activity);
        if (model.isLesson(activity)) {
            leftOutLessons++;
        }
    }

    /** Takes the activity off the left-out list; the last one takes its position. */
    void takeBack(int activity) {
        int position = positionInLeftOut[activity];
        int last = leftOut.remove(leftOut.size() - 1);
        if (last != activity) {
            leftOut.set(position, last);
            positionInLeftOut[last] = position;
        }
        positionInLeftOut[activity] = -1;
        if (model.isLesson(activity)) {
            leftOutLessons--;
        }
    }

    /**
     * Saves the current places when fewer lessons are left out than ever before, or as few and fewer activities;
     * says whether it did. A lesson left out is a broken hard rule, a meeting left out only a meeting less.
     */
    boolean recordIfBest() {
        if (leftOutLessons > bestLeftOutLessons
                || leftOutLessons == bestLeftOutLessons && leftOut.size() >= bestLeftOutCount) {
            return false;
        }
        bestLeftOutLessons = leftOutLessons;
        bestLeftOutCount = leftOut.size();
        System.arraycopy(block, 0, bestBlock, 0, block.length);
        System.arraycopy(room, 0, bestRoom, 0, room.length);
        return true;
    }

    int bestLeftOutCount() {
        return bestLeftOutCount;
    }

    /** Forgets the best state saved, so that the next {@link #recordIfBest} saves the current one. */
    void forgetBest() {
        bestLeftOutCount = Integer.MAX_VALUE;
        bestLeftOutLessons = Integer.MAX_VALUE;
    }

    /**
     * Goes back to the best places saved and returns the movable activities without one there. The left-out list
     * is not brought back: the search is over.
     */
    List<Integer> restoreBest() {
        for (int activity = 0; activity < block.length; activity++) {
            if (block[activity] >= 0) {
                unplace(activity);
            }
        }
        List<Integer> withoutPlace = new ArrayList<>();
        for (int activity = 0; activity < block.length; activity++) {
            if (bestBlock[activity] >= 0) {
                place(activity, bestBlock[activity], bestRoom[activity]);
            } else if (model.isMovable(activity)) {
                withoutPlace.add(activity);
            }
        }
        return withoutPlace;
    }

    /**
     * The placed activities that would conflict with {@code activity} in {@code block} and {@code room} (-1: by
     * teacher, group or attendee only): they share a resource (a NOT_OVERLAPPING link among them) or the room in an
     * overlapping block, they are SAME_START mates at another start or SAME_DAY mates on another day, they are
     * lessons of one course the block's day would crowd (its spread mates), lessons at the end of a teacher's or
     * group's day whose week could no longer be completed within its gaps, late starts and short days, a teacher's
     * lessons of the day beyond their limits on lessons a day and in a row, a lesson beside free periods too few for
     * any lesson left when the week needs them ({@link FreeRuns}), or, in a room with a building, lessons next to it
     * in another building ({@link #buildingConflicts}). What the place wastes of a full week whatever goes,
     * {@link #shortOfRoom} says. The list is this assignment's own, filled anew by the next call.
     */
    ActivityList conflicts(int activity, int block, int room) {
        ActivityList found = this.found;
        found.clear();
        stamp++;
        seen[activity] = stamp;
        shortOfRoom = 0;
        for (int resource : model.resourcesOf(activity)) {
            if (resourceTaken[resource][block] == 0) {
                continue; // free then: none of theirs clashes
            }
            int clashes = clashesOf(resource, block);
            for (int i = 0; i < clashes; i++) {
                int other = clashScratch[i];
                if (seen[other] != stamp) {
                    seen[other] = stamp;
                    inConflict[other] = stamp;
                    found.add(other);
                }
            }
        }
        for (int mate : model.startMates(activity)) {
            // A SAME_START mate placed at another start: it cannot stay there once this one starts here.
            if (inConflict[mate] != stamp && this.block[mate] >= 0
                    && model.startSlot(this.block[mate]) != model.startSlot(block)) {
                addConflict(mate, found);
            }
        }
        for (int mate : model.dayMates(activity)) {
            // A SAME_DAY mate started on another day: it cannot stay there once this one starts on this day.
            if (inConflict[mate] != stamp && this.block[mate] >= 0
                    && model.startDay(this.block[mate]) != model.startDay(block)) {
                addConflict(mate, found);
            }
        }
        int day = model.dayOf(block);
        if (day >= 0) {
            int[] mates = model.spreadMates(activity);
            int[] gaps = model.spreadGaps(activity);
            for (int i = 0; i < mates.length; i++) {
                int other = mates[i];
                // Seen already as a resource-mate in another timeslot does not clear it: compare days.
                if (inConflict[other] != stamp && this.block[other] >= 0 && model.dayOf(this.block[other]) >= 0
                        && Math.abs(model.dayOf(this.block[other]) - day) < gaps[i]) {
                    addConflict(other, found);
                }
            }
        }
        if (day >= 0) {
            int[] gapMates = minGapMates.matesOf(activity);
            for (int i = 0; i < gapMates.length; i++) {
                int other = gapMates[i];
                if (inConflict[other] != stamp && this.block[other] >= 0
                        && minGapMates.tooClose(model, activity, i, block, this.block[other])) {
                    addConflict(other, found);
                }
            }
        }
        if (day >= 0) {
            for (ActivityModel.Crowd crowd : model.crowdsOf(activity)) {
                crowdOut(activity, crowd, day, found);
            }
        }
        if (day >= 0 && model.isLesson(activity)) {
            for (int resource : model.resourcesOf(activity)) {
                if (model.maxDays(resource) > 0) {
                    freeADay(resource, day, found);
                }
            }
        }
        // A day's caps come before the week test, which then judges the day as they leave it.
        if (day >= 0 && model.isLesson(activity) && model.firstPeriod(block) >= 0) {
            for (int resource : model.resourcesOf(activity)) {
                for (ActivityModel.DailyCap cap : model.dailyCaps(resource)) {
                    if (cap.counts(activity)) {
                        keepWithinDailyCap(activity, block, cap, found);
                    }
                }
            }
        }
        if (day >= 0 && model.isLesson(activity) && model.firstPeriod(block) >= 0) {
            for (int resource : model.resourcesOf(activity)) {
                for (IntervalCap interval : model.intervalCaps(resource)) {
                    if (interval.touches(day, bits(block))) {
                        keepIntervalDays(activity, resource, interval, day, found);
                    }
                }
            }
        }
        if (day >= 0 && model.isLesson(activity) && model.firstPeriod(block) >= 0) {
            for (int resource : model.resourcesOf(activity)) {
                ActivityModel.DayRules rules = model.dayRules(resource);
                if (rules != null && (rules.gaps() || rules.lateStarts() || rules.minLessons() > 0
                        || rules.minOnFreeDays() && rules.maxLessons() >= 0)) {
                    keepWeekCompletable(activity, block, resource, rules, found);
                }
            }
        }
        if (day >= 0 && model.isLesson(activity) && model.firstPeriod(block) >= 0) {
            for (int resource : model.resourcesOf(activity)) {
                if (freeRuns.weighs(resource)) {
                    shortOfRoom += keepRoomForLessonsLeft(activity, block, resource, found);
                }
            }
        }
        if (room >= 0 && day >= 0 && model.buildingOf(room) >= 0) {
            for (int other : buildingConflicts(activity, block, room)) {
                addConflict(other, found);
            }
        }
        if (room >= 0 && isRoomTakenDuring(room, block)) {
            int holders = holdersDuring(room, block, roomHoldersScratch);
            for (int i = 0; i < holders; i++) {
                int other = roomHoldersScratch[i];
                if (seen[other] != stamp) {
                    addConflict(other, found);
                }
            }
        }
        return found;
    }

    /**
     * A teacher at their days a week who would teach on a new {@code day}: their lessons of the day with the fewest
     * (movable ones only, the first such day in the week) join the conflicts.
     */
    private void freeADay(int resource, int day, ActivityList found) {
        int[] perDay = new int[model.dayCount()];
        boolean[] pinnedDay = new boolean[model.dayCount()];
        for (int other : model.activitiesOf(resource)) {
            int otherDay = block[other] >= 0 && model.isLesson(other) ? model.dayOf(block[other]) : -1;
            if (otherDay >= 0) {
                perDay[otherDay]++;
                pinnedDay[otherDay] |= !model.isMovable(other);
            }
        }
        int daysTaught = 0;
        for (int count : perDay) {
            daysTaught += count > 0 ? 1 : 0;
        }
        if (perDay[day] > 0 || daysTaught < model.maxDays(resource)) {
            return;
        }
        int lightest = -1;
        for (int d = 0; d < perDay.length; d++) {
            if (perDay[d] > 0 && !pinnedDay[d] && (lightest < 0 || perDay[d] < perDay[lightest])) {
                lightest = d;
            }
        }
        if (lightest < 0) {
            return; // every day taught holds a pinned lesson: the repair sees to it
        }
        for (int other : model.activitiesOf(resource)) {
            if (inConflict[other] != stamp && block[other] >= 0 && model.isLesson(other)
                    && model.dayOf(block[other]) == lightest) {
                addConflict(other, found);
            }
        }
    }

    /**
     * A teacher who would teach within the interval on a day more than it allows: their lessons within it on the
     * other day that holds the fewest, none pinned, join the conflicts, until the days are within the limit.
     */
    private void keepIntervalDays(int activity, int resource, IntervalCap interval, int day, ActivityList found) {
        long[] taken = new long[model.dayCount()];
        for (int other : model.activitiesOf(resource)) {
            int otherBlock = this.block[other];
            if (other != activity && model.isLesson(other) && otherBlock >= 0 && inConflict[other] != stamp
                    && model.firstPeriod(otherBlock) >= 0) {
                taken[model.dayOf(otherBlock)] |= bits(otherBlock);
            }
        }
        while (!interval.touches(day, taken[day])) {
            int days = 0;
            for (int other = 0; other < taken.length; other++) {
                days += other != day && interval.touches(other, taken[other]) ? 1 : 0;
            }
            if (days < interval.maxDays()) {
                return;
            }
            int[] within = new int[taken.length];
            boolean[] pinned = new boolean[taken.length];
            for (int other : model.activitiesOf(resource)) {
                int otherBlock = this.block[other];
                if (other == activity || !model.isLesson(other) || otherBlock < 0 || inConflict[other] == stamp
                        || model.firstPeriod(otherBlock) < 0
                        || !interval.touches(model.dayOf(otherBlock), bits(otherBlock))) {
                    continue;
                }
                within[model.dayOf(otherBlock)]++;
                pinned[model.dayOf(otherBlock)] |= !model.isMovable(other);
            }
            int lightest = -1;
            for (int other = 0; other < taken.length; other++) {
                if (other != day && within[other] > 0 && !pinned[other]
                        && (lightest < 0 || within[other] < within[lightest])) {
                    lightest = other;
                }
            }
            if (lightest < 0) {
                return; // every other day within the interval holds a pinned lesson: the repair sees to it
            }
            for (int other : model.activitiesOf(resource)) {
                if (isMovableLessonOn(other, activity, lightest)
                        && interval.touches(lightest, bits(this.block[other]))) {
                    pushOutForLimits(other, taken, found);
                }
            }
        }
    }

    /** Whether {@code other} is a placed movable lesson on the day, not {@code activity} and not found already. */
    private boolean isMovableLessonOn(int other, int activity, int day) {
        int otherBlock = this.block[other];
        return other != activity && model.isMovable(other) && model.isLesson(other) && otherBlock >= 0
                && inConflict[other] != stamp && model.firstPeriod(otherBlock) >= 0 && model.dayOf(otherBlock) == day;
    }

    private void pushOutForLimits(int victim, long[] taken, ActivityList found) {
        addConflict(victim, found);
        taken[model.dayOf(this.block[victim])] &= ~bits(this.block[victim]);
    }

    /**
     * A teacher or group whose days, with {@code activity} in {@code block}, lack more lessons to keep their gaps,
     * late starts and short days within limits than they have lessons left to place (FET's test of a partial
     * timetable): the last (else the first) lesson of a day that lacks some joins the conflicts, until the week can
     * be completed again or no such lesson can go.
     */
    private void keepWeekCompletable(int activity, int block, int resource, ActivityModel.DayRules rules,
            ActivityList found) {
        long[] taken = new long[model.dayCount()];
        int leftOut = takenByOthers(activity, resource, found, taken);
        int toPlace = weekLoads.weekPeriodsToPlace(resource)
                - (this.block[activity] < 0 ? weekLoads.weekPeriods(activity) : 0);
        for (int i = 0; i < leftOut; i++) {
            toPlace += weekLoads.weekPeriods(leftOutOfWeek[i]);
        }
        taken[model.dayOf(block)] |= bits(block);
        if (rules.minOnFreeDays()) {
            keepGroupWeekCompletable(activity, resource, rules, taken, toPlace, found);
            return;
        }
        while (rules.weekShortfall(taken) > toPlace) {
            int victim = lessonOfALackingDay(activity, resource, rules, taken);
            if (victim < 0) {
                return; // what lacks is pinned or the lesson being placed: the repair sees to it
            }
            addConflict(victim, found);
            taken[model.dayOf(this.block[victim])] &= ~bits(this.block[victim]);
            toPlace += periods(this.block[victim]);
        }
    }

    /**
     * A student group's week, whose lessons a day count on every day: while it is past what the periods left to
     * place could complete ({@link ActivityModel.DayRules#groupWeekExcess}), the first or last lesson of a day
     * whose taking out brings it nearest joins the conflicts (a lesson at the end of a day too full, after a hole
     * or late start, or on a day with more than its share), until none brings it nearer.
     */
    private void keepGroupWeekCompletable(int activity, int resource, ActivityModel.DayRules rules, long[] taken,
            int toPlace, ActivityList found) {
        int excess = rules.groupWeekExcess(taken, toPlace);
        while (excess > 0) {
            int victim = -1;
            int fewest = excess;
            for (int day = 0; day < taken.length; day++) {
                if (taken[day] == 0) {
                    continue;
                }
                for (int candidate : endsOfDay(activity, resource, day)) {
                    if (candidate < 0) {
                        continue;
                    }
                    long kept = taken[day];
                    taken[day] = kept & ~bits(this.block[candidate]);
                    int left = rules.groupWeekExcess(taken, toPlace + periods(this.block[candidate]));
                    taken[day] = kept;
                    if (left < fewest) {
                        fewest = left;
                        victim = candidate;
                    }
                }
            }
            if (victim < 0) {
                return; // no single lesson taken out brings the week nearer: the repair sees to it
            }
            addConflict(victim, found);
            taken[model.dayOf(this.block[victim])] &= ~bits(this.block[victim]);
            toPlace += periods(this.block[victim]);
            excess = fewest;
        }
    }

    /**
     * A teacher or group whose runs of free periods, with {@code activity} in {@code block}, could no longer hold the
     * lessons they have left to place ({@link FreeRuns}): the lesson whose going brings the week nearest to holding
     * them (one next to a run too short) joins the conflicts, until the week may hold them or no lesson's going
     * brings it nearer. Returns the periods it still lacks then: those the place itself wastes.
     */
    private int keepRoomForLessonsLeft(int activity, int block, int resource, ActivityList found) {
        long[] taken = takenScratch;
        int leftOut = takenByOthers(activity, resource, found, taken);
        boolean unplaced = this.block[activity] < 0;
        int toPlace = weekLoads.runPeriodsToPlace(resource) - (unplaced ? freeRuns.periods(activity) : 0);
        long lengths = unplaced ? weekLoads.lengthsToPlaceWithout(resource, activity)
                : weekLoads.lengthsToPlace(resource);
        for (int i = 0; i < leftOut; i++) {
            toPlace += freeRuns.periods(leftOutOfWeek[i]);
            lengths |= freeRuns.lengths(leftOutOfWeek[i]);
        }
        if (toPlace == 0) {
            return 0;
        }
        taken[model.dayOf(block)] |= bits(block);
        int lacking = freeRuns.shortfall(resource, taken, toPlace, lengths);
        while (lacking > 0) {
            int victim = -1;
            int fewest = lacking;
            for (int other : model.activitiesOf(resource)) {
                int otherBlock = this.block[other];
                if (other == activity || otherBlock < 0 || inConflict[other] == stamp || !model.isMovable(other)) {
                    continue;
                }
                int day = model.dayOf(otherBlock);
                long kept = taken[day];
                taken[day] = kept & ~bits(otherBlock);
                int left = freeRuns.shortfall(resource, taken, toPlace + freeRuns.periods(other),
                        lengths | freeRuns.lengths(other));
                taken[day] = kept;
                if (left < fewest) {
                    fewest = left;
                    victim = other;
                }
            }
            if (victim < 0) {
                return lacking;
            }
            taken[model.dayOf(this.block[victim])] &= ~bits(this.block[victim]);
            toPlace += freeRuns.periods(victim);
            lengths |= freeRuns.lengths(victim);
            addConflict(victim, found);
            lacking = fewest;
        }
        return 0;
    }

    /**
     * Fills {@code taken} with the periods a day the resource's placed lessons take, leaving out {@code activity}
     * and the lessons found in conflict so far; returns how many of those found it left out, now the first of
     * {@link #leftOutOfWeek} (their periods are to place again).
     */
    private int takenByOthers(int activity, int resource, ActivityList found, long[] taken) {
        weekLoads.copyTaken(resource, taken);
        int leftOut = 0;
        for (int i = 0; i < found.size(); i++) {
            int other = found.activity(i);
            if (other != activity && model.isLesson(other) && holds(other, resource)) {
                leftOutOfWeek[leftOut++] = other;
            }
        }
        int count = leftOut;
        if (this.block[activity] >= 0 && model.isLesson(activity)) {
            leftOutOfWeek[count++] = activity;
        }
        weekLoads.takeOut(resource, leftOutOfWeek, count, this.block, taken);
        return leftOut;
    }

    private boolean holds(int activity, int resource) {
        for (int held : model.resourcesOf(activity)) {
            if (held == resource) {
                return true;
            }
        }
        return false;
    }

    /** The periods of the day the resource's placed single-day lessons take, as bits (a tested week's only). */
    long periodsTaken(int resource, int day) {
        return weekLoads.taken(resource, day);
    }

    /** Whether {@link #periodsTaken} knows the resource's days. */
    boolean knowsPeriodsTaken(int resource) {
        return weekLoads.tracks(resource);
    }

    /**
     * Periods the place of the last {@link #conflicts} call leaves its people's weeks short of to hold the lessons
     * they have left, whichever of their lessons go: 0 for a place that leaves room enough.
     */
    int shortOfRoom() {
        return shortOfRoom;
    }

    /** Marks {@code other} as looked at and in conflict for this call, and adds it to what is found. */
    private void addConflict(int other, ActivityList found) {
        seen[other] = stamp;
        inConflict[other] = stamp;
        found.add(other);
    }

    /**
     * The resource's movable lessons that end and start the day, in that order (-1 for none), leaving out
     * {@code activity} and those already found in conflict.
     */
    private int[] endsOfDay(int activity, int resource, int day) {
        int first = -1;
        int last = -1;
        for (int other : model.activitiesOf(resource)) {
            int otherBlock = this.block[other];
            if (other == activity || !model.isMovable(other) || !model.isLesson(other) || otherBlock < 0
                    || inConflict[other] == stamp || model.dayOf(otherBlock) != day
                    || model.firstPeriod(otherBlock) < 0) {
                continue;
            }
            if (last < 0 || model.lastPeriod(otherBlock) > model.lastPeriod(this.block[last])) {
                last = other;
            }
            if (first < 0 || model.firstPeriod(otherBlock) < model.firstPeriod(this.block[first])) {
                first = other;
            }
        }
        return new int[] {last, first};
    }

    /** The last movable lesson of the first day that lacks lessons (a hole, a late start, a short day). */
    private int lessonOfALackingDay(int activity, int resource, ActivityModel.DayRules rules, long[] taken) {
        for (int day = 0; day < taken.length; day++) {
            long periods = taken[day];
            if (periods == 0) {
                continue;
            }
            int lessons = Long.bitCount(periods);
            boolean holes = rules.holes(day, periods) > 0;
            boolean lacking = rules.gaps() && holes || rules.lateOn(day, periods)
                    || rules.minLessons() > 0 && !rules.minOnFreeDays() && lessons < rules.minLessons();
            if (!lacking) {
                continue;
            }
            int last = endsOfDay(activity, resource, day)[0];
            if (last >= 0) {
                return last;
            }
        }
        return -1;
    }

    /**
     * A teacher whose counted lessons of the day, with {@code activity} in {@code block}, would take more periods
     * than the cap's daily limit or its limit in a row: the counted lesson of the day farthest from the block (for a
     * run too long, the one of the run whose going ends it) joins the conflicts, until the day keeps the cap or no
     * movable lesson can go.
     */
    private void keepWithinDailyCap(int activity, int block, ActivityModel.DailyCap cap, ActivityList found) {
        int day = model.dayOf(block);
        long mine = bits(block);
        long taken = 0;
        for (int other : cap.lessons()) {
            int otherBlock = this.block[other];
            if (other != activity && otherBlock >= 0 && inConflict[other] != stamp && model.dayOf(otherBlock) == day
                    && model.firstPeriod(otherBlock) >= 0) {
                taken |= bits(otherBlock);
            }
        }
        while (true) {
            long all = taken | mine;
            long tooLong = cap.maxInARow() > 0 ? runBeyond(all, model.runContinues(day), cap.maxInARow(), mine) : 0;
            boolean overDay = cap.maxPerDay() >= 0 && Long.bitCount(all) > cap.maxPerDay();
            if (!overDay && tooLong == 0) {
                return;
            }
            int victim = overDay ? farthestOfDay(activity, block, cap, all)
                    : lessonBreakingTheRun(activity, block, cap, all, tooLong);
            if (victim < 0) {
                return; // only pinned lessons or the one being placed could go: the repair sees to it
            }
            addConflict(victim, found);
            taken &= ~bits(this.block[victim]);
        }
    }

    /**
     * The periods of the run through {@code mine} when it is longer than {@code maxRun}, else none: periods in a row
     * are neighbouring bits of {@code taken} whose later one {@code continues} marks.
     */
    private static long runBeyond(long taken, long continues, int maxRun, long mine) {
        long run = mine;
        long grown = run;
        do {
            run = grown;
            grown = run | run << 1 & continues & taken | (run & continues) >>> 1 & taken;
        } while (grown != run);
        return Long.bitCount(run) > maxRun ? run : 0;
    }

    /** The movable counted lesson of the block's day inside {@code periods} farthest from the block, -1 if none. */
    private int farthestOfDay(int activity, int block, ActivityModel.DailyCap cap, long periods) {
        int farthest = -1;
        int distance = -1;
        for (int other : cap.lessons()) {
            int otherBlock = this.block[other];
            if (!isMovableWithin(other, activity, model.dayOf(block), periods)) {
                continue;
            }
            int apart = Math.abs(model.firstPeriod(otherBlock) - model.firstPeriod(block));
            if (apart > distance) {
                farthest = other;
                distance = apart;
            }
        }
        return farthest;
    }

    /**
     * The movable counted lesson of the run too long whose going brings the run through the block within the cap,
     * the farthest such from the block; when none does, the one whose going leaves the shortest run; -1 if none.
     * One lesson from the middle can do what two from the far end would.
     */
    private int lessonBreakingTheRun(int activity, int block, ActivityModel.DailyCap cap, long all, long run) {
        int day = model.dayOf(block);
        int best = -1;
        int bestLeft = Integer.MAX_VALUE;
        int bestApart = -1;
        for (int other : cap.lessons()) {
            int otherBlock = this.block[other];
            if (!isMovableWithin(other, activity, day, run)) {
                continue;
            }
            int left = Long.bitCount(runBeyond(all & ~bits(otherBlock), model.runContinues(day), cap.maxInARow(),
                    bits(block)));
            int apart = Math.abs(model.firstPeriod(otherBlock) - model.firstPeriod(block));
            if (left < bestLeft || left == bestLeft && apart > bestApart) {
                best = other;
                bestLeft = left;
                bestApart = apart;
            }
        }
        return best;
    }

    /** Whether {@code other} is a placed movable lesson, not {@code activity} nor found yet, within the periods. */
    private boolean isMovableWithin(int other, int activity, int day, long periods) {
        int otherBlock = this.block[other];
        return other != activity && otherBlock >= 0 && inConflict[other] != stamp && model.isMovable(other)
                && model.dayOf(otherBlock) == day && model.firstPeriod(otherBlock) >= 0
                && (bits(otherBlock) & periods) != 0;
    }

    private long bits(int block) {
        return model.periodBits(block);
    }

    private int periods(int block) {
        return model.periodCount(block);
    }

    /** Lessons of the crowd on {@code day} beyond its share once {@code activity} joins them, the first ones met. */
    private void crowdOut(int activity, ActivityModel.Crowd crowd, int day, ActivityList found) {
        int onDay = 0;
        for (int other : crowd.lessons()) {
            if (other != activity && inConflict[other] != stamp && block[other] >= 0
                    && model.dayOf(block[other]) == day) {
                onDay++;
            }
        }
        int beyond = onDay + 1 - crowd.share();
        for (int other : crowd.lessons()) {
            if (beyond <= 0) {
                return;
            }
            if (other != activity && inConflict[other] != stamp && block[other] >= 0
                    && model.dayOf(block[other]) == day && model.isMovable(other)) {
                addConflict(other, found);
                beyond--;
            }
        }
    }

    /** Whether the last {@link #conflicts} call found {@code other}. */
    boolean foundByLastConflicts(int other) {
        return inConflict[other] == stamp;
    }

    /**
     * The lessons that would keep the lesson, in {@code block} and in {@code room}'s building, from its teachers' and
     * groups' limits on building changes, as building-changes and building-change-gap count them: a lesson next to
     * it that day (lessons in rooms without a building left out) in another building with fewer timeslots between
     * than {@code min_gaps_between_building_changes}, and, while the day or the week holds more changes than
     * allowed, its neighbour in another building, the one before first. Lessons the last {@link #conflicts} call
     * found for the same lesson and block are left out: they go anyway. A pinned lesson stays (the repair sees to
     * it). Empty for a room without a building, a block over several days, or people without such limits.
     */
    List<Integer> buildingConflicts(int activity, int block, int room) {
        List<Integer> found = new ArrayList<>(0);
        int building = room < 0 ? -1 : model.buildingOf(room);
        if (building < 0 || model.dayOf(block) < 0 || !model.isLesson(activity)) {
            return found;
        }
        buildingStamp++;
        for (int resource : model.resourcesOf(activity)) {
            BuildingLimits limits = model.buildingLimits(resource);
            if (limits != null) {
                keepBuildingLimits(activity, block, building, resource, limits, found);
            }
        }
        return found;
    }

    /** {@link #buildingConflicts} for one teacher or group. */
    private void keepBuildingLimits(int activity, int block, int building, int resource, BuildingLimits limits,
            List<Integer> found) {
        int day = model.dayOf(block);
        if (limits.limitsGaps()) {
            int before;
            while ((before = nextInBuilding(activity, block, resource, -1)) >= 0 && tooSoon(this.block[before], block,
                    before, building, limits) && model.isMovable(before)) {
                takeOutForBuildings(before, found);
            }
            int after;
            while ((after = nextInBuilding(activity, block, resource, 1)) >= 0 && tooSoon(block, this.block[after],
                    after, building, limits) && model.isMovable(after)) {
                takeOutForBuildings(after, found);
            }
        }
        if (!limits.limitsChanges()) {
            return;
        }
        int otherDays = 0;
        if (limits.maxChangesPerWeek() != BuildingLimits.NO_LIMIT) {
            for (int otherDay = 0; otherDay < model.dayCount(); otherDay++) {
                otherDays += otherDay == day ? 0 : changesOn(otherDay, resource, -1, -1, -1);
            }
        }
        while (true) {
            int changes = changesOn(day, resource, activity, block, building);
            boolean beyond = limits.maxChangesPerDay() != BuildingLimits.NO_LIMIT
                    && changes > limits.maxChangesPerDay()
                    || limits.maxChangesPerWeek() != BuildingLimits.NO_LIMIT
                    && otherDays + changes > limits.maxChangesPerWeek();
            if (!beyond) {
                return;
            }
            int before = nextInBuilding(activity, block, resource, -1);
            int after = nextInBuilding(activity, block, resource, 1);
            if (before >= 0 && model.isMovable(before) && model.buildingOf(room[before]) != building) {
                takeOutForBuildings(before, found);
            } else if (after >= 0 && model.isMovable(after) && model.buildingOf(room[after]) != building) {
                takeOutForBuildings(after, found);
            } else {
                return; // its neighbours share its building or are pinned: the changes are not this lesson's
            }
        }
    }

    private void takeOutForBuildings(int other, List<Integer> found) {
        takenForBuildings[other] = buildingStamp;
        found.add(other);
    }

    /**
     * Whether a lesson in {@code earlier}, then {@code other}'s lesson in {@code later}, is a change of building
     * (between the block's building and {@code other}'s) with fewer timeslots between than the limit.
     */
    private boolean tooSoon(int earlier, int later, int other, int building, BuildingLimits limits) {
        return model.buildingOf(room[other]) != building
                && model.firstSlotInDay(later) - model.lastSlotInDay(earlier) - 1 < limits.minGapsBetweenChanges();
    }

    /**
     * The resource's lesson in a building nearest before ({@code direction} -1) or after (1) {@code block} on its
     * day, of those still placed and not taken out; -1 when there is none.
     */
    private int nextInBuilding(int activity, int block, int resource, int direction) {
        int day = model.dayOf(block);
        int nearest = -1;
        for (int other : model.activitiesOf(resource)) {
            if (!isStop(other, activity, day)) {
                continue;
            }
            int otherBlock = this.block[other];
            if (direction < 0 && model.lastSlotInDay(otherBlock) < model.firstSlotInDay(block)
                    && (nearest < 0 || model.lastSlotInDay(otherBlock) > model.lastSlotInDay(this.block[nearest]))
                    || direction > 0 && model.firstSlotInDay(otherBlock) > model.lastSlotInDay(block)
                    && (nearest < 0 || model.firstSlotInDay(otherBlock) < model.firstSlotInDay(this.block[nearest]))) {
                nearest = other;
            }
        }
        return nearest;
    }

    /** Whether {@code other} is a lesson placed on the day in a room with a building, not taken out, not the one placed. */
    private boolean isStop(int other, int activity, int day) {
        int otherBlock = this.block[other];
        return other != activity && otherBlock >= 0 && model.isLesson(other) && inConflict[other] != stamp
                && takenForBuildings[other] != buildingStamp && model.dayOf(otherBlock) == day
                && room[other] >= 0 && model.buildingOf(room[other]) >= 0;
    }

    /**
     * The resource's changes of building on the day, walking its lessons in time order, with {@code activity} in
     * {@code block} and {@code building} (-1: without it).
     */
    private int changesOn(int day, int resource, int activity, int block, int building) {
        List<int[]> stops = new ArrayList<>();
        for (int other : model.activitiesOf(resource)) {
            if (isStop(other, activity, day)) {
                stops.add(new int[] {model.firstSlotInDay(this.block[other]), model.buildingOf(room[other])});
            }
        }
        if (building >= 0) {
            stops.add(new int[] {model.firstSlotInDay(block), building});
        }
        stops.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int changes = 0;
        for (int i = 1; i < stops.size(); i++) {
            changes += stops.get(i)[1] != stops.get(i - 1)[1] ? 1 : 0;
        }
        return changes;
    }
}
