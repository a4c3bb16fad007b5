package org.commonplan.bound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;

/**
 * Steps 1, 2, 3 and 5 of {@link MeetingBound}: where each lesson can sit (its candidate blocks), and from that each
 * attendee's open timeslots and the meeting time they can give at most; a team's possible blocks are those in the
 * open timeslots of every attendee. Worked out when first asked for, and kept. Problems that make every schedule
 * infeasible are noted on the way, in the order found.
 */
final class AttendeeCapacities {

    /**
     * @param open    timeslots in which the teacher could be at a meeting
     * @param slots   timeslots a week they can give to meetings at most
     * @param minutes minutes a week they can give to meetings at most (negative: not even their lessons fit)
     */
    record Capacity(SlotSet open, long slots, long minutes) {
    }

    private final BellSchedule bell;
    private final MeetingBound.HardRules rules;
    private final Map<Lesson, List<Block>> candidates = new HashMap<>();
    private final Map<Teacher, Capacity> capacities = new HashMap<>();
    /** Lessons each teacher teaches or co-teaches, and lessons that take each homeroom teacher's class away. */
    private final Map<Teacher, List<Lesson>> taught = new HashMap<>();
    private final Map<Teacher, List<Lesson>> classAway = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    AttendeeCapacities(School school, MeetingBound.HardRules rules) {
        this.bell = school.getBellSchedule();
        this.rules = rules;
        for (Lesson lesson : school.getLessons()) {
            for (Teacher teacher : lesson.getSection().getStaff()) {
                taught.computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson);
            }
            for (Teacher teacher : lesson.getSection().getReleasedHomeroomTeachers()) {
                classAway.computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson);
            }
        }
    }

    /** Problems found so far that make every schedule infeasible. */
    List<String> notes() {
        return notes;
    }

    /** Blocks of the team's family that lie in the open timeslots of every attendee (step 3). */
    List<Block> possibleBlocks(Team team) {
        SlotSet open = bell.getClassSlots();
        for (Teacher attendee : team.getAttendees()) {
            open = open.intersect(of(attendee).open());
        }
        List<Block> possible = new ArrayList<>();
        for (Block block : team.getAllowedBlocks()) {
            if (open.intersectionSize(block.getSlots()) == block.getSlots().size()) {
                possible.add(block);
            }
        }
        return possible;
    }

    /** A teacher's open timeslots (step 3) and the meeting time they can give at most (step 5). */
    Capacity of(Teacher teacher) {
        Capacity known = capacities.get(teacher);
        if (known == null) {
            known = compute(teacher);
            capacities.put(teacher, known);
        }
        return known;
    }

    /** The blocks a lesson can sit in without breaking a hard rule on its own (step 1). */
    List<Block> candidates(Lesson lesson) {
        return candidates.computeIfAbsent(lesson, key -> {
            if (lesson.isPinned() && lesson.getBlock() != null) {
                return List.of(lesson.getBlock());
            }
            List<Block> allowed = lesson.getBlockRange();
            if (!rules.unavailable()) {
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

    /** The fewest of the timeslots {@code within} that the lesson takes wherever it sits among its candidates. */
    int fewestSlots(Lesson lesson, SlotSet within) {
        return candidates(lesson).stream().mapToInt(block -> block.getSlots().intersectionSize(within)).min()
                .orElse(0);
    }

    private Capacity compute(Teacher teacher) {
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
            forced = forced.union(BlockPacking.sharedSlots(blocks));
            int slots = blocks.stream().mapToInt(block -> block.getSlots().size()).min().orElse(0);
            int minutes = blocks.stream().mapToInt(Block::getMinutes).min().orElse(0);
            // Lessons of one teacher do not overlap, so they add up; without that rule only the largest counts.
            lessonSlots = rules.teacherConflict() ? lessonSlots + slots : Math.max(lessonSlots, slots);
            lessonMinutes = rules.teacherConflict() ? lessonMinutes + minutes : Math.max(lessonMinutes, minutes);
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
        SlotSet open = rules.unavailable() ? available : bell.getClassSlots();
        if (rules.memberBusy()) {
            open = open.minus(forced);
            if (homeroom) {
                open = open.minus(available.minus(coverable));
            }
        }
        int planning = rules.planning() ? teacher.getMinPlanningMinutesPerWeek() + teacher.getReleaseMinutesPerWeek()
                : 0;
        long minutes = Math.min(bell.minutesOf(open) - planning,
                (long) bell.minutesOf(available) - lessonMinutes - planning);
        long slots = Math.min(open.size(), (long) available.size() - lessonSlots);
        if (homeroom) {
            SlotSet coveredHere = coverable.intersect(available);
            long away = Math.min(awayMinutes, bell.minutesOf(coveredHere));
            long awayCount = Math.min(awaySlots, coveredHere.size());
            minutes = Math.min(minutes, away - (rules.teacherConflict() ? ownMinutesWithoutClass : 0) - planning);
            slots = Math.min(slots, awayCount - (rules.teacherConflict() ? ownSlotsWithoutClass : 0));
        }
        if (minutes < 0 && rules.memberBusy() && rules.unavailable()) {
            notes.add("teacher " + teacher.getId() + " lacks " + -minutes + " minutes a week for their lessons"
                    + (rules.planning() ? " and planning" : "") + " even without team meetings");
        }
        return new Capacity(open, slots, minutes);
    }
}
