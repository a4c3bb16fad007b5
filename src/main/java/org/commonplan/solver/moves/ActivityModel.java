package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;

/**
 * What {@link ConflictDirectedSearch} works on, built once from the school and never changed: the activities (every
 * lesson, then every team meeting), the blocks and rooms each may take (its domain), and the resources (teachers,
 * student groups, meeting attendees) each holds. Everything is numbered: an activity, a block, a room or a resource
 * is an index, given in the order first met. Beside that it keeps what the tie-breaks read: each lesson's course
 * and section, and the teams of its staff.
 *
 * <p>Courses and teams are kept as lists per course and per team, not per pair of lessons or teammates, so memory
 * stays linear in the school's size however large a course or a team is.
 */
final class ActivityModel {

    /** The lesson or meeting behind each activity. */
    private final List<Object> activities;
    private final List<Block> blocks;
    private final List<Room> rooms;
    /** Per activity: the block indexes it may take, in the order of its range. */
    private final int[][] domains;
    /** Per activity: its suitable room indexes; none for a meeting or a lesson that needs no room. */
    private final int[][] roomDomains;
    /** Per activity: the resources it holds; per resource: the activities that hold it. */
    private final int[][] resourcesOf;
    private final int[][] activitiesOf;
    private final boolean[] movable;
    private final boolean[] isLesson;
    /** Per activity: the block and room it had when the search started (-1: none). */
    private final int[] startBlock;
    private final int[] startRoom;
    /**
     * Per activity, in a re-solve: the block and room of the previous schedule where the school still allows them
     * (-1: none, also for a new activity or one whose old block is no longer allowed).
     */
    private final int[] previousBlock;
    private final int[] previousRoom;
    /** Per pair of blocks: whether they share a timeslot. */
    private final boolean[][] overlapping;
    /** Per room and block: whether the room is available for the whole block. */
    private final boolean[][] roomOpen;
    /** Per lesson: its course's lessons (its own section's among them) and its section. */
    private final int[][] courseLessons;
    private final Object[] sectionOf;
    /** Per lesson: its section's min_days_between_soft, the days its lessons are better apart (0: none). */
    private final int[] softDaysApart;
    /** Per lesson: the teams of its staff; per team: its attendees as resources. */
    private final int[][] teamsOf;
    private final int[][] teamMembers;
    private final int resourceCount;
    /**
     * Per lesson: the lessons it may not meet on the same day as, or within as many days as {@code spreadGaps}
     * says: course-mates of one student group once a day at most (course-spread) and the section's own
     * min_days_between. Per block: its day, -1 for a block over several days (not counted here).
     */
    private final int[][] spreadMates;
    private final int[][] spreadGaps;
    private final int[] dayOf;
    /** Per lesson: the lessons of its course and group met more often a week than there are days, and their share. */
    private final Crowd[][] crowdsOf;
    private final int dayCount;
    /**
     * Per resource: the days a week it may teach (teacher-days), or 0 for no limit or when one of its lessons may
     * take a block over several days (then days are not counted here).
     */
    private final int[] maxDays;
    /**
     * Per resource: the limits on the shape of its days ({@link DayRules}, null for none). Per block: its first and
     * last CLASS period in its day (-1 over several days).
     */
    private final DayRules[] dayRules;
    private final int[] firstPeriod;
    private final int[] lastPeriod;
    /**
     * Per room: its building, numbered, -1 for none. Per resource: its limits on building changes, null for none
     * (and for everyone when no room names a building). Per block: its first and last timeslot in its day, breaks
     * and lunch counted as the rules count them (-1 over several days).
     */
    private final int[] buildingOf;
    private final BuildingLimits[] buildingLimits;
    private final int[] firstSlotInDay;
    private final int[] lastSlotInDay;
    /**
     * Per lesson: the same-numbered lessons of its SAME_START-linked sections, which must start with it, and of its
     * SAME_DAY-linked sections, which must start on its day. Per block: its first timeslot and that timeslot's day.
     */
    private final int[][] startMates;
    private final int[][] dayMates;
    private final int[] startSlot;
    private final int[] startDay;
    /**
     * Per resource: its limits on timeslots of lessons a day and in a row (teaching-load, teacher-lessons-in-a-row,
     * teacher-tagged-lessons) and on days taught within part of the day (teacher-interval-days). Per day: the CLASS
     * periods (bits) that carry on the run of the period before.
     */
    private final DailyCap[][] dailyCaps;
    private final IntervalCap[][] intervalCaps;
    private final long[] runContinues;

    private ActivityModel(Builder built) {
        activities = built.activities;
        blocks = built.blocks;
        rooms = built.rooms;
        domains = built.domains.toArray(int[][]::new);
        startSlot = blocks.stream().mapToInt(block -> block.getSlotIndexes()[0]).toArray();
        startDay = java.util.Arrays.stream(startSlot)
                .map(slot -> built.bellSchedule.getTimeslot(slot).dayIndex()).toArray();
        startMates = linkMates(built, built.startTogether, startSlot);
        dayMates = linkMates(built, built.sameDay, startDay);
        roomDomains = built.roomDomains.toArray(int[][]::new);
        resourcesOf = built.resources.toArray(int[][]::new);
        resourceCount = built.resourceIndex.size();
        int count = activities.size();
        movable = new boolean[count];
        isLesson = new boolean[count];
        startBlock = built.startBlocks.stream().mapToInt(Integer::intValue).toArray();
        startRoom = built.startRooms.stream().mapToInt(Integer::intValue).toArray();
        previousBlock = new int[count];
        previousRoom = new int[count];
        for (int activity = 0; activity < count; activity++) {
            Placement previous = previousAllowed(activities.get(activity));
            previousBlock[activity] = previous == null ? -1 : indexIn(domains[activity], blocks,
                    block -> block.getId().equals(previous.blockId()));
            previousRoom[activity] = previous == null || previousBlock[activity] < 0 ? -1
                    : indexIn(roomDomains[activity], rooms, room -> room.getId().equals(previous.roomId()));
        }
        List<List<Integer>> byResource = new ArrayList<>();
        for (int i = 0; i < resourceCount; i++) {
            byResource.add(new ArrayList<>());
        }
        for (int activity = 0; activity < count; activity++) {
            movable[activity] = built.movable.get(activity);
            for (int resource : resourcesOf[activity]) {
                byResource.get(resource).add(activity);
            }
        }
        activitiesOf = byResource.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        courseLessons = new int[count][];
        sectionOf = new Object[count];
        softDaysApart = new int[count];
        teamsOf = new int[count][];
        Map<Integer, List<Integer>> teamsOfResource = new HashMap<>();
        teamMembers = teamMembers(built, teamsOfResource);
        Map<String, List<Integer>> byCourse = new HashMap<>();
        for (int activity = 0; activity < count; activity++) {
            teamsOf[activity] = new int[0];
            courseLessons[activity] = new int[0];
            if (activities.get(activity) instanceof Lesson lesson) {
                isLesson[activity] = true;
                sectionOf[activity] = lesson.getSection();
                softDaysApart[activity] = lesson.getSection().getMinDaysBetweenSoft();
                byCourse.computeIfAbsent(lesson.getSection().getCourse(), key -> new ArrayList<>()).add(activity);
                teamsOf[activity] = lesson.getSection().getStaff().stream()
                        .flatMap(teacher -> teamsOfResource.getOrDefault(built.resourceIndex.get(teacher), List.of())
                                .stream())
                        .distinct().mapToInt(Integer::intValue).toArray();
            }
        }
        for (List<Integer> course : byCourse.values()) {
            int[] lessons = course.stream().mapToInt(Integer::intValue).toArray();
            for (int activity : lessons) {
                courseLessons[activity] = lessons;
            }
        }
        dayOf = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            dayOf[i] = blocks.get(i).getDays().size() == 1 ? blocks.get(i).getDays().toArray()[0] : -1;
        }
        dayCount = built.dayCount;
        maxDays = new int[resourceCount];
        built.resourceIndex.forEach((resource, index) -> {
            if (resource instanceof Teacher teacher && teacher.getLimits().maxDaysPerWeek() > 0
                    && teacher.getLimits().maxDaysPerWeek() < dayCount) {
                maxDays[index] = teacher.getLimits().maxDaysPerWeek();
            }
        });
        for (int resource = 0; resource < resourceCount; resource++) {
            for (int activity : activitiesOf[resource]) {
                if (isLesson[activity] && !singleDay(activity)) {
                    maxDays[resource] = 0;
                }
            }
        }
        dayRules = new DayRules[resourceCount];
        built.resourceIndex.forEach((resource, index) -> dayRules[index] = DayRules.of(resource, built.bellSchedule));
        firstPeriod = new int[blocks.size()];
        lastPeriod = new int[blocks.size()];
        classPeriods(built.bellSchedule);
        runContinues = runContinues(built.bellSchedule);
        dailyCaps = new DailyCap[resourceCount][];
        int periodsADay = built.bellSchedule.getTimeslotsByDay().stream()
                .mapToInt(day -> (int) day.stream().filter(Timeslot::isClass).count()).max().orElse(0);
        built.resourceIndex.forEach((resource, index) -> dailyCaps[index] = dailyCaps(resource, index, periodsADay));
        keepWithinGroupDays();
        intervalCaps = new IntervalCap[resourceCount][];
        built.resourceIndex.forEach((resource, index) -> intervalCaps[index] = resource instanceof Teacher teacher
                ? IntervalCap.of(teacher, built.bellSchedule) : new IntervalCap[0]);
        crowdsOf = new Crowd[count][];
        spreadMates = new int[count][];
        spreadGaps = new int[count][];
        spread(built.dayCount);
        overlapping = new boolean[blocks.size()][blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = 0; j < blocks.size(); j++) {
                overlapping[i][j] = blocks.get(i).overlaps(blocks.get(j));
            }
        }
        roomOpen = new boolean[rooms.size()][blocks.size()];
        for (int room = 0; room < rooms.size(); room++) {
            for (int block = 0; block < blocks.size(); block++) {
                roomOpen[room][block] = !rooms.get(room).getUnavailable().overlaps(blocks.get(block).getSlots());
            }
        }
        buildingOf = new int[rooms.size()];
        buildingLimits = new BuildingLimits[resourceCount];
        firstSlotInDay = new int[blocks.size()];
        lastSlotInDay = new int[blocks.size()];
        buildings(built.resourceIndex);
    }

    /** Numbers the rooms' buildings, and keeps the limits of those who change building when some room has one. */
    private void buildings(Map<Object, Integer> resourceIndex) {
        Map<String, Integer> buildingIndex = new HashMap<>();
        for (int room = 0; room < rooms.size(); room++) {
            String building = rooms.get(room).getBuilding();
            buildingOf[room] = building == null ? -1
                    : buildingIndex.computeIfAbsent(building, key -> buildingIndex.size());
        }
        if (buildingIndex.isEmpty()) {
            return;
        }
        resourceIndex.forEach((resource, index) -> {
            BuildingLimits limits = resource instanceof Teacher teacher ? teacher.getBuildingLimits()
                    : resource instanceof StudentGroup group ? group.getBuildingLimits() : BuildingLimits.NONE;
            buildingLimits[index] = limits.limitsGaps() || limits.limitsChanges() ? limits : null;
        });
        for (int block = 0; block < blocks.size(); block++) {
            List<Timeslot> timeslots = blocks.get(block).getTimeslots();
            firstSlotInDay[block] = dayOf[block] < 0 ? -1
                    : timeslots.stream().mapToInt(Timeslot::indexInDay).min().orElse(-1);
            lastSlotInDay[block] = dayOf[block] < 0 ? -1
                    : timeslots.stream().mapToInt(Timeslot::indexInDay).max().orElse(-1);
        }
    }

    /**
     * Fills the spread mates: lessons of one course that share a student group (or one section without groups),
     * of sections course-spread counts, when the group meets the course no more often a week than there are days, and lessons of a section with
     * min_days_between. Lessons whose blocks may span several days are left out: their count per day varies.
     */
    private void spread(int days) {
        int count = activities.size();
        Map<List<Object>, List<Integer>> byGroupAndCourse = new java.util.LinkedHashMap<>();
        List<Map<Integer, Integer>> gaps = new ArrayList<>();
        List<List<Crowd>> crowds = new ArrayList<>();
        for (int activity = 0; activity < count; activity++) {
            gaps.add(new java.util.LinkedHashMap<>());
            crowds.add(new ArrayList<>());
            if (!(activities.get(activity) instanceof Lesson lesson) || !singleDay(activity)
                    || !lesson.getSection().isCourseSpread()) {
                continue; // course_spread no: course-spread does not count it, so neither does the search
            }
            List<?> attendees = lesson.getSection().getGroups().isEmpty() ? List.of(lesson.getSection())
                    : lesson.getSection().getGroups();
            for (Object attendee : attendees) {
                byGroupAndCourse.computeIfAbsent(List.of(attendee, lesson.getSection().getCourse()),
                        key -> new ArrayList<>()).add(activity);
            }
        }
        for (List<Integer> lessons : byGroupAndCourse.values()) {
            if (lessons.size() > days) {
                // More meetings than days: a share of each day, rounded up, counted when placing.
                Crowd crowd = new Crowd(lessons.stream().mapToInt(Integer::intValue).toArray(),
                        (lessons.size() + days - 1) / days);
                lessons.forEach(activity -> crowds.get(activity).add(crowd));
                continue;
            }
            for (int activity : lessons) {
                for (int other : lessons) {
                    if (other != activity) {
                        gaps.get(activity).merge(other, 1, Math::max);
                    }
                }
            }
        }
        for (List<Integer> lessons : byCourseSection()) {
            for (int activity : lessons) {
                int apart = ((Lesson) activities.get(activity)).getSection().getMinDaysBetween();
                for (int other : lessons) {
                    if (other != activity && apart > 0) {
                        gaps.get(activity).merge(other, apart, Math::max);
                    }
                }
            }
        }
        for (int activity = 0; activity < count; activity++) {
            spreadMates[activity] = gaps.get(activity).keySet().stream().mapToInt(Integer::intValue).toArray();
            spreadGaps[activity] = gaps.get(activity).values().stream().mapToInt(Integer::intValue).toArray();
            crowdsOf[activity] = crowds.get(activity).toArray(Crowd[]::new);
        }
    }

    /**
     * The mates of each activity in sets of lessons that must start alike ({@code startKey} of their blocks: the
     * start, or its day), and each set's lessons limited to the keys they all may take (a pinned one's own): a lesson
     * anywhere else cannot start with its mates. A set without a common key keeps its domains, the repair reporting
     * what it breaks.
     */
    private int[][] linkMates(Builder built, List<List<Lesson>> startAlike, int[] startKey) {
        Map<Object, Integer> activityIndex = new IdentityHashMap<>();
        for (int activity = 0; activity < activities.size(); activity++) {
            activityIndex.put(activities.get(activity), activity);
        }
        List<List<Integer>> mates = new ArrayList<>();
        activities.forEach(activity -> mates.add(new ArrayList<>()));
        for (List<Lesson> lessons : startAlike) {
            int[] set = lessons.stream().mapToInt(activityIndex::get).toArray();
            java.util.Set<Integer> common = null;
            for (int activity : set) {
                java.util.Set<Integer> starts = new java.util.HashSet<>();
                if (!built.movable.get(activity) && built.startBlocks.get(activity) >= 0) {
                    starts.add(startKey[built.startBlocks.get(activity)]);
                } else {
                    for (int block : domains[activity]) {
                        starts.add(startKey[block]);
                    }
                }
                if (common == null) {
                    common = starts;
                } else {
                    common.retainAll(starts);
                }
            }
            for (int activity : set) {
                for (int other : set) {
                    if (other != activity && !mates.get(activity).contains(other)) {
                        mates.get(activity).add(other);
                    }
                }
                java.util.Set<Integer> shared = common;
                if (shared != null && !shared.isEmpty() && built.movable.get(activity)) {
                    domains[activity] = java.util.Arrays.stream(domains[activity])
                            .filter(block -> shared.contains(startKey[block])).toArray();
                }
            }
        }
        return mates.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * A teacher's limits on lessons a day: their teaching limit and lessons in a row over all their lessons, and each
     * tag limit over the lessons of sections with that tag. Lessons of blocks over several days are not counted. A
     * limit a day or in a row of {@code periodsADay} or more is none: no day holds more, and weighing it cost every place the
     * search weighs a pass over the teacher's lessons (half the search's time on FET's StAndrewsPSY2016T2a).
     */
    private DailyCap[] dailyCaps(Object resource, int index, int periodsADay) {
        if (!(resource instanceof Teacher teacher)) {
            return new DailyCap[0];
        }
        List<DailyCap> caps = new ArrayList<>();
        int[] lessons = java.util.Arrays.stream(activitiesOf[index])
                .filter(activity -> isLesson[activity] && singleDay(activity)).toArray();
        int maxPerDay = teacher.getTeachingLimitPerDay() > 0 && teacher.getTeachingLimitPerDay() < periodsADay
                ? teacher.getTeachingLimitPerDay() : -1;
        int maxInARow = teacher.getLimits().limitsLessonsInARow()
                && teacher.getLimits().maxLessonsInARow() < periodsADay ? teacher.getLimits().maxLessonsInARow() : -1;
        if (maxPerDay >= 0 || maxInARow > 0) {
            caps.add(new DailyCap(lessons, maxPerDay, maxInARow));
        }
        for (TagLimit limit : teacher.getTagLimits()) {
            int[] tagged = java.util.Arrays.stream(lessons).filter(activity ->
                    ((Lesson) activities.get(activity)).getSection().getTags().contains(limit.tag())).toArray();
            int tagMaxPerDay = limit.maxPerDay() < periodsADay ? limit.maxPerDay() : -1;
            int tagMaxInARow = limit.maxInARow() < periodsADay ? limit.maxInARow() : -1;
            if (tagged.length > 0 && (tagMaxPerDay >= 0 || tagMaxInARow > 0)) {
                caps.add(new DailyCap(tagged, tagMaxPerDay, tagMaxInARow));
            }
        }
        return caps.toArray(DailyCap[]::new);
    }

    /**
     * Per day, the CLASS periods that carry on a run of teaching: the timeslot just before is a CLASS one with no gap
     * longer than passing time between them, as the rules on lessons in a row count a run.
     */
    private static long[] runContinues(BellSchedule bellSchedule) {
        List<List<Timeslot>> days = bellSchedule.getTimeslotsByDay();
        long[] continues = new long[days.size()];
        for (int day = 0; day < continues.length; day++) {
            int period = 0;
            Timeslot previous = null;
            for (Timeslot timeslot : days.get(day)) {
                if (timeslot.isClass()) {
                    if (previous != null && previous.isClass() && period < Long.SIZE
                            && java.time.Duration.between(previous.end(), timeslot.start()).toMinutes()
                            <= BellSchedule.DOUBLE_MAX_PASSING_MINUTES) {
                        continues[day] |= 1L << period;
                    }
                    period++;
                }
                previous = timeslot;
            }
        }
        return continues;
    }

    /** Each single-day block's first and last CLASS period, counted within its day; -1 for the others. */
    private void classPeriods(BellSchedule bellSchedule) {
        int[] periodOfSlot = new int[bellSchedule.getTimeslots().size()];
        java.util.Arrays.fill(periodOfSlot, -1);
        for (List<Timeslot> day : bellSchedule.getTimeslotsByDay()) {
            int period = 0;
            for (Timeslot timeslot : day) {
                if (timeslot.isClass()) {
                    periodOfSlot[timeslot.index()] = period++;
                }
            }
        }
        for (int block = 0; block < blocks.size(); block++) {
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int slot : blocks.get(block).getSlotIndexes()) {
                if (slot < periodOfSlot.length && periodOfSlot[slot] >= 0) {
                    first = Math.min(first, periodOfSlot[slot]);
                    last = Math.max(last, periodOfSlot[slot]);
                }
            }
            boolean known = dayOf[block] >= 0 && last >= 0;
            firstPeriod[block] = known ? first : -1;
            lastPeriod[block] = known ? last : -1;
        }
    }

    /**
     * Takes out of each lesson's domain the blocks that end after the last period one of its groups may have a
     * lesson in ({@link DayRules#lastPeriodAllowed}): no schedule keeping the group's rules has a lesson there, and
     * the week test cannot take out another lesson to make room for it. A lesson left with no block keeps them all.
     */
    private void keepWithinGroupDays() {
        int[] longestDay = new int[resourceCount];
        for (int resource = 0; resource < resourceCount; resource++) {
            longestDay[resource] = longestDay(resource);
        }
        for (int activity = 0; activity < activities.size(); activity++) {
            if (!isLesson[activity] || !movable[activity]) {
                continue;
            }
            int lesson = activity;
            int[] allowed = java.util.Arrays.stream(domains[activity])
                    .filter(block -> endsInGroupDays(lesson, block, longestDay)).toArray();
            if (allowed.length > 0) {
                domains[activity] = allowed;
            }
        }
    }

    /**
     * The most lessons a group's day can hold: its maximum, and with a minimum every day, what its lessons leave
     * once every other day has that minimum (School-10-Oradea's 5A, 26 lessons at least 5 a day over 5 days: 6).
     */
    private int longestDay(int resource) {
        DayRules rules = dayRules[resource];
        if (rules == null || !rules.minOnFreeDays()) {
            return -1;
        }
        int longest = rules.maxLessons();
        if (rules.minLessons() > 0) {
            int periods = 0;
            for (int activity : activitiesOf[resource]) {
                if (!isLesson[activity] || !singleDay(activity)) {
                    return longest; // a lesson over several days: its periods a day are not counted here
                }
                int block = domains[activity][0];
                if (firstPeriod[block] < 0) {
                    return longest;
                }
                periods += lastPeriod[block] - firstPeriod[block] + 1;
            }
            int left = periods - (dayCount - 1) * rules.minLessons();
            longest = longest < 0 ? left : Math.min(longest, left);
        }
        return longest;
    }

    private boolean endsInGroupDays(int activity, int block, int[] longestDay) {
        if (dayOf[block] < 0 || lastPeriod[block] < 0) {
            return true;
        }
        for (int resource : resourcesOf[activity]) {
            int last = dayRules[resource] == null || longestDay[resource] <= 0 ? -1
                    : dayRules[resource].lastPeriodAllowed(dayOf[block], longestDay[resource]);
            if (last >= 0 && lastPeriod[block] > last) {
                return false;
            }
        }
        return true;
    }

    /** Whether every block the activity may take lies in one day. */
    private boolean singleDay(int activity) {
        for (int block : domains[activity]) {
            if (blocks.get(block).getDays().size() != 1) {
                return false;
            }
        }
        return true;
    }

    /** The single-day lessons of each section. */
    private List<List<Integer>> byCourseSection() {
        Map<Object, List<Integer>> bySection = new IdentityHashMap<>();
        List<List<Integer>> sections = new ArrayList<>();
        for (int activity = 0; activity < activities.size(); activity++) {
            if (activities.get(activity) instanceof Lesson lesson && singleDay(activity)) {
                bySection.computeIfAbsent(lesson.getSection(), key -> {
                    List<Integer> lessons = new ArrayList<>();
                    sections.add(lessons);
                    return lessons;
                }).add(activity);
            }
        }
        return sections;
    }

    /** Each team that has a meeting, numbered in the order of the school's meetings, as its attendees' resources. */
    private static int[][] teamMembers(Builder built, Map<Integer, List<Integer>> teamsOfResource) {
        Map<Object, Integer> teamIndex = new IdentityHashMap<>();
        List<int[]> members = new ArrayList<>();
        for (TeamMeeting meeting : built.meetings) {
            teamIndex.computeIfAbsent(meeting.getTeam(), team -> {
                int index = members.size();
                int[] attendees = meeting.getTeam().getAttendees().stream().distinct()
                        .mapToInt(built.resourceIndex::get).toArray();
                members.add(attendees);
                for (int resource : attendees) {
                    teamsOfResource.computeIfAbsent(resource, key -> new ArrayList<>()).add(index);
                }
                return index;
            });
        }
        return members.toArray(int[][]::new);
    }

    /**
     * The school's lessons and meetings as activities. A pinned lesson or meeting is not movable, and neither is a
     * meeting of homeroom teachers (whether their classes are away is not modelled) or a meeting without a block.
     */
    static ActivityModel of(School school) {
        return of(school, Set.of(), Map.of());
    }

    /**
     * As {@link #of(School)}, with the {@code waiting} meetings movable though without a block (meetings the meeting
     * bound leaves room for that construction did not place), and a team's meetings kept out of the blocks
     * {@code ruledOut} names for it, unless that leaves none (blocks where the meeting bound proves no schedule
     * keeping the hard rules has a meeting of it).
     */
    static ActivityModel of(School school, Set<TeamMeeting> waiting, Map<Team, Set<Block>> ruledOut) {
        Builder builder = new Builder(school.getMeetings(), school.getBellSchedule(),
                SameStartMoveFactory.startTogether(school),
                SameStartMoveFactory.sameNumbered(school, SectionLink.Kind.SAME_DAY));
        for (Lesson lesson : school.getLessons()) {
            List<Object> resources = new ArrayList<>(lesson.getSection().getStaff());
            resources.addAll(lesson.getSection().getGroups());
            // A NOT_OVERLAPPING link is held like a teacher by every lesson of its sections: one at a time.
            lesson.getSection().getLinks().stream()
                    .filter(link -> link.kind() == SectionLink.Kind.NOT_OVERLAPPING).forEach(resources::add);
            List<Room> roomRange = lesson.isPinned() || lesson.getRoomRange().isEmpty()
                    ? (lesson.getRoom() == null ? List.of() : List.of(lesson.getRoom()))
                    : lesson.getRoomRange();
            builder.add(lesson, new Range(lesson.getBlock(), lesson.getBlockRange(),
                    lesson.getSection().getStaffUnavailable()), resources, !lesson.isPinned());
            builder.addRooms(roomRange, lesson.getRoom());
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            List<Teacher> attendees = meeting.getTeam().getAttendees();
            boolean homeroom = attendees.stream().anyMatch(teacher -> teacher.getHomeroom() != null);
            Set<Block> out = ruledOut.getOrDefault(meeting.getTeam(), Set.of());
            List<Block> range = meeting.getBlockRange().stream().filter(block -> !out.contains(block)).toList();
            builder.add(meeting, new Range(meeting.getBlock(), range.isEmpty() ? meeting.getBlockRange() : range,
                    meeting.getTeam().getAttendeesUnavailable()), new ArrayList<>(attendees),
                    !meeting.isPinned() && !homeroom && (meeting.getBlock() != null || waiting.contains(meeting)));
            builder.addRooms(List.of(), null);
        }
        return new ActivityModel(builder);
    }

    /** An activity's block now, the blocks it may take, and the timeslots its people are away (to leave out). */
    private record Range(Block current, List<Block> blocks, SlotSet unavailable) {
    }

    /** Numbers blocks, rooms and resources as the activities come in. */
    private static final class Builder {
        private final List<TeamMeeting> meetings;
        private final List<Object> activities = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<Room> rooms = new ArrayList<>();
        private final Map<Block, Integer> blockIndex = new IdentityHashMap<>();
        private final Map<Object, Integer> resourceIndex = new HashMap<>();
        private final Map<Room, Integer> roomIndex = new IdentityHashMap<>();
        private final List<int[]> domains = new ArrayList<>();
        private final List<int[]> roomDomains = new ArrayList<>();
        private final List<int[]> resources = new ArrayList<>();
        private final List<Boolean> movable = new ArrayList<>();
        private final List<Integer> startBlocks = new ArrayList<>();
        private final List<Integer> startRooms = new ArrayList<>();

        private final int dayCount;
        private final BellSchedule bellSchedule;
        private final List<List<Lesson>> startTogether;
        private final List<List<Lesson>> sameDay;

        Builder(List<TeamMeeting> meetings, BellSchedule bellSchedule, List<List<Lesson>> startTogether,
                List<List<Lesson>> sameDay) {
            this.meetings = meetings;
            this.bellSchedule = bellSchedule;
            this.startTogether = startTogether;
            this.sameDay = sameDay;
            this.dayCount = bellSchedule.getDays().size();
        }

        /** An activity whose domain is its range less the blocks its people are away (all of it if none is left). */
        void add(Object entity, Range range, List<Object> held, boolean isMovable) {
            activities.add(entity);
            List<Block> allowed = range.blocks().stream()
                    .filter(block -> !block.getSlots().overlaps(range.unavailable())).toList();
            domains.add((allowed.isEmpty() ? range.blocks() : allowed).stream().mapToInt(this::indexOf).toArray());
            resources.add(held.stream().distinct()
                    .mapToInt(resource -> resourceIndex.computeIfAbsent(resource, key -> resourceIndex.size()))
                    .toArray());
            movable.add(isMovable);
            startBlocks.add(range.current() == null ? -1 : indexOf(range.current()));
        }

        /** The last activity's suitable rooms, and the one it starts in when that is among them. */
        void addRooms(List<Room> roomRange, Room current) {
            roomDomains.add(roomRange.stream()
                    .mapToInt(room -> roomIndex.computeIfAbsent(room, key -> {
                        rooms.add(key);
                        return rooms.size() - 1;
                    }))
                    .toArray());
            startRooms.add(current != null && roomRange.contains(current) ? roomIndex.get(current) : -1);
        }

        private int indexOf(Block block) {
            return blockIndex.computeIfAbsent(block, key -> {
                blocks.add(key);
                return blocks.size() - 1;
            });
        }
    }

    int activityCount() {
        return activities.size();
    }

    int blockCount() {
        return blocks.size();
    }

    int roomCount() {
        return rooms.size();
    }

    int resourceCount() {
        return resourceCount;
    }

    /** The lesson or meeting behind the activity. */
    Object entity(int activity) {
        return activities.get(activity);
    }

    Block block(int block) {
        return blocks.get(block);
    }

    Room room(int room) {
        return rooms.get(room);
    }

    int[] domain(int activity) {
        return domains[activity];
    }

    int[] roomDomain(int activity) {
        return roomDomains[activity];
    }

    int[] resourcesOf(int activity) {
        return resourcesOf[activity];
    }

    int[] activitiesOf(int resource) {
        return activitiesOf[resource];
    }

    boolean isMovable(int activity) {
        return movable[activity];
    }

    boolean isLesson(int activity) {
        return isLesson[activity];
    }

    int startBlock(int activity) {
        return startBlock[activity];
    }

    /** The room construction gave the activity, preferred among rooms that are otherwise as good (-1: none). */
    int startRoom(int activity) {
        return startRoom[activity];
    }

    /** Whether the block is not where the previous schedule of a re-solve had the activity (false when it had none). */
    boolean leavesPrevious(int activity, int block) {
        Placement previous = previousAllowed(activities.get(activity));
        return previous != null && previous.blockId() != null && previous.blockMoved(blocks.get(block));
    }

    /** The block a re-solve's previous schedule had the activity in, where it may still go (-1: none). */
    int previousBlock(int activity) {
        return previousBlock[activity];
    }

    /** The room a re-solve's previous schedule had the lesson in, where it may still go (-1: none or any). */
    int previousRoom(int activity) {
        return previousRoom[activity];
    }

    private static Placement previousAllowed(Object entity) {
        return entity instanceof Lesson lesson ? lesson.getPreviousAllowed()
                : entity instanceof TeamMeeting meeting ? meeting.getPreviousAllowed() : null;
    }

    /** The first index of {@code indexes} whose item matches, or -1. */
    private static <T> int indexIn(int[] indexes, List<T> items, java.util.function.Predicate<T> matches) {
        for (int index : indexes) {
            if (matches.test(items.get(index))) {
                return index;
            }
        }
        return -1;
    }

    /** Per block, whether it shares a timeslot with {@code block}. */
    boolean[] overlapping(int block) {
        return overlapping[block];
    }

    boolean isRoomOpen(int room, int block) {
        return roomOpen[room][block];
    }

    /** Whether the block is in the activity's domain and the room (-1: none) open for all of it. */
    boolean mayTake(int activity, int block, int room) {
        if (room >= 0 && !roomOpen[room][block]) {
            return false;
        }
        for (int allowed : domains[activity]) {
            if (allowed == block) {
                return true;
            }
        }
        return false;
    }

    /** The block of the activity's domain over the same timeslots as {@code block}, or -1. */
    int blockLike(int activity, int block) {
        SlotSet slots = blocks.get(block).getSlots();
        for (int allowed : domains[activity]) {
            if (allowed == block || blocks.get(allowed).getSlots().equals(slots)) {
                return allowed;
            }
        }
        return -1;
    }

    int[] courseLessons(int activity) {
        return courseLessons[activity];
    }

    /** The lesson's section (null for a meeting), compared by identity. */
    Object section(int activity) {
        return sectionOf[activity];
    }

    /** The days the lesson is better apart from the other lessons of its section (min_days_between_soft), or 0. */
    int softDaysApart(int activity) {
        return softDaysApart[activity];
    }

    int[] spreadMates(int activity) {
        return spreadMates[activity];
    }

    /** For each of {@link #spreadMates}, the days it must be apart at least (1: another day). */
    int[] spreadGaps(int activity) {
        return spreadGaps[activity];
    }

    /** A group's lessons of one course, {@code share} of them a day at most. */
    record Crowd(int[] lessons, int share) {
    }

    Crowd[] crowdsOf(int activity) {
        return crowdsOf[activity];
    }

    int dayCount() {
        return dayCount;
    }

    /** The days a week the resource may teach, 0 when not counted. */
    int maxDays(int resource) {
        return maxDays[resource];
    }

    /** The block's day, -1 when it spans several. */
    int dayOf(int block) {
        return dayOf[block];
    }

    /**
     * The hard rules on the shape of a teacher's or a group's day, as the search weighs a day: idle periods
     * between lessons (teacher-gaps, group-gaps), a start after the first period (group-late-start), fewer lessons
     * than a minimum (teacher-short-day on days taught, group-daily-lessons on every day), more than a maximum
     * (teaching-load, group-daily-lessons) and more in a row (teacher-lessons-in-a-row); a negative limit is none.
     * {@code notGaps} holds per day the periods a free one between lessons is no gap in (a teacher unavailable then,
     * as teacher-gaps counts), null for none.
     */
    record DayRules(boolean gaps, boolean lateStarts, int minLessons, boolean minOnFreeDays, int maxLessons,
            int maxInARow, int maxGapsPerDay, int maxGapsPerWeek, int maxLateStarts, int[] dayStarts,
            long[] notGaps) {

        private static final DayRules NONE = new DayRules(false, false, -1, false, -1, -1, -1, -1, -1, null, null);

        /** The person's rules, or null when no such rule limits them. */
        static DayRules of(Object resource, BellSchedule bellSchedule) {
            DayRules rules = null;
            if (resource instanceof Teacher teacher) {
                TeacherLimits limits = teacher.getLimits();
                rules = new DayRules(limits.limitsGaps(), false,
                        limits.limitsShortDays() ? limits.minLessonsPerDay() : -1, false,
                        teacher.getTeachingLimitPerDay() > 0 ? teacher.getTeachingLimitPerDay() : -1,
                        limits.limitsLessonsInARow() ? limits.maxLessonsInARow() : -1,
                        limits.maxGapsPerDay(), limits.maxGapsPerWeek(), -1, null,
                        limits.limitsGaps() ? unavailablePeriods(teacher, bellSchedule) : null);
            } else if (resource instanceof StudentGroup group && group.getLimits().any()) {
                GroupLimits limits = group.getLimits();
                boolean lateStarts = limits.maxLateStarts() != GroupLimits.NO_LIMIT;
                rules = new DayRules(limits.maxGapsPerDay() != GroupLimits.NO_LIMIT
                        || limits.maxGapsPerWeek() != GroupLimits.NO_LIMIT, lateStarts, limits.minLessonsPerDay(),
                        true, limits.maxLessonsPerDay(), -1, limits.maxGapsPerDay(), limits.maxGapsPerWeek(),
                        limits.maxLateStarts(), lateStarts ? dayStarts(group, bellSchedule) : null, null);
            }
            return rules == null || rules.equals(NONE) ? null : rules;
        }

        /** Where the group's days start: a group away in its first periods starts at the first it is not away in. */
        private static int[] dayStarts(StudentGroup group, BellSchedule bellSchedule) {
            List<List<Timeslot>> days = bellSchedule.getTimeslotsByDay();
            int[] starts = new int[days.size()];
            for (int day = 0; day < starts.length; day++) {
                starts[day] = group.dayStart(days.get(day).stream().filter(Timeslot::isClass).toList());
            }
            return starts;
        }

        /** Per day, the CLASS periods the teacher is unavailable in, or null when they are available throughout. */
        private static long[] unavailablePeriods(Teacher teacher, BellSchedule bellSchedule) {
            List<List<Timeslot>> days = bellSchedule.getTimeslotsByDay();
            long[] periods = new long[days.size()];
            boolean any = false;
            for (int day = 0; day < days.size(); day++) {
                int period = 0;
                for (Timeslot timeslot : days.get(day)) {
                    if (timeslot.isClass()) {
                        if (period < Long.SIZE && teacher.getUnavailable().contains(timeslot.index())) {
                            periods[day] |= 1L << period;
                            any = true;
                        }
                        period++;
                    }
                }
            }
            return any ? periods : null;
        }

        /** The free periods between the first and the last of {@code taken} on the day that count as gaps. */
        int holes(int day, long taken) {
            if (taken == 0) {
                return 0;
            }
            long span = (-1L >>> Long.numberOfLeadingZeros(taken)) & (-1L << Long.numberOfTrailingZeros(taken));
            long free = span & ~taken;
            return Long.bitCount(notGaps == null || day >= notGaps.length ? free : free & ~notGaps[day]);
        }

        /** Whether a day whose CLASS periods taken are the bits of {@code taken} starts after the day's start. */
        boolean lateOn(int day, long taken) {
            int start = dayStarts == null || day >= dayStarts.length ? 0 : dayStarts[day];
            return lateStarts && taken != 0 && Long.numberOfTrailingZeros(taken) > start;
        }

        /**
         * How many lessons a week the days {@code taken} (per day, its CLASS periods as bits) lack to keep the
         * limits on gaps, late starts and a teacher's short days: each lesson still to place can fill one hole, a
         * late start or a short day, so a partial week that lacks more than it has left cannot be completed.
         * Counted as the rules count what they break (a hole beyond a day's and a week's limit lacks two): stricter
         * than the fewest lessons that could fill the week; the figures in benchmarks/RESULTS.md are of this count.
         */
        int weekShortfall(long[] taken) {
            int gapExcess = 0;
            int weekGaps = 0;
            int lateDays = 0;
            int shortfall = 0;
            for (int index = 0; index < taken.length; index++) {
                long day = taken[index];
                if (day == 0) {
                    continue;
                }
                int lessons = Long.bitCount(day);
                int holes = holes(index, day);
                if (gaps) {
                    weekGaps += holes;
                    gapExcess += maxGapsPerDay >= 0 ? Math.max(0, holes - maxGapsPerDay) : 0;
                }
                lateDays += lateOn(index, day) ? 1 : 0;
                shortfall += minLessons > 0 && !minOnFreeDays ? Math.max(0, minLessons - lessons) : 0;
            }
            gapExcess += gaps && maxGapsPerWeek >= 0 ? Math.max(0, weekGaps - maxGapsPerWeek) : 0;
            int lateExcess = lateStarts && maxLateStarts >= 0 ? Math.max(0, lateDays - maxLateStarts) : 0;
            return gapExcess + lateExcess + shortfall;
        }

        /**
         * How far a student group's week (per day, its CLASS periods taken as bits) is from one that {@code toPlace}
         * more periods could complete within group-daily-lessons, group-gaps and group-late-start, as FET tests a
         * partial timetable: 0 when it could be. A day needs at least its holes filled when no gap is allowed (and
         * the periods from its start when no late start is), and at least its minimum of lessons, empty or not: the
         * larger of the two, since the periods that fill a hole count toward the minimum too. Those needs beyond the
         * periods left to place count, and so does every day already past its maximum with what it needs.
         */
        int groupWeekExcess(long[] taken, int toPlace) {
            boolean everyHole = gaps && (maxGapsPerDay == 0 || maxGapsPerWeek == 0);
            boolean everyLateStart = lateStarts && maxLateStarts == 0;
            int need = 0;
            int overflow = 0;
            int weekGaps = 0;
            int gapExcess = 0;
            int lateDays = 0;
            for (int day = 0; day < taken.length; day++) {
                long periods = taken[day];
                int lessons = Long.bitCount(periods);
                int fill = 0;
                if (periods != 0) {
                    int holes = Long.SIZE - Long.numberOfLeadingZeros(periods) - Long.numberOfTrailingZeros(periods)
                            - lessons;
                    if (everyHole) {
                        fill += holes;
                    } else if (gaps) {
                        weekGaps += holes;
                        gapExcess += maxGapsPerDay >= 0 ? Math.max(0, holes - maxGapsPerDay) : 0;
                    }
                    if (lateOn(day, periods)) {
                        int start = dayStarts == null || day >= dayStarts.length ? 0 : dayStarts[day];
                        if (everyLateStart) {
                            fill += everyHole ? Long.numberOfTrailingZeros(periods) - start : 1;
                        } else {
                            lateDays++;
                        }
                    }
                }
                need += Math.max(fill, minLessons > 0 ? minLessons - lessons : 0);
                if (maxLessons >= 0) {
                    overflow += Math.max(0, lessons + fill - maxLessons);
                }
            }
            if (!everyHole && gaps && maxGapsPerWeek >= 0) {
                gapExcess += Math.max(0, weekGaps - maxGapsPerWeek);
            }
            int lateExcess = !everyLateStart && lateStarts && maxLateStarts >= 0
                    ? Math.max(0, lateDays - maxLateStarts) : 0;
            return overflow + Math.max(0, need + gapExcess + lateExcess - toPlace);
        }

        /**
         * The last CLASS period (counted within the day) a lesson of a group may end in on {@code day}: with no gap
         * and no late start allowed, a day is one run from its start, at most {@code longest} lessons long; -1 when
         * the rules leave every period open.
         */
        int lastPeriodAllowed(int day, int longest) {
            if (!gaps || !(maxGapsPerDay == 0 || maxGapsPerWeek == 0) || !lateStarts || maxLateStarts != 0) {
                return -1;
            }
            int start = dayStarts == null || day >= dayStarts.length ? 0 : dayStarts[day];
            return start + longest - 1;
        }

        /** How far the day whose CLASS periods taken are the bits of {@code taken} is from these rules. */
        int cost(int day, long taken) {
            int lessons = Long.bitCount(taken);
            int cost = 0;
            if (taken != 0 && gaps) {
                cost += holes(day, taken);
            }
            if (lateOn(day, taken)) {
                cost++;
            }
            if (minLessons > 0 && (taken != 0 || minOnFreeDays)) {
                cost += Math.max(0, minLessons - lessons);
            }
            if (maxLessons >= 0) {
                cost += Math.max(0, lessons - maxLessons);
            }
            if (maxInARow > 0) {
                long run = taken;
                for (int i = 0; i < maxInARow && run != 0; i++) {
                    run &= run >>> 1; // after the loop: periods followed by maxInARow more taken ones
                }
                cost += Long.bitCount(run);
            }
            return cost;
        }
    }

    /** The limits on the shape of the resource's days, null for none. */
    DayRules dayRules(int resource) {
        return dayRules[resource];
    }

    /** The block's first CLASS period in its day (0: the day's first), -1 when it spans several days. */
    int firstPeriod(int block) {
        return firstPeriod[block];
    }

    int lastPeriod(int block) {
        return lastPeriod[block];
    }

    /**
     * A limit on a teacher's timeslots of lessons a day: of the {@code lessons} counted, at most {@code maxPerDay}
     * CLASS periods a day and {@code maxInARow} in a row (a negative or zero limit is none).
     */
    record DailyCap(int[] lessons, int maxPerDay, int maxInARow) {

        boolean counts(int activity) {
            for (int lesson : lessons) {
                if (lesson == activity) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The resource's limits on lessons a day, none for most. */
    DailyCap[] dailyCaps(int resource) {
        return dailyCaps[resource];
    }

    /** The teacher's limits on days taught within part of the day, none for most. */
    IntervalCap[] intervalCaps(int resource) {
        return intervalCaps[resource];
    }

    /** The day's CLASS periods (bits) that carry on the run of the period before them. */
    long runContinues(int day) {
        return runContinues[day];
    }

    /** The block's CLASS periods in its day as bits (none past the 64th). */
    long periodBits(int block) {
        int first = firstPeriod(block);
        int last = Math.min(Long.SIZE - 1, lastPeriod(block));
        return first < 0 || first > last ? 0 : (-1L >>> (Long.SIZE - 1 - last + first)) << first;
    }

    /** The block's CLASS periods, 1 for a block outside the day's periods. */
    int periodCount(int block) {
        return firstPeriod(block) < 0 ? 1 : lastPeriod(block) - firstPeriod(block) + 1;
    }

    /** The lessons that must start when this one does (SAME_START links), none for most. */
    int[] startMates(int activity) {
        return startMates[activity];
    }

    /** The lessons that must start on the day this one starts (SAME_DAY links), none for most. */
    int[] dayMates(int activity) {
        return dayMates[activity];
    }

    /** The day of the block's first timeslot, which SAME_DAY links compare. */
    int startDay(int block) {
        return startDay[block];
    }

    /** The block's first timeslot: lessons start together when their blocks' first timeslots are one. */
    int startSlot(int block) {
        return startSlot[block];
    }

    int[] teamsOf(int activity) {
        return teamsOf[activity];
    }

    int[] teamMembers(int team) {
        return teamMembers[team];
    }

    /** The room's building, numbered from 0, or -1 when it has none. */
    int buildingOf(int room) {
        return buildingOf[room];
    }

    /** How often the teacher or group may change building, null when nothing limits it. */
    BuildingLimits buildingLimits(int resource) {
        return buildingLimits[resource];
    }

    /** The block's first timeslot in its day, breaks and lunch counted (0: the day's first), -1 over several days. */
    int firstSlotInDay(int block) {
        return firstSlotInDay[block];
    }

    int lastSlotInDay(int block) {
        return lastSlotInDay[block];
    }
}
