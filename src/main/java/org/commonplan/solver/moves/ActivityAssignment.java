package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where each activity of an {@link ActivityModel} is during the search: its block and room (-1: none), the
 * activities in each room, the movable activities left out, and the best state so far (the fewest left out).
 * It also finds the placed activities an activity would conflict with in a block and room.
 */
final class ActivityAssignment {

    private final ActivityModel model;
    private final int[] block;
    private final int[] room;
    /** Per room: the activities placed in it. */
    private final List<List<Integer>> roomHolders = new ArrayList<>();
    /**
     * Per room and block: how many of the room's activities are in a block overlapping it. Most rooms are free in
     * most blocks, and this says so without going through the room's activities.
     */
    private final int[][] roomTaken;
    /** Per block: the blocks that overlap it, itself among them. */
    private final int[][] overlappingBlocks;
    /** The movable activities without a place, and each one's position in that list (-1: placed). */
    private final List<Integer> leftOut = new ArrayList<>();
    private final int[] positionInLeftOut;
    private final int[] bestBlock;
    private final int[] bestRoom;
    private int bestLeftOutCount = Integer.MAX_VALUE;
    /** Per activity: the stamp of the last {@link #conflicts} call that looked at it, and that found it. */
    private final int[] seen;
    private final int[] inConflict;
    private int stamp;
    private final MinGapMates minGapMates;

    ActivityAssignment(ActivityModel model) {
        this.model = model;
        minGapMates = MinGapMates.of(model);
        int count = model.activityCount();
        block = new int[count];
        room = new int[count];
        bestBlock = new int[count];
        bestRoom = new int[count];
        positionInLeftOut = new int[count];
        seen = new int[count];
        inConflict = new int[count];
        for (int i = 0; i < model.roomCount(); i++) {
            roomHolders.add(new ArrayList<>());
        }
        roomTaken = new int[model.roomCount()][model.blockCount()];
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

    List<Integer> holdersOf(int room) {
        return roomHolders.get(room);
    }

    void place(int activity, int block, int room) {
        this.block[activity] = block;
        this.room[activity] = room;
        if (room >= 0) {
            roomHolders.get(room).add(activity);
            for (int overlapping : overlappingBlocks[block]) {
                roomTaken[room][overlapping]++;
            }
        }
    }

    void unplace(int activity) {
        if (room[activity] >= 0) {
            roomHolders.get(room[activity]).remove(Integer.valueOf(activity));
            for (int overlapping : overlappingBlocks[block[activity]]) {
                roomTaken[room[activity]][overlapping]--;
            }
        }
        block[activity] = -1;
        room[activity] = -1;
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
    }

    /** Saves the current places when fewer activities are left out than ever before; says whether it did. */
    boolean recordIfBest() {
        if (leftOut.size() >= bestLeftOutCount) {
            return false;
        }
        bestLeftOutCount = leftOut.size();
        System.arraycopy(block, 0, bestBlock, 0, block.length);
        System.arraycopy(room, 0, bestRoom, 0, room.length);
        return true;
    }

    int bestLeftOutCount() {
        return bestLeftOutCount;
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
     * teacher, group or attendee only): they share a resource or the room in an overlapping block, they are
     * lessons of one course the block's day would crowd (its spread mates), or lessons at the end of a teacher's or
     * group's day whose week could no longer be completed within its gaps, late starts and short days.
     */
    List<Integer> conflicts(int activity, int block, int room) {
        List<Integer> found = new ArrayList<>();
        stamp++;
        seen[activity] = stamp;
        boolean[] overlaps = model.overlapping(block);
        for (int resource : model.resourcesOf(activity)) {
            for (int other : model.activitiesOf(resource)) {
                if (seen[other] != stamp) {
                    seen[other] = stamp;
                    if (this.block[other] >= 0 && overlaps[this.block[other]]) {
                        inConflict[other] = stamp;
                        found.add(other);
                    }
                }
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
                    seen[other] = stamp;
                    inConflict[other] = stamp;
                    found.add(other);
                }
            }
        }
        if (day >= 0) {
            int[] gapMates = minGapMates.matesOf(activity);
            for (int i = 0; i < gapMates.length; i++) {
                int other = gapMates[i];
                if (inConflict[other] != stamp && this.block[other] >= 0
                        && minGapMates.tooClose(model, activity, i, block, this.block[other])) {
                    seen[other] = stamp;
                    inConflict[other] = stamp;
                    found.add(other);
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
        if (day >= 0 && model.isLesson(activity) && model.firstPeriod(block) >= 0) {
            for (int resource : model.resourcesOf(activity)) {
                ActivityModel.DayRules rules = model.dayRules(resource);
                if (rules != null && (rules.gaps() || rules.lateStarts()
                        || rules.minLessons() > 0 && !rules.minOnFreeDays())) {
                    keepWeekCompletable(activity, block, resource, rules, found);
                }
            }
        }
        if (room >= 0 && isRoomTakenDuring(room, block)) {
            for (int other : roomHolders.get(room)) {
                if (seen[other] != stamp && overlaps[this.block[other]]) {
                    seen[other] = stamp;
                    inConflict[other] = stamp;
                    found.add(other);
                }
            }
        }
        return found;
    }

    /**
     * A teacher at their days a week who would teach on a new {@code day}: their lessons of the day with the fewest
     * (movable ones only, the first such day in the week) join the conflicts.
     */
    private void freeADay(int resource, int day, List<Integer> found) {
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
                seen[other] = stamp;
                inConflict[other] = stamp;
                found.add(other);
            }
        }
    }

    /**
     * A teacher or group whose days, with {@code activity} in {@code block}, lack more lessons to keep their gaps,
     * late starts and short days within limits than they have lessons left to place (FET's test of a partial
     * timetable): the last (else the first) lesson of a day that lacks some joins the conflicts, until the week can
     * be completed again or no such lesson can go.
     */
    private void keepWeekCompletable(int activity, int block, int resource, ActivityModel.DayRules rules,
            List<Integer> found) {
        long[] taken = new long[model.dayCount()];
        int toPlace = 0;
        for (int other : model.activitiesOf(resource)) {
            if (other == activity || !model.isLesson(other)) {
                continue;
            }
            int otherBlock = this.block[other];
            if (otherBlock < 0 || inConflict[other] == stamp) {
                toPlace += periods(model.domain(other)[0]);
            } else if (model.dayOf(otherBlock) >= 0 && model.firstPeriod(otherBlock) >= 0) {
                taken[model.dayOf(otherBlock)] |= bits(otherBlock);
            }
        }
        taken[model.dayOf(block)] |= bits(block);
        while (rules.weekShortfall(taken) > toPlace) {
            int victim = lessonOfALackingDay(activity, resource, rules, taken);
            if (victim < 0) {
                return; // what lacks is pinned or the lesson being placed: the repair sees to it
            }
            seen[victim] = stamp;
            inConflict[victim] = stamp;
            found.add(victim);
            taken[model.dayOf(this.block[victim])] &= ~bits(this.block[victim]);
            toPlace += periods(this.block[victim]);
        }
    }

    /** The last movable lesson of the first day that lacks lessons (a hole, a late start, a short day), else its first. */
    private int lessonOfALackingDay(int activity, int resource, ActivityModel.DayRules rules, long[] taken) {
        for (int day = 0; day < taken.length; day++) {
            long periods = taken[day];
            if (periods == 0) {
                continue;
            }
            int lessons = Long.bitCount(periods);
            boolean holes = Long.SIZE - Long.numberOfLeadingZeros(periods) - Long.numberOfTrailingZeros(periods)
                    > lessons;
            boolean lacking = rules.gaps() && holes || rules.lateOn(day, periods)
                    || rules.minLessons() > 0 && !rules.minOnFreeDays() && lessons < rules.minLessons();
            if (!lacking) {
                continue;
            }
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
            if (last >= 0) {
                return last;
            }
        }
        return -1;
    }

    /** The block's CLASS periods in its day as bits (none past the 64th). */
    private long bits(int block) {
        int first = model.firstPeriod(block);
        int last = Math.min(Long.SIZE - 1, model.lastPeriod(block));
        return first < 0 || first > last ? 0 : (-1L >>> (Long.SIZE - 1 - last + first)) << first;
    }

    private int periods(int block) {
        return model.firstPeriod(block) < 0 ? 1 : model.lastPeriod(block) - model.firstPeriod(block) + 1;
    }

    /** Lessons of the crowd on {@code day} beyond its share once {@code activity} joins them, the first ones met. */
    private void crowdOut(int activity, ActivityModel.Crowd crowd, int day, List<Integer> found) {
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
                seen[other] = stamp;
                inConflict[other] = stamp;
                found.add(other);
                beyond--;
            }
        }
    }

    /** Whether the last {@link #conflicts} call found {@code other}. */
    boolean foundByLastConflicts(int other) {
        return inConflict[other] == stamp;
    }
}
