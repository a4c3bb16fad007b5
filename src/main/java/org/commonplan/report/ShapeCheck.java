package org.commonplan.report;

import java.time.Duration;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.Timeslot;

/**
 * Recounts the hard rules real schools state about the shape of a week (teachers' and groups' days, sections'
 * spacing and links) from the schedule alone, with code of its own, as {@link RuleCheck} does for the others.
 */
final class ShapeCheck {

    private ShapeCheck() {
    }

    static void check(TeacherSchedule schedule, List<RuleCheck.Violation> violations) {
        School school = schedule.school();
        BellSchedule bellSchedule = school.getBellSchedule();
        for (Teacher teacher : school.getTeachers()) {
            if (!teacher.getLimits().equals(TeacherLimits.NONE) || teacher.getMinDaysPerWeek() > 0
                    || !teacher.getIntervalDays().isEmpty()) {
                checkTeacher(schedule, bellSchedule, teacher, violations);
            }
        }
        for (StudentGroup group : school.getGroups()) {
            if (group.getLimits().any()) {
                checkGroup(schedule, bellSchedule, group, violations);
            }
        }
        for (Section section : school.getSections()) {
            checkSection(school, section, violations);
        }
        for (Teacher teacher : school.getTeachers()) {
            for (TagLimit limit : teacher.getTagLimits()) {
                checkTagged(schedule, bellSchedule, teacher, limit, violations);
            }
        }
        for (Teacher teacher : school.getTeachers()) {
            if (teacher.getBuildingLimits().any()) {
                checkBuildings(bellSchedule, "teacher " + teacher.getId(), teacher.getBuildingLimits(),
                        slot -> schedule.lessonsAt(teacher, slot), violations);
            }
        }
        for (StudentGroup group : school.getGroups()) {
            if (group.getBuildingLimits().any()) {
                checkBuildings(bellSchedule, "group " + group.getId(), group.getBuildingLimits(),
                        slot -> schedule.lessonsAt(group, slot), violations);
            }
        }
    }

    private static void checkTagged(TeacherSchedule schedule, BellSchedule bellSchedule, Teacher teacher,
            TagLimit limit, List<RuleCheck.Violation> violations) {
        for (int dayIndex = 0; dayIndex < bellSchedule.getDays().size(); dayIndex++) {
            Day day = day(bellSchedule, dayIndex, slot -> schedule.lessonsAt(teacher, slot).stream()
                    .anyMatch(lesson -> lesson.getSection().getTags().contains(limit.tag())));
            int tagged = day.count();
            if (limit.maxPerDay() != TagLimit.NO_LIMIT && tagged > limit.maxPerDay()) {
                violations.add(new RuleCheck.Violation("teacher-tagged-lessons", tagged - limit.maxPerDay(),
                        teacher.getId() + " teaches " + limit.tag() + " lessons " + tagged + " timeslots on "
                                + day.id()));
            }
            if (limit.maxInARow() != TagLimit.NO_LIMIT) {
                int beyond = beyondInARow(day, limit.maxInARow());
                if (beyond > 0) {
                    violations.add(new RuleCheck.Violation("teacher-tagged-lessons", beyond, teacher.getId()
                            + " teaches " + limit.tag() + " lessons more than " + limit.maxInARow()
                            + " in a row on " + day.id()));
                }
            }
        }
    }

    /**
     * Walks each day timeslot by timeslot through the buildings of the lessons held there (rooms without a
     * building left out): a change is a building other than the last one seen that day.
     */
    private static void checkBuildings(BellSchedule bellSchedule, String who, BuildingLimits limits,
            java.util.function.IntFunction<List<Lesson>> lessonsAt, List<RuleCheck.Violation> violations) {
        int weekChanges = 0;
        for (List<Timeslot> day : bellSchedule.getTimeslotsByDay()) {
            String current = null;
            int currentAt = -1;
            int changes = 0;
            for (int position = 0; position < day.size(); position++) {
                java.util.SortedSet<String> buildings = new java.util.TreeSet<>();
                for (Lesson lesson : lessonsAt.apply(day.get(position).index())) {
                    if (lesson.getRoom() != null && lesson.getRoom().getBuilding() != null) {
                        buildings.add(lesson.getRoom().getBuilding());
                    }
                }
                for (String building : buildings) {
                    if (current != null && !building.equals(current)) {
                        changes++;
                        int between = Math.max(0, position - currentAt - 1);
                        if (between < limits.minGapsBetweenChanges()) {
                            violations.add(new RuleCheck.Violation("building-change-gap", 1, who
                                    + " changes building from " + current + " to " + building + " in "
                                    + day.get(position).id() + " after " + between + " timeslots"));
                        }
                    }
                    current = building;
                    currentAt = position;
                }
            }
            weekChanges += changes;
            if (limits.maxChangesPerDay() != BuildingLimits.NO_LIMIT && changes > limits.maxChangesPerDay()) {
                violations.add(new RuleCheck.Violation("building-changes", changes - limits.maxChangesPerDay(),
                        who + " changes building " + changes + " times on " + day.get(0).day()));
            }
        }
        if (limits.maxChangesPerWeek() != BuildingLimits.NO_LIMIT && weekChanges > limits.maxChangesPerWeek()) {
            violations.add(new RuleCheck.Violation("building-changes", weekChanges - limits.maxChangesPerWeek(),
                    who + " changes building " + weekChanges + " times in the week"));
        }
    }

    /** A day's CLASS timeslots, in order, and whether each is taken. */
    private record Day(String id, List<Timeslot> classSlots, boolean[] taken) {

        int count() {
            int count = 0;
            for (boolean slot : taken) {
                count += slot ? 1 : 0;
            }
            return count;
        }

        int first() {
            for (int i = 0; i < taken.length; i++) {
                if (taken[i]) {
                    return i;
                }
            }
            return -1;
        }

        int last() {
            for (int i = taken.length - 1; i >= 0; i--) {
                if (taken[i]) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static Day day(BellSchedule bellSchedule, int dayIndex, java.util.function.IntPredicate taken) {
        List<Timeslot> classSlots = bellSchedule.getTimeslotsByDay().get(dayIndex).stream()
                .filter(Timeslot::isClass).toList();
        boolean[] marks = new boolean[classSlots.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = taken.test(classSlots.get(i).index());
        }
        return new Day(bellSchedule.getDays().get(dayIndex), classSlots, marks);
    }

    private static void checkTeacher(TeacherSchedule schedule, BellSchedule bellSchedule, Teacher teacher,
            List<RuleCheck.Violation> violations) {
        TeacherLimits limits = teacher.getLimits();
        int daysTaught = 0;
        int weekGaps = 0;
        for (int dayIndex = 0; dayIndex < bellSchedule.getDays().size(); dayIndex++) {
            Day day = day(bellSchedule, dayIndex, slot -> !schedule.lessonsAt(teacher, slot).isEmpty());
            int lessons = day.count();
            daysTaught += lessons > 0 ? 1 : 0;
            if (lessons > 0 && limits.minLessonsPerDay() != TeacherLimits.NO_LIMIT
                    && lessons < limits.minLessonsPerDay()) {
                violations.add(new RuleCheck.Violation("teacher-short-day", limits.minLessonsPerDay() - lessons,
                        teacher.getId() + " teaches " + lessons + " lessons on " + day.id()));
            }
            int gaps = 0;
            for (int i = day.first() + 1; i < day.last(); i++) {
                int slot = day.classSlots().get(i).index();
                boolean idle = !day.taken()[i] && schedule.meetingsAt(teacher, slot).isEmpty()
                        && !schedule.withClass(teacher, slot) && !teacher.getUnavailable().contains(slot);
                gaps += idle ? 1 : 0;
            }
            weekGaps += gaps;
            if (limits.maxGapsPerDay() != TeacherLimits.NO_LIMIT && gaps > limits.maxGapsPerDay()) {
                violations.add(new RuleCheck.Violation("teacher-gaps", gaps - limits.maxGapsPerDay(),
                        teacher.getId() + " has " + gaps + " idle periods on " + day.id()));
            }
            if (limits.maxLessonsInARow() != TeacherLimits.NO_LIMIT) {
                int beyond = beyondInARow(day, limits.maxLessonsInARow());
                if (beyond > 0) {
                    violations.add(new RuleCheck.Violation("teacher-lessons-in-a-row", beyond,
                            teacher.getId() + " teaches more than " + limits.maxLessonsInARow() + " in a row on "
                                    + day.id()));
                }
            }
        }
        if (limits.maxGapsPerWeek() != TeacherLimits.NO_LIMIT && weekGaps > limits.maxGapsPerWeek()) {
            violations.add(new RuleCheck.Violation("teacher-gaps", weekGaps - limits.maxGapsPerWeek(),
                    teacher.getId() + " has " + weekGaps + " idle periods in the week"));
        }
        for (org.commonplan.domain.IntervalDays limit : teacher.getIntervalDays()) {
            java.util.Set<Integer> days = new java.util.TreeSet<>();
            for (int slot : limit.slots().toArray()) {
                if (!schedule.lessonsAt(teacher, slot).isEmpty()) {
                    days.add(bellSchedule.getTimeslot(slot).dayIndex());
                }
            }
            if (days.size() > limit.maxDays()) {
                violations.add(new RuleCheck.Violation("teacher-interval-days", days.size() - limit.maxDays(),
                        teacher.getId() + " teaches from " + limit.from() + " to " + limit.to() + " on "
                                + days.size() + " days"));
            }
        }
        if (daysTaught < teacher.getMinDaysPerWeek()) {
            violations.add(new RuleCheck.Violation("teacher-min-days", teacher.getMinDaysPerWeek() - daysTaught,
                    teacher.getId() + " teaches on " + daysTaught + " days"));
        }
        if (limits.maxDaysPerWeek() != TeacherLimits.NO_LIMIT && daysTaught > limits.maxDaysPerWeek()) {
            violations.add(new RuleCheck.Violation("teacher-days", daysTaught - limits.maxDaysPerWeek(),
                    teacher.getId() + " teaches on " + daysTaught + " days"));
        }
    }

    /** Lessons beyond {@code max} in a row, where a run breaks at more than passing time between periods. */
    private static int beyondInARow(Day day, int max) {
        int beyond = 0;
        int run = 0;
        Timeslot previous = null;
        for (int i = 0; i < day.taken().length; i++) {
            Timeslot timeslot = day.classSlots().get(i);
            boolean continues = previous != null && Duration.between(previous.end(), timeslot.start()).toMinutes()
                    <= BellSchedule.DOUBLE_MAX_PASSING_MINUTES;
            run = !day.taken()[i] ? 0 : continues ? run + 1 : 1;
            beyond += run > max ? 1 : 0;
            previous = timeslot;
        }
        return beyond;
    }

    private static void checkGroup(TeacherSchedule schedule, BellSchedule bellSchedule, StudentGroup group,
            List<RuleCheck.Violation> violations) {
        GroupLimits limits = group.getLimits();
        int weekGaps = 0;
        int lateStarts = 0;
        for (int dayIndex = 0; dayIndex < bellSchedule.getDays().size(); dayIndex++) {
            Day day = day(bellSchedule, dayIndex, slot -> !schedule.lessonsAt(group, slot).isEmpty());
            int lessons = day.count();
            int gaps = lessons == 0 ? 0 : day.last() - day.first() + 1 - lessons;
            weekGaps += gaps;
            if (limits.maxGapsPerDay() != GroupLimits.NO_LIMIT && gaps > limits.maxGapsPerDay()) {
                violations.add(new RuleCheck.Violation("group-gaps", gaps - limits.maxGapsPerDay(),
                        "group " + group.getId() + " has " + gaps + " empty periods on " + day.id()));
            }
            if (limits.minLessonsPerDay() != GroupLimits.NO_LIMIT && lessons < limits.minLessonsPerDay()) {
                violations.add(new RuleCheck.Violation("group-daily-lessons", limits.minLessonsPerDay() - lessons,
                        "group " + group.getId() + " has " + lessons + " lessons on " + day.id()));
            }
            if (limits.maxLessonsPerDay() != GroupLimits.NO_LIMIT && lessons > limits.maxLessonsPerDay()) {
                violations.add(new RuleCheck.Violation("group-daily-lessons", lessons - limits.maxLessonsPerDay(),
                        "group " + group.getId() + " has " + lessons + " lessons on " + day.id()));
            }
            lateStarts += lessons > 0 && day.first() > group.dayStart(day.classSlots()) ? 1 : 0;
        }
        if (limits.maxGapsPerWeek() != GroupLimits.NO_LIMIT && weekGaps > limits.maxGapsPerWeek()) {
            violations.add(new RuleCheck.Violation("group-gaps", weekGaps - limits.maxGapsPerWeek(),
                    "group " + group.getId() + " has " + weekGaps + " empty periods in the week"));
        }
        if (limits.maxLateStarts() != GroupLimits.NO_LIMIT && lateStarts > limits.maxLateStarts()) {
            violations.add(new RuleCheck.Violation("group-late-start", lateStarts - limits.maxLateStarts(),
                    "group " + group.getId() + " starts late on " + lateStarts + " days"));
        }
    }

    private static void checkSection(School school, Section section, List<RuleCheck.Violation> violations) {
        List<Lesson> lessons = school.getLessons().stream()
                .filter(lesson -> lesson.getSection() == section && lesson.getBlock() != null).toList();
        if (section.getMinDaysBetween() > 0) {
            for (int i = 0; i < lessons.size(); i++) {
                for (int j = i + 1; j < lessons.size(); j++) {
                    int a = onlyDay(lessons.get(i));
                    int b = onlyDay(lessons.get(j));
                    int missing = a < 0 || b < 0 ? 0 : section.getMinDaysBetween() - Math.abs(a - b);
                    if (missing > 0) {
                        violations.add(new RuleCheck.Violation("min-days-between", missing, lessons.get(i).getId()
                                + " and " + lessons.get(j).getId() + " are too close in the week"));
                    }
                }
            }
        }
        for (SectionLink link : section.getLinks()) {
            List<Section> sections = link.sections();
            if (link.kind() == SectionLink.Kind.SAME_ROOM) {
                if (sections.get(0) == section) {
                    checkSameRoom(school, link, violations);
                }
                continue;
            }
            if (link.kind() == SectionLink.Kind.MIN_GAP) {
                if (sections.get(0) == section) {
                    checkMinGap(school, link, violations);
                }
                continue;
            }
            for (int later = sections.indexOf(section) + 1; later < sections.size(); later++) {
                Section other = sections.get(later);
                for (Lesson lesson : lessons) {
                    for (Lesson otherLesson : school.getLessons()) {
                        if (otherLesson.getSection() == other && otherLesson.getBlock() != null) {
                            checkLink(school.getBellSchedule(), link.kind(), lesson, otherLesson, violations);
                        }
                    }
                }
            }
        }
        if (section.isEndsDay()) {
            for (Lesson lesson : lessons) {
                checkEndsDay(school, lesson, violations);
            }
        }
    }

    /** Every two placed lessons of the link's sections within one day, with fewer timeslots between than asked. */
    private static void checkMinGap(School school, SectionLink link, List<RuleCheck.Violation> violations) {
        List<Lesson> lessons = school.getLessons().stream()
                .filter(lesson -> link.sections().contains(lesson.getSection()) && lesson.getBlock() != null)
                .toList();
        for (int i = 0; i < lessons.size(); i++) {
            for (int j = i + 1; j < lessons.size(); j++) {
                List<Timeslot> slots = lessons.get(i).getBlock().getTimeslots();
                List<Timeslot> otherSlots = lessons.get(j).getBlock().getTimeslots();
                int day = slots.get(0).dayIndex();
                if (slots.stream().anyMatch(slot -> slot.dayIndex() != day)
                        || otherSlots.stream().anyMatch(slot -> slot.dayIndex() != day)) {
                    continue;
                }
                int between = Math.max(0, Math.max(
                        otherSlots.get(0).indexInDay() - slots.get(slots.size() - 1).indexInDay() - 1,
                        slots.get(0).indexInDay() - otherSlots.get(otherSlots.size() - 1).indexInDay() - 1));
                if (between < link.minGap()) {
                    violations.add(new RuleCheck.Violation("min-gap", link.minGap() - between,
                            lessons.get(i).getId() + " and " + lessons.get(j).getId() + " are " + between
                                    + " timeslots apart on one day"));
                }
            }
        }
    }

    private static void checkLink(BellSchedule bellSchedule, SectionLink.Kind kind, Lesson lesson, Lesson other,
            List<RuleCheck.Violation> violations) {
        List<Timeslot> slots = lesson.getBlock().getTimeslots();
        List<Timeslot> otherSlots = other.getBlock().getTimeslots();
        Timeslot end = slots.get(slots.size() - 1);
        Timeslot otherStart = otherSlots.get(0);
        boolean sameNumber = lesson.getNumber() == other.getNumber();
        switch (kind) {
            case SAME_START -> {
                if (sameNumber && slots.get(0).index() != otherStart.index()) {
                    violations.add(new RuleCheck.Violation("same-start", 1, lesson.getId() + " and " + other.getId()
                            + " start apart"));
                }
            }
            case NOT_OVERLAPPING -> {
                long shared = otherSlots.stream().filter(slots::contains).count();
                if (shared > 0) {
                    violations.add(new RuleCheck.Violation("no-overlap", (int) shared, lesson.getId() + " and "
                            + other.getId() + " overlap"));
                }
            }
            case CONSECUTIVE -> {
                Timeslot next = bellSchedule.getTimeslotsByDay().get(end.dayIndex()).stream()
                        .filter(timeslot -> timeslot.indexInDay() > end.indexInDay() && timeslot.isClass())
                        .findFirst().orElse(null);
                if (sameNumber && (next == null || next.index() != otherStart.index())) {
                    violations.add(new RuleCheck.Violation("consecutive", 1, other.getId() + " does not follow "
                            + lesson.getId()));
                }
            }
            case ORDERED -> {
                if (sameNumber && otherStart.index() <= end.index()) {
                    violations.add(new RuleCheck.Violation("ordered", 1, other.getId() + " is not after "
                            + lesson.getId()));
                }
            }
            case SAME_DAY -> {
                if (sameNumber && slots.get(0).dayIndex() != otherStart.dayIndex()) {
                    violations.add(new RuleCheck.Violation("same-day", 1, lesson.getId() + " and " + other.getId()
                            + " start on different days"));
                }
            }
            case SAME_HOUR -> {
                if (sameNumber && !slots.get(0).period().equals(otherStart.period())) {
                    violations.add(new RuleCheck.Violation("same-hour", 1, lesson.getId() + " and " + other.getId()
                            + " start in different periods"));
                }
            }
            case GROUPED -> {
                Timeslot otherEnd = otherSlots.get(otherSlots.size() - 1);
                if (sameNumber && !startsRightAfter(bellSchedule, end, otherStart)
                        && !startsRightAfter(bellSchedule, otherEnd, slots.get(0))) {
                    violations.add(new RuleCheck.Violation("grouped", 1, lesson.getId() + " and " + other.getId()
                            + " are not back to back"));
                }
            }
            default -> throw new IllegalStateException("link kind " + kind);
        }
    }

    private static void checkSameRoom(School school, SectionLink link, List<RuleCheck.Violation> violations) {
        long rooms = school.getLessons().stream()
                .filter(lesson -> link.sections().contains(lesson.getSection()) && lesson.getBlock() != null
                        && lesson.getRoom() != null)
                .map(Lesson::getRoom).distinct().count();
        if (rooms > 1) {
            violations.add(new RuleCheck.Violation("same-room", (int) rooms - 1, "sections "
                    + link.sections().stream().map(Section::getId).toList() + " meet in " + rooms + " rooms"));
        }
    }

    /** Whether {@code start} is the next CLASS timeslot of the day after {@code end}. */
    private static boolean startsRightAfter(BellSchedule bellSchedule, Timeslot end, Timeslot start) {
        Timeslot next = bellSchedule.getTimeslotsByDay().get(end.dayIndex()).stream()
                .filter(timeslot -> timeslot.indexInDay() > end.indexInDay() && timeslot.isClass())
                .findFirst().orElse(null);
        return next != null && next.index() == start.index();
    }

    private static void checkEndsDay(School school, Lesson lesson, List<RuleCheck.Violation> violations) {
        List<Timeslot> slots = lesson.getBlock().getTimeslots();
        Timeslot end = slots.get(slots.size() - 1);
        for (StudentGroup group : lesson.getSection().getGroups()) {
            for (Lesson other : school.getLessons()) {
                if (other == lesson || other.getBlock() == null || !other.getSection().getGroups().contains(group)) {
                    continue;
                }
                Timeslot start = other.getBlock().getTimeslots().get(0);
                if (start.dayIndex() == end.dayIndex() && start.index() > end.index()) {
                    violations.add(new RuleCheck.Violation("ends-day", 1, other.getId() + " follows "
                            + lesson.getId() + " for group " + group.getId()));
                }
            }
        }
    }

    /** The day of a lesson whose block meets on one day; -1 for a block over several days. */
    private static int onlyDay(Lesson lesson) {
        List<Timeslot> slots = lesson.getBlock().getTimeslots();
        int day = slots.get(0).dayIndex();
        return slots.stream().allMatch(timeslot -> timeslot.dayIndex() == day) ? day : -1;
    }
}
