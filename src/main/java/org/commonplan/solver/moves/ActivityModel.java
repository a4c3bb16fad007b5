package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
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

    private ActivityModel(Builder built) {
        activities = built.activities;
        blocks = built.blocks;
        rooms = built.rooms;
        domains = built.domains.toArray(int[][]::new);
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
        Builder builder = new Builder(school.getMeetings(), school.getBellSchedule());
        for (Lesson lesson : school.getLessons()) {
            List<Object> resources = new ArrayList<>(lesson.getSection().getStaff());
            resources.addAll(lesson.getSection().getGroups());
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
            builder.add(meeting, new Range(meeting.getBlock(), meeting.getBlockRange(),
                    meeting.getTeam().getAttendeesUnavailable()), new ArrayList<>(attendees),
                    !meeting.isPinned() && !homeroom && meeting.getBlock() != null);
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

        Builder(List<TeamMeeting> meetings, BellSchedule bellSchedule) {
            this.meetings = meetings;
            this.bellSchedule = bellSchedule;
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

    int[] courseLessons(int activity) {
        return courseLessons[activity];
    }

    /** The lesson's section (null for a meeting), compared by identity. */
    Object section(int activity) {
        return sectionOf[activity];
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
     */
    record DayRules(boolean gaps, boolean lateStarts, int minLessons, boolean minOnFreeDays, int maxLessons,
            int maxInARow, int maxGapsPerDay, int maxGapsPerWeek, int maxLateStarts, int[] dayStarts) {

        private static final DayRules NONE = new DayRules(false, false, -1, false, -1, -1, -1, -1, -1, null);

        /** The person's rules, or null when no such rule limits them. */
        static DayRules of(Object resource, BellSchedule bellSchedule) {
            DayRules rules = null;
            if (resource instanceof Teacher teacher) {
                TeacherLimits limits = teacher.getLimits();
                rules = new DayRules(limits.limitsGaps(), false,
                        limits.limitsShortDays() ? limits.minLessonsPerDay() : -1, false,
                        teacher.getTeachingLimitPerDay() > 0 ? teacher.getTeachingLimitPerDay() : -1,
                        limits.limitsLessonsInARow() ? limits.maxLessonsInARow() : -1,
                        limits.maxGapsPerDay(), limits.maxGapsPerWeek(), -1, null);
            } else if (resource instanceof StudentGroup group && group.getLimits().any()) {
                GroupLimits limits = group.getLimits();
                boolean lateStarts = limits.maxLateStarts() != GroupLimits.NO_LIMIT;
                rules = new DayRules(limits.maxGapsPerDay() != GroupLimits.NO_LIMIT
                        || limits.maxGapsPerWeek() != GroupLimits.NO_LIMIT, lateStarts, limits.minLessonsPerDay(),
                        true, limits.maxLessonsPerDay(), -1, limits.maxGapsPerDay(), limits.maxGapsPerWeek(),
                        limits.maxLateStarts(), lateStarts ? dayStarts(group, bellSchedule) : null);
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
                int holes = Long.SIZE - Long.numberOfLeadingZeros(day) - Long.numberOfTrailingZeros(day) - lessons;
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

        /** How far the day whose CLASS periods taken are the bits of {@code taken} is from these rules. */
        int cost(int day, long taken) {
            int lessons = Long.bitCount(taken);
            int cost = 0;
            if (taken != 0 && gaps) {
                cost += Long.SIZE - Long.numberOfLeadingZeros(taken) - Long.numberOfTrailingZeros(taken) - lessons;
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

    int[] teamsOf(int activity) {
        return teamsOf[activity];
    }

    int[] teamMembers(int team) {
        return teamMembers[team];
    }
}
