package org.commonplan.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.commonplan.bound.BlockPacking;
import org.commonplan.bound.MeetingBound;
import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.Rule;

/**
 * What no schedule can give, found from the problem alone before any solve: the causes behind a schedule that
 * stays infeasible (or a team that never meets) however long the solver searches, each in one sentence with its
 * numbers.
 *
 * <p>Each check is a count that every schedule keeping the hard rules obeys, so a cause is never a guess: a school
 * that has such a schedule (every planted dataset) has none. A lesson sits in one of its <em>candidate</em> blocks
 * ({@link LessonChoices}: pinned, fixed or allowed, and where its staff and a room are available) and takes at
 * least the timeslots of the smallest. Then:
 * <ul>
 * <li>{@code teacher-time}: a teacher's lessons never overlap, so their timeslots add up; they fit in the teacher's
 *     available CLASS timeslots, at most the daily limit a day, on at most {@code max_days_per_week} days, and
 *     leave the minimum planning and a leader's release in minutes.</li>
 * <li>{@code group-time}: a student group's lessons never overlap and fit in the week's CLASS timeslots, within
 *     its {@code max_lessons_per_day}; they must also reach its {@code min_lessons_per_day} every day.</li>
 * <li>{@code room-time}: lessons that can only be in a set of rooms (their kind, their listed or fixed rooms) fit in
 *     the timeslots in which those rooms are available, one lesson a room at a time.</li>
 * <li>{@code lesson-unavailable}: a lesson, pinned or not, with no block in which its staff and a room are
 *     available.</li>
 * <li>{@code section-blocks}: a section's lessons share its teacher, so they need as many non-overlapping blocks
 *     (on days far enough apart for {@code min_days_between}).</li>
 * <li>{@code pin-clash}: two lessons that must meet in one timeslot (fixed, pinned, or with one possible block)
 *     and share a teacher, a student group or their only room.</li>
 * <li>{@code pinned-load}: the timeslots a teacher must teach on a day (or the days they must teach) beyond their
 *     daily limit (or {@code max_days_per_week}).</li>
 * <li>{@code team-never-free}: a team whose attendees are never all free in one block of its family, as
 *     {@link MeetingBound} reasons: its meetings can never be placed.</li>
 * </ul>
 * A rule that the school overrides to no hard weight is not relied on.
 *
 * @param causes every cause found, checks in the order above
 */
public record Infeasibility(List<Cause> causes) {

    /** Sections or lessons named in one sentence before "and N more". */
    private static final int NAMED = 5;

    /** Distinct sets of rooms past which only room kinds and single rooms are checked. */
    private static final int MANY_ROOM_SETS = 500;

    /**
     * @param check   which check found it ({@code teacher-time}, {@code group-time}, ...)
     * @param subject the id of the teacher, student group, room or room kind, section, lesson or team it is about
     * @param message one sentence with the numbers
     */
    public record Cause(String check, String subject, String message) {
    }

    public static Infeasibility of(School school) {
        return new Checks(school).run();
    }

    /** Whether nothing was found: the problem may still be infeasible in ways these counts cannot see. */
    @JsonIgnore
    public boolean isEmpty() {
        return causes.isEmpty();
    }

    /** The sentences, in order. */
    public List<String> messages() {
        return causes.stream().map(Cause::message).toList();
    }

    /** Working state of one school's checks. */
    private static final class Checks {

        private final School school;
        private final BellSchedule bell;
        private final LessonChoices choices;
        private final boolean unavailableRule;
        private final Map<Teacher, List<Lesson>> taught = new LinkedHashMap<>();
        private final Map<StudentGroup, List<Lesson>> attended = new LinkedHashMap<>();
        private final Map<Section, List<Lesson>> lessonsOf = new LinkedHashMap<>();
        private final List<Cause> causes = new ArrayList<>();

        Checks(School school) {
            this.school = school;
            this.bell = school.getBellSchedule();
            this.choices = new LessonChoices(school);
            this.unavailableRule = hard(Rule.UNAVAILABLE);
            for (Lesson lesson : school.getLessons()) {
                Section section = lesson.getSection();
                section.getStaff().forEach(teacher -> taught.computeIfAbsent(teacher, key -> new ArrayList<>())
                        .add(lesson));
                section.getGroups().forEach(group -> attended.computeIfAbsent(group, key -> new ArrayList<>())
                        .add(lesson));
                lessonsOf.computeIfAbsent(section, key -> new ArrayList<>()).add(lesson);
            }
        }

        private boolean hard(Rule rule) {
            return LessonChoices.isHard(school, rule);
        }

        Infeasibility run() {
            if (hard(Rule.TEACHER_CONFLICT)) {
                school.getTeachers().forEach(this::teacherTime);
            }
            if (hard(Rule.GROUP_CONFLICT)) {
                attended.forEach(this::groupTime);
            }
            if (hard(Rule.ROOM_CONFLICT)) {
                roomTime();
            }
            if (unavailableRule) {
                lessonsUnavailable();
            }
            if (hard(Rule.TEACHER_CONFLICT)) {
                lessonsOf.forEach(this::sectionBlocks);
            }
            pinClashes();
            taught.forEach(this::pinnedLoad);
            if (hard(Rule.MEETING_MEMBER_BUSY)) {
                teamsNeverFree();
            }
            return new Infeasibility(List.copyOf(causes));
        }

        private void add(String check, String subject, String message) {
            causes.add(new Cause(check, subject, message));
        }

        /** The blocks a lesson can take; all it may take when none fits (that is a cause of its own). */
        private List<Block> candidates(Lesson lesson) {
            List<Block> fitting = choices.fitting(lesson);
            return fitting.isEmpty() ? LessonChoices.allowed(lesson) : fitting;
        }

        private int leastSlots(Lesson lesson) {
            return candidates(lesson).stream().mapToInt(block -> block.getSlots().size()).min().orElse(0);
        }

        private int mostSlots(Lesson lesson) {
            return candidates(lesson).stream().mapToInt(block -> block.getSlots().size()).max().orElse(0);
        }

        private int leastMinutes(Lesson lesson) {
            return candidates(lesson).stream().mapToInt(Block::getMinutes).min().orElse(0);
        }

        private int[] perDay(SlotSet slots) {
            int[] counts = new int[bell.getDays().size()];
            slots.forEach(slot -> counts[bell.dayIndexOf(slot)]++);
            return counts;
        }

        // ------------------------------------------------------------------------------------ teacher-time

        private void teacherTime(Teacher teacher) {
            List<Lesson> lessons = taught.getOrDefault(teacher, List.of());
            if (lessons.isEmpty()) {
                return;
            }
            int needed = lessons.stream().mapToInt(this::leastSlots).sum();
            SlotSet available = unavailableRule ? teacher.getAvailableClassSlots() : bell.getClassSlots();
            int[] availablePerDay = perDay(available);
            int limit = teacher.getTeachingLimitPerDay();
            boolean loadRule = hard(Rule.TEACHING_LOAD);
            List<Integer> daily = new ArrayList<>();
            for (int count : availablePerDay) {
                daily.add(loadRule ? Math.min(count, limit) : count);
            }
            int withinLimit = daily.stream().mapToInt(Integer::intValue).sum();
            int maxDays = teacher.getLimits().maxDaysPerWeek();
            boolean daysBind = hard(Rule.TEACHER_DAYS) && teacher.getLimits().limitsDays() && maxDays < daily.size();
            int most = withinLimit;
            if (daysBind) {
                most = daily.stream().sorted(Comparator.reverseOrder()).limit(maxDays).mapToInt(Integer::intValue)
                        .sum();
            }
            if (needed > most) {
                int week = bell.getClassSlots().size();
                List<String> why = new ArrayList<>();
                why.add(available.size() == week ? "they are available in all " + week + " CLASS timeslots of the week"
                        : "they are available in " + available.size() + " of the week's " + week
                                + " CLASS timeslots");
                if (withinLimit < available.size()) {
                    why.add("their daily limit of " + limit + " (" + limitSource(teacher) + ") allows "
                            + withinLimit);
                }
                if (most < withinLimit) {
                    why.add("teaching on at most " + maxDays + (maxDays == 1 ? " day" : " days")
                            + " (max_days_per_week) allows " + most);
                }
                add("teacher-time", teacher.getId(), "teacher " + who(teacher) + " has lessons that fill " + needed
                        + " timeslots a week, more than the " + most + " they can teach: " + String.join(", and ",
                                why));
                return;
            }
            if (!hard(Rule.PLANNING_PROTECTED)) {
                return;
            }
            int lessonMinutes = lessons.stream().mapToInt(this::leastMinutes).sum();
            int planning = teacher.getMinPlanningMinutesPerWeek();
            int release = teacher.getReleaseMinutesPerWeek();
            int availableMinutes = bell.minutesOf(available);
            if (lessonMinutes + planning + release > availableMinutes) {
                add("teacher-time", teacher.getId(), "teacher " + who(teacher) + " has lessons that take at least "
                        + lessonMinutes + " minutes a week, and with " + planning + " minutes of planning "
                        + "(min_planning_minutes_per_week)" + (release > 0 ? " and " + release + " of release "
                                + "(release_per_day)" : "") + " that is more than the " + availableMinutes
                        + " minutes of CLASS time they are available");
            }
        }

        private static String limitSource(Teacher teacher) {
            return teacher.getReleasePerDay() > 0 ? "max_teaching_per_day " + teacher.getMaxTeachingPerDay()
                    + " less release_per_day " + teacher.getReleasePerDay() : "max_teaching_per_day";
        }

        // -------------------------------------------------------------------------------------- group-time

        private void groupTime(StudentGroup group, List<Lesson> lessons) {
            int needed = lessons.stream().mapToInt(this::leastSlots).sum();
            SlotSet present = bell.getClassSlots().minus(group.getUnavailable());
            int week = present.size();
            GroupLimits limits = group.getLimits();
            boolean dailyRule = hard(Rule.GROUP_DAILY_LESSONS);
            int most = week;
            if (dailyRule && limits.maxLessonsPerDay() != GroupLimits.NO_LIMIT) {
                most = 0;
                for (int count : perDay(present)) {
                    most += Math.min(count, limits.maxLessonsPerDay());
                }
            }
            if (needed > most) {
                add("group-time", group.getId(), "student group " + group.getId() + " has lessons that fill " + needed
                        + " timeslots a week, more than " + (most == week ? "the " + week
                                + " CLASS timeslots of the week" + (group.getUnavailable().isEmpty() ? ""
                                        : " it is not away in") : "the " + most + " its max_lessons_per_day of "
                                        + limits.maxLessonsPerDay() + " allows over the week"));
                return;
            }
            if (dailyRule && limits.minLessonsPerDay() != GroupLimits.NO_LIMIT) {
                int days = bell.getDays().size();
                int required = limits.minLessonsPerDay() * days;
                int filled = lessons.stream().mapToInt(this::mostSlots).sum();
                if (filled < required) {
                    add("group-time", group.getId(), "student group " + group.getId() + " has lessons that fill at"
                            + " most " + filled + " timeslots a week, fewer than the " + required + " its "
                            + "min_lessons_per_day of " + limits.minLessonsPerDay() + " needs over " + days
                            + " days");
                }
            }
        }

        // --------------------------------------------------------------------------------------- room-time

        /** Lessons that can only be in a set of rooms, against the room-timeslots of that set. */
        private void roomTime() {
            List<Room> rooms = school.getRooms();
            Map<Room, Integer> index = new HashMap<>();
            rooms.forEach(room -> index.put(room, index.size()));
            // Each set of rooms that some lessons are bound to, with the timeslots and sections they need.
            Map<BitSet, Need> needs = new LinkedHashMap<>();
            for (Lesson lesson : school.getLessons()) {
                List<Room> allowed = LessonChoices.rooms(lesson);
                if (allowed.isEmpty()) {
                    continue;
                }
                BitSet set = new BitSet(rooms.size());
                allowed.forEach(room -> set.set(index.get(room)));
                Need need = needs.computeIfAbsent(set, key -> new Need());
                need.slots += leastSlots(lesson);
                need.sections.add(lesson.getSection().getId());
            }
            // The sets to check: each of those, and every room of each kind.
            Map<BitSet, String> kindOf = new LinkedHashMap<>();
            for (Room room : rooms) {
                BitSet kind = new BitSet(rooms.size());
                rooms.stream().filter(other -> other.getKind().equals(room.getKind()))
                        .forEach(other -> kind.set(index.get(other)));
                kindOf.putIfAbsent(kind, room.getKind());
            }
            // Past a few hundred distinct sets (rooms listed per section), only kinds and single rooms: it stays quick.
            Set<BitSet> sets = new HashSet<>(needs.keySet().stream()
                    .filter(set -> needs.size() <= MANY_ROOM_SETS || set.cardinality() == 1).toList());
            sets.addAll(kindOf.keySet());
            List<BitSet> ordered = sets.stream().sorted(Comparator.comparingInt(BitSet::cardinality)
                    .thenComparing(BitSet::toString)).toList();
            List<BitSet> reported = new ArrayList<>();
            for (BitSet set : ordered) {
                if (reported.stream().anyMatch(smaller -> within(smaller, set))) {
                    continue;
                }
                int needed = 0;
                Set<String> sections = new TreeSet<>();
                for (Map.Entry<BitSet, Need> entry : needs.entrySet()) {
                    if (within(entry.getKey(), set)) {
                        needed += entry.getValue().slots;
                        sections.addAll(entry.getValue().sections);
                    }
                }
                int capacity = 0;
                for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
                    Room room = rooms.get(i);
                    capacity += unavailableRule ? bell.getClassSlots().minus(room.getUnavailable()).size()
                            : bell.getClassSlots().size();
                }
                if (needed > capacity) {
                    reported.add(set);
                    List<Room> members = set.stream().mapToObj(rooms::get).toList();
                    String kind = kindOf.get(set);
                    String subject = members.size() == 1 ? members.get(0).getId()
                            : kind != null ? kind : members.stream().map(Room::getId).collect(Collectors.joining(";"));
                    String whose = members.size() == 1 ? "can only be in room " + members.get(0).getId()
                            : kind != null ? "need a " + kind + " room"
                            : "can only be in rooms " + members.stream().map(Room::getId)
                                    .collect(Collectors.joining(", "));
                    String where = members.size() == 1 ? "CLASS timeslots in which that room is available"
                            : kind != null ? "room-timeslots of the school's " + members.size() + " " + kind
                                    + " rooms" : "room-timeslots of those rooms";
                    add("room-time", subject, "lessons that " + whose + " (" + named("section", sections)
                            + ") fill " + needed + " timeslots a week, more than the " + capacity + " " + where);
                }
            }
        }

        /** Whether every room of {@code inner} is in {@code outer}. */
        private static boolean within(BitSet inner, BitSet outer) {
            for (int i = inner.nextSetBit(0); i >= 0; i = inner.nextSetBit(i + 1)) {
                if (!outer.get(i)) {
                    return false;
                }
            }
            return true;
        }

        /** Timeslots needed by the lessons bound to one set of rooms, and their sections. */
        private static final class Need {
            private int slots;
            private final Set<String> sections = new TreeSet<>();
        }

        // ------------------------------------------------------------------------------ lesson-unavailable

        private void lessonsUnavailable() {
            Set<String> reported = new HashSet<>();
            for (Lesson lesson : school.getLessons()) {
                List<Block> allowed = LessonChoices.allowed(lesson);
                if (allowed.isEmpty() || !choices.fitting(lesson).isEmpty()) {
                    continue;
                }
                Section section = lesson.getSection();
                boolean pinned = lesson.isPinned() && lesson.getBlock() != null;
                String subject = pinned ? lesson.getId() : section.getId();
                if (!reported.add(subject)) {
                    continue;
                }
                String noun = pinned && section.getMeetings() > 1 ? "lesson " : "section ";
                if (allowed.size() == 1) {
                    Block block = allowed.get(0);
                    add("lesson-unavailable", subject, noun + subject + " " + fixedTo(lesson, block) + ", but "
                            + awayIn(lesson, block));
                } else {
                    add("lesson-unavailable", subject, noun + subject + " may take " + allowed.size() + " blocks ("
                            + blockSource(section) + "), but in none of them " + awayInAll(lesson, allowed));
                }
            }
        }

        /** How the lesson came to have this one block, as {@code is fixed to MON-P1 (fixed_block)}. */
        private String fixedTo(Lesson lesson, Block block) {
            Section section = lesson.getSection();
            if (lesson.isPinned() && section.getFixedBlock() == null) {
                return "is pinned to " + block.getId();
            }
            return "is fixed to " + block.getId() + " (" + (section.getFixedBlock() != null ? "fixed_block"
                    : blockSource(section)) + ")";
        }

        private String blockSource(Section section) {
            return section.getAllowedBlocks().size() < bell.blocksOf(section.getFamily()).size() ? "its blocks list"
                    : "family " + section.getFamily();
        }

        /** Who or what is away in the block: its staff, else its rooms. */
        private String awayIn(Lesson lesson, Block block) {
            List<String> away = new ArrayList<>();
            for (Teacher teacher : lesson.getSection().getStaff()) {
                SlotSet clash = block.getSlots().intersect(teacher.getUnavailable());
                if (!clash.isEmpty()) {
                    away.add("teacher " + who(teacher) + " is unavailable in " + slotNames(clash));
                }
            }
            if (away.isEmpty()) {
                List<Room> rooms = LessonChoices.rooms(lesson);
                away.add(rooms.size() == 1 ? "room " + rooms.get(0).getId() + " is unavailable in "
                        + slotNames(block.getSlots().intersect(rooms.get(0).getUnavailable()))
                        : "none of its " + rooms.size() + " rooms is available for all of it");
            }
            return String.join(", and ", away);
        }

        /** Why no block of several fits: one teacher away in all, the staff never all in, or no room. */
        private String awayInAll(Lesson lesson, List<Block> blocks) {
            List<Teacher> staff = lesson.getSection().getStaff();
            for (Teacher teacher : staff) {
                if (blocks.stream().allMatch(block -> block.getSlots().overlaps(teacher.getUnavailable()))) {
                    return "is teacher " + who(teacher) + " available";
                }
            }
            SlotSet away = lesson.getSection().getStaffUnavailable();
            if (blocks.stream().allMatch(block -> block.getSlots().overlaps(away))) {
                return "are its teachers " + staff.stream().map(Checks::who).collect(Collectors.joining(" and "))
                        + " all available";
            }
            return "is one of its rooms (" + LessonChoices.rooms(lesson).stream().map(Room::getId)
                    .collect(Collectors.joining(", ")) + ") available when its staff are";
        }

        // ---------------------------------------------------------------------------------- section-blocks

        private void sectionBlocks(Section section, List<Lesson> lessons) {
            // The count below takes the first lesson's blocks for all; a lesson locked in time has only its own.
            if (lessons.size() < 2 || lessons.stream().anyMatch(lesson -> lesson.isPinned()
                    || lesson.getLockedBlock() != null)) {
                return;
            }
            List<Block> blocks = candidates(lessons.get(0));
            int disjoint = LessonChoices.maxDisjoint(bell, blocks);
            boolean fewerFit = blocks.size() < section.getAllowedBlocks().size();
            if (lessons.size() > disjoint) {
                add("section-blocks", section.getId(), "section " + section.getId() + " has " + lessons.size()
                        + " lessons a week, which share its teacher, but only " + disjoint + " of the blocks it may "
                        + "take (" + blockNames(blocks) + (fewerFit ? ", once the times its staff or rooms are "
                                + "unavailable are left out" : "") + ") do not overlap");
                return;
            }
            int apart = section.getMinDaysBetween();
            if (apart <= 0 || !hard(Rule.MIN_DAYS_BETWEEN)
                    || blocks.stream().anyMatch(block -> block.getDays().size() != 1)) {
                return;
            }
            TreeSet<Integer> days = new TreeSet<>();
            blocks.forEach(block -> days.add(block.getDays().toArray()[0]));
            int chain = 0;
            int last = Integer.MIN_VALUE / 2;
            for (int day : days) {
                if (day - last >= apart) {
                    chain++;
                    last = day;
                }
            }
            if (lessons.size() > chain) {
                add("section-blocks", section.getId(), "section " + section.getId() + " has " + lessons.size()
                        + " lessons a week at least " + apart + (apart == 1 ? " day" : " days") + " apart "
                        + "(min_days_between), but the blocks it may take fall on " + days.stream()
                                .map(day -> bell.getDays().get(day)).collect(Collectors.joining(", "))
                        + ", which leave room for " + chain);
            }
        }

        private static String blockNames(List<Block> blocks) {
            return blocks.size() <= 8 ? blocks.stream().map(Block::getId).collect(Collectors.joining(", "))
                    : blocks.size() + " blocks";
        }

        // -------------------------------------------------------------------------------------- pin-clash

        /** Lessons that must meet in a timeslot, by timeslot. */
        private Map<Integer, List<Lesson>> forcedBySlot() {
            Map<Integer, List<Lesson>> bySlot = new LinkedHashMap<>();
            for (Lesson lesson : school.getLessons()) {
                BlockPacking.sharedSlots(candidates(lesson))
                        .forEach(slot -> bySlot.computeIfAbsent(slot, key -> new ArrayList<>()).add(lesson));
            }
            return bySlot;
        }

        private void pinClashes() {
            boolean teachers = hard(Rule.TEACHER_CONFLICT);
            boolean groups = hard(Rule.GROUP_CONFLICT);
            boolean rooms = hard(Rule.ROOM_CONFLICT);
            Set<String> reported = new HashSet<>();
            for (Map.Entry<Integer, List<Lesson>> entry : forcedBySlot().entrySet()) {
                List<Lesson> lessons = entry.getValue();
                for (int i = 0; i < lessons.size(); i++) {
                    for (int j = i + 1; j < lessons.size(); j++) {
                        Lesson first = lessons.get(i);
                        Lesson second = lessons.get(j);
                        if (first.getSection() == second.getSection()) {
                            continue;
                        }
                        List<String> shared = new ArrayList<>();
                        if (teachers) {
                            first.getSection().getStaff().stream().filter(second.getSection().getStaff()::contains)
                                    .forEach(teacher -> shared.add("teacher " + who(teacher)));
                        }
                        if (groups) {
                            first.getSection().getGroups().stream()
                                    .filter(second.getSection().getGroups()::contains)
                                    .forEach(group -> shared.add("student group " + group.getId()));
                        }
                        List<Room> firstRooms = LessonChoices.rooms(first);
                        if (rooms && firstRooms.size() == 1 && firstRooms.equals(LessonChoices.rooms(second))) {
                            shared.add("their only room " + firstRooms.get(0).getId());
                        }
                        if (!shared.isEmpty() && reported.add(first.getId() + "\n" + second.getId())) {
                            add("pin-clash", first.getId(), first.getId() + " (" + pinnedTo(first) + ") and "
                                    + second.getId() + " (" + pinnedTo(second) + ") both meet in "
                                    + bell.getTimeslot(entry.getKey()).id() + ", but share "
                                    + String.join(" and ", shared));
                        }
                    }
                }
            }
        }

        /** Why a lesson surely meets where it does, as {@code fixed_block MON-P1}. */
        private String pinnedTo(Lesson lesson) {
            List<Block> blocks = candidates(lesson);
            Section section = lesson.getSection();
            if (blocks.size() != 1) {
                return "in every block it may take";
            }
            return (section.getFixedBlock() != null ? "fixed_block " : lesson.isPinned() ? "pinned to "
                    : "only possible block ") + blocks.get(0).getId();
        }

        // ------------------------------------------------------------------------------------ pinned-load

        private void pinnedLoad(Teacher teacher, List<Lesson> lessons) {
            boolean loadRule = hard(Rule.TEACHING_LOAD);
            boolean daysRule = hard(Rule.TEACHER_DAYS) && teacher.getLimits().limitsDays();
            if (!loadRule && !daysRule) {
                return;
            }
            SlotSet forced = SlotSet.EMPTY;
            Map<Integer, Set<String>> sectionsByDay = new HashMap<>();
            for (Lesson lesson : lessons) {
                SlotSet shared = BlockPacking.sharedSlots(candidates(lesson));
                forced = forced.union(shared);
                shared.forEach(slot -> sectionsByDay.computeIfAbsent(bell.dayIndexOf(slot),
                        key -> new TreeSet<>()).add(lesson.getId()));
            }
            int[] perDay = perDay(forced);
            int limit = teacher.getTeachingLimitPerDay();
            for (int day = 0; loadRule && day < perDay.length; day++) {
                if (perDay[day] > limit) {
                    add("pinned-load", teacher.getId(), "teacher " + who(teacher) + " must teach " + perDay[day]
                            + " timeslots on " + bell.getDays().get(day) + ", where their lessons are fixed ("
                            + named("lesson", sectionsByDay.get(day)) + "), more than their daily limit of "
                            + limit + " (" + limitSource(teacher) + ")");
                }
            }
            int days = (int) java.util.Arrays.stream(perDay).filter(count -> count > 0).count();
            if (daysRule && days > teacher.getLimits().maxDaysPerWeek()) {
                add("pinned-load", teacher.getId(), "teacher " + who(teacher) + " must teach on " + days
                        + " days, where their lessons are fixed, more than their max_days_per_week of "
                        + teacher.getLimits().maxDaysPerWeek());
            }
        }

        // -------------------------------------------------------------------------------- team-never-free

        private void teamsNeverFree() {
            Function<Teacher, SlotSet> open = MeetingBound.openTimeslots(school);
            for (Team team : school.getTeams()) {
                List<Teacher> attendees = team.getAttendees();
                if (attendees.isEmpty() || team.getAllowedBlocks().isEmpty()) {
                    continue;
                }
                SlotSet common = bell.getClassSlots();
                for (Teacher attendee : attendees) {
                    common = common.intersect(open.apply(attendee));
                }
                if (anyBlockWithin(team, common)) {
                    continue;
                }
                String family = team.getFamily();
                String why = null;
                for (int i = 0; i < attendees.size() && why == null; i++) {
                    SlotSet alone = open.apply(attendees.get(i));
                    if (!anyBlockWithin(team, alone)) {
                        why = "teacher " + who(attendees.get(i)) + " is never free for a whole " + family + " block";
                    }
                    for (int j = i + 1; j < attendees.size() && why == null; j++) {
                        if (!anyBlockWithin(team, alone.intersect(open.apply(attendees.get(j))))) {
                            why = "teachers " + who(attendees.get(i)) + " and " + who(attendees.get(j))
                                    + " are never both free in one " + family + " block";
                        }
                    }
                }
                if (why == null) {
                    why = "its " + attendees.size() + " attendees are never all free in one " + family + " block";
                }
                add("team-never-free", team.getId(), "team " + team.getId() + " can never meet (it asks for "
                        + team.getMeetingsPerWeek() + (team.getMeetingsPerWeek() == 1 ? " meeting" : " meetings")
                        + " a week): " + why + ", being unavailable, fixed to teach or with their class");
            }
        }

        private static boolean anyBlockWithin(Team team, SlotSet slots) {
            for (Block block : team.getAllowedBlocks()) {
                if (slots.intersectionSize(block.getSlots()) == block.getSlots().size()) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------------------------------------ words

        /** A teacher's id, and their name when it says more. */
        private static String who(Teacher teacher) {
            String name = teacher.getName();
            return name == null || name.isBlank() || name.equals(teacher.getId()) ? teacher.getId()
                    : teacher.getId() + " (" + name + ")";
        }

        private String slotNames(SlotSet slots) {
            List<String> names = new ArrayList<>();
            slots.forEach(slot -> names.add(bell.getTimeslot(slot).id()));
            return String.join(", ", names);
        }

        private static String named(String noun, Set<String> ids) {
            List<String> list = new ArrayList<>(ids);
            String shown = String.join(", ", list.subList(0, Math.min(NAMED, list.size())));
            return (list.size() == 1 ? noun + " " : noun + "s ") + shown
                    + (list.size() > NAMED ? " and " + (list.size() - NAMED) + " more" : "");
        }
    }
}
