package org.commonplan.solver;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.Rule;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;
import org.commonplan.solver.justifications.BuildingChangeGapJustification;
import org.commonplan.solver.justifications.BuildingChangesJustification;
import org.commonplan.solver.justifications.CommonFreeTimeJustification;
import org.commonplan.solver.justifications.ConsecutiveTeachingJustification;
import org.commonplan.solver.justifications.CourseDaysApartJustification;
import org.commonplan.solver.justifications.CourseSameBlockJustification;
import org.commonplan.solver.justifications.CourseSpreadJustification;
import org.commonplan.solver.justifications.EndsDayJustification;
import org.commonplan.solver.justifications.GapsJustification;
import org.commonplan.solver.justifications.GroupConflictJustification;
import org.commonplan.solver.justifications.GroupDayShapeJustification;
import org.commonplan.solver.justifications.MeetingMemberBusyJustification;
import org.commonplan.solver.justifications.MeetingsSameDayJustification;
import org.commonplan.solver.justifications.MinDaysBetweenJustification;
import org.commonplan.solver.justifications.MinGapJustification;
import org.commonplan.solver.justifications.MovedFromPreviousJustification;
import org.commonplan.solver.justifications.PlanningProtectedJustification;
import org.commonplan.solver.justifications.RoomCapacityJustification;
import org.commonplan.solver.justifications.RoomConflictJustification;
import org.commonplan.solver.justifications.RoomKindJustification;
import org.commonplan.solver.justifications.RoomSpreadJustification;
import org.commonplan.solver.justifications.SameRoomJustification;
import org.commonplan.solver.justifications.SectionLinkJustification;
import org.commonplan.solver.justifications.SingletonConflictJustification;
import org.commonplan.solver.justifications.TaggedLessonsJustification;
import org.commonplan.solver.justifications.TeacherConflictJustification;
import org.commonplan.solver.justifications.TeacherDaysJustification;
import org.commonplan.solver.justifications.TeacherIntervalDaysJustification;
import org.commonplan.solver.justifications.TeacherLessonsInARowJustification;
import org.commonplan.solver.justifications.TeacherMinDaysJustification;
import org.commonplan.solver.justifications.TeacherShortDayJustification;
import org.commonplan.solver.justifications.TeachingLoadJustification;
import org.commonplan.solver.justifications.UnavailableJustification;
import org.commonplan.solver.justifications.UnplacedLessonJustification;
import org.commonplan.solver.justifications.UnscheduledMeetingJustification;

/**
 * The rules of a master schedule, hard first. Per-teacher rules read a {@link TeacherWeek} tallied incrementally
 * from every lesson and meeting, so a move only re-tallies the teachers it touches.
 */
public class ScheduleConstraintProvider implements ConstraintProvider {

    private static final Predicate<Lesson> PLACED = lesson -> lesson.getBlock() != null;
    private static final Predicate<Lesson> IN_ROOM = lesson -> lesson.getBlock() != null && lesson.getRoom() != null;
    private static final Function<Lesson, Iterable<Occupation>> LESSON_OCCUPATIONS =
            ScheduleConstraintProvider::occupationsOf;
    private static final Predicate<Lesson> ONE_OCCUPATION = lesson -> lesson.getSection().getStaff().size() == 1
            && lesson.getSection().getReleasedHomeroomTeachers().isEmpty();
    private static final Predicate<Lesson> SEVERAL_OCCUPATIONS = ONE_OCCUPATION.negate();
    private static final Function<Lesson, Occupation> ONLY_OCCUPATION =
            lesson -> teaching(lesson.getSection().getStaff().get(0), lesson);
    private static final Function<TeamMeeting, Iterable<Occupation>> MEETING_OCCUPATIONS =
            meeting -> meeting.getTeam().getAttendees().stream()
                    .map(teacher -> new Occupation(teacher, meeting.getBlock(), Occupation.Use.MEETING))
                    .toList();
    private static final Function<Lesson, Iterable<CourseAttendance>> COURSE_ATTENDANCE =
            ScheduleConstraintProvider::courseAttendance;
    private static final Function<Lesson, Iterable<LinkedLesson>> LINKED_LATER =
            ScheduleConstraintProvider::linkedLater;
    private static final Predicate<Lesson> SPREAD = lesson -> lesson.getSection().isCourseSpread();
    private static final Predicate<Lesson> LINKED = lesson -> !lesson.getSection().getLinks().isEmpty();
    private static final Predicate<CourseAttendance> LIMITED_GROUP =
            attendance -> attendance.attendee() instanceof StudentGroup group && group.getLimits().any();
    private static final Predicate<Lesson> IN_BUILDING = lesson -> lesson.getBlock() != null
            && lesson.getRoom() != null && lesson.getRoom().getBuilding() != null;
    private static final Function<Lesson, Iterable<BuildingVisit>> BUILDING_VISITS =
            ScheduleConstraintProvider::buildingVisits;
    private static final java.util.function.BiFunction<Object, List<Lesson>, BuildingWeek> BUILDING_WEEK =
            BuildingWeek::of;
    private static final Predicate<Lesson> TAGGED = lesson -> !lesson.getSection().getTags().isEmpty();
    private static final Function<Lesson, Iterable<TaggedLesson>> TAGGED_LESSONS =
            ScheduleConstraintProvider::taggedLessons;
    private static final Function<Teacher, Occupation> PRESENCE =
            teacher -> new Occupation(teacher, null, Occupation.Use.PRESENT);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                unplacedLesson(factory),
                teacherConflict(factory),
                roomConflict(factory),
                groupConflict(factory),
                roomKind(factory),
                roomCapacity(factory),
                unavailable(factory),
                courseSpread(factory),
                meetingMemberBusy(factory),
                teachingLoad(factory),
                minDaysBetween(factory),
                sameStart(factory),
                noOverlap(factory),
                consecutive(factory),
                ordered(factory),
                sameDay(factory),
                sameHour(factory),
                grouped(factory),
                sameRoom(factory),
                minGap(factory),
                endsDay(factory),
                teacherDays(factory),
                teacherMinDays(factory),
                teacherIntervalDays(factory),
                teacherShortDay(factory),
                teacherGaps(factory),
                teacherLessonsInARow(factory),
                groupGaps(factory),
                groupDailyLessons(factory),
                groupLateStart(factory),
                teacherTaggedLessons(factory),
                buildingChanges(factory),
                buildingChangeGap(factory),
                planningProtected(factory),
                unscheduledMeeting(factory),
                singletonConflict(factory),
                coachingShortfall(factory),
                meetingsSameDay(factory),
                courseDaysApart(factory),
                minDaysBetweenSoft(factory),
                consecutiveTeaching(factory),
                courseSameBlock(factory),
                roomSpread(factory),
                commonFreeTime(factory),
                movedFromPrevious(factory)
        };
    }

    // ---------------------------------------------------------------- shared streams

    private static UniConstraintStream<Lesson> placedLessons(ConstraintFactory factory) {
        // Including unassigned: a lesson counts as soon as its block is set, before its room is.
        return factory.forEachIncludingUnassigned(Lesson.class).filter(PLACED);
    }

    private static UniConstraintStream<Lesson> roomedLessons(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Lesson.class).filter(IN_ROOM);
    }

    /** A teacher of the lesson teaching it: with their own homeroom class when the class attends. */
    private static Occupation teaching(Teacher teacher, Lesson lesson) {
        Section section = lesson.getSection();
        boolean ownClass = teacher.getHomeroom() != null && section.getGroups().contains(teacher.getHomeroom());
        return new Occupation(teacher, lesson.getBlock(),
                ownClass ? Occupation.Use.TEACHING_OWN_CLASS : Occupation.Use.TEACHING);
    }

    static List<Occupation> occupationsOf(Lesson lesson) {
        Section section = lesson.getSection();
        List<Occupation> occupations = new ArrayList<>(section.getStaff().size()
                + section.getReleasedHomeroomTeachers().size());
        for (Teacher teacher : section.getStaff()) {
            occupations.add(teaching(teacher, lesson));
        }
        for (Teacher homeroomTeacher : section.getReleasedHomeroomTeachers()) {
            occupations.add(new Occupation(homeroomTeacher, lesson.getBlock(), Occupation.Use.CLASS_AWAY));
        }
        return occupations;
    }

    /**
     * One {@link TeacherWeek} per teacher, including teachers with nothing scheduled. A lesson with one teacher and
     * no homeroom class released by it (most lessons) is mapped to its one occupation: cheaper on every move than
     * flattening a list of one. Those occupations join the rest in the last concat, so the commonest update passes
     * one concat node on its way to the tally rather than three.
     */
    private static UniConstraintStream<TeacherWeek> teacherWeeks(ConstraintFactory factory) {
        UniConstraintStream<Occupation> others = placedLessons(factory).filter(SEVERAL_OCCUPATIONS)
                .flattenLast(LESSON_OCCUPATIONS)
                .concat(factory.forEach(TeamMeeting.class).flattenLast(MEETING_OCCUPATIONS))
                .concat(factory.forEach(Teacher.class).map(PRESENCE));
        return placedLessons(factory).filter(ONE_OCCUPATION).map(ONLY_OCCUPATION)
                .concat(others)
                .groupBy(Occupation::teacher, TeacherWeekCollector.INSTANCE)
                .map((teacher, week) -> week);
    }

    /** A lesson as each of its student groups attends it (or its section, when it has no groups). */
    record CourseAttendance(Object attendee, String course, Lesson lesson) {
    }

    private static List<CourseAttendance> courseAttendance(Lesson lesson) {
        Section section = lesson.getSection();
        if (section.getGroups().isEmpty()) {
            return List.of(new CourseAttendance(section, section.getCourse(), lesson));
        }
        List<CourseAttendance> attendance = new ArrayList<>(section.getGroups().size());
        for (StudentGroup group : section.getGroups()) {
            attendance.add(new CourseAttendance(group, section.getCourse(), lesson));
        }
        return attendance;
    }

    /**
     * Each student group's placed lessons of each course (a section without groups on its own), of the sections
     * the default spread rules count (not those with {@code course_spread} no).
     */
    private static UniConstraintStream<CourseWeek> courseWeeks(ConstraintFactory factory) {
        return placedLessons(factory)
                .filter(SPREAD)
                .flattenLast(COURSE_ATTENDANCE)
                .groupBy(CourseAttendance::attendee, CourseAttendance::course,
                        ConstraintCollectors.toList(CourseAttendance::lesson))
                .map(CourseWeek::of);
    }

    /** Each student group with limits on the shape of its days, with its placed lessons. */
    private static UniConstraintStream<GroupWeek> limitedGroupWeeks(ConstraintFactory factory) {
        return placedLessons(factory)
                .flattenLast(COURSE_ATTENDANCE)
                .filter(LIMITED_GROUP)
                .groupBy(CourseAttendance::attendee, ConstraintCollectors.toList(CourseAttendance::lesson))
                .map((group, lessons) -> GroupWeek.of((StudentGroup) group, lessons));
    }

    /** A lesson of a section with a tag one of its teachers has a limit on. */
    record TaggedLesson(Teacher teacher, TagLimit limit, Lesson lesson) {
    }

    private static List<TaggedLesson> taggedLessons(Lesson lesson) {
        List<TaggedLesson> tagged = new ArrayList<>(1);
        for (Teacher teacher : lesson.getSection().getStaff()) {
            for (TagLimit limit : teacher.getTagLimits()) {
                if (lesson.getSection().getTags().contains(limit.tag())) {
                    tagged.add(new TaggedLesson(teacher, limit, lesson));
                }
            }
        }
        return tagged;
    }

    /** A lesson in a building, as one of its teachers or student groups with limits on building changes has it. */
    record BuildingVisit(Object walker, Lesson lesson) {
    }

    private static List<BuildingVisit> buildingVisits(Lesson lesson) {
        List<BuildingVisit> visits = new ArrayList<>(1);
        for (Teacher teacher : lesson.getSection().getStaff()) {
            if (teacher.getBuildingLimits().any()) {
                visits.add(new BuildingVisit(teacher, lesson));
            }
        }
        for (StudentGroup group : lesson.getSection().getGroups()) {
            if (group.getBuildingLimits().any()) {
                visits.add(new BuildingVisit(group, lesson));
            }
        }
        return visits;
    }

    /**
     * Each teacher and student group with limits on building changes, with their lessons in rooms with a building.
     * A school whose rooms name no building stops at the first filter.
     */
    private static UniConstraintStream<BuildingWeek> buildingWeeks(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Lesson.class)
                .filter(IN_BUILDING)
                .flattenLast(BUILDING_VISITS)
                .groupBy(BuildingVisit::walker, ConstraintCollectors.toList(BuildingVisit::lesson))
                .map(BUILDING_WEEK);
    }

    /** A placed lesson of a linked section, and a section after its own in the link, whose lessons it pairs with. */
    record LinkedLesson(SectionLink link, Lesson lesson, Section partner) {
    }

    private static List<LinkedLesson> linkedLater(Lesson lesson) {
        List<LinkedLesson> linked = new ArrayList<>();
        for (SectionLink link : lesson.getSection().getLinks()) {
            List<Section> sections = link.sections();
            for (int i = sections.indexOf(lesson.getSection()) + 1; i < sections.size(); i++) {
                linked.add(new LinkedLesson(link, lesson, sections.get(i)));
            }
        }
        return linked;
    }

    /** Each placed lesson of a linked section with each placed lesson of a later section of the same link. */
    private static BiConstraintStream<LinkedLesson, Lesson> linkedPairs(ConstraintFactory factory,
            SectionLink.Kind kind) {
        return placedLessons(factory)
                .filter(LINKED)
                .flattenLast(LINKED_LATER)
                .filter(linked -> linked.link().kind() == kind)
                .join(placedLessons(factory), equal(LinkedLesson::partner, Lesson::getSection));
    }

    private static int firstSlot(Lesson lesson) {
        return lesson.getBlock().getSlotIndexes()[0];
    }

    private static int lastSlot(Lesson lesson) {
        int[] slots = lesson.getBlock().getSlotIndexes();
        return slots[slots.length - 1];
    }

    /** The day of a lesson in a one-day block; -1 for a block over several days (a DAILY period). */
    private static int oneDay(Lesson lesson) {
        SlotSet days = lesson.getBlock().getDays();
        return days.size() == 1 ? days.toArray()[0] : -1;
    }

    /** Days missing between two lessons of a section below its minimum; 0 where a block spans several days. */
    private static int daysShort(Lesson lesson, Lesson other) {
        return daysShort(lesson, other, lesson.getSection().getMinDaysBetween());
    }

    private static int daysShort(Lesson lesson, Lesson other, int minimum) {
        int day = oneDay(lesson);
        int otherDay = oneDay(other);
        return day < 0 || otherDay < 0 ? 0 : Math.max(0, minimum - Math.abs(day - otherDay));
    }

    private static int softDaysShort(Lesson lesson, Lesson other) {
        return daysShort(lesson, other, lesson.getSection().getMinDaysBetweenSoft());
    }

    /** Whether {@code later} starts in the CLASS timeslot right after {@code first} ends, on the same day. */
    private static boolean backToBack(Lesson first, Lesson later) {
        BellSchedule bellSchedule = first.getSection().getTeacher().getBellSchedule();
        Timeslot end = bellSchedule.getTimeslot(lastSlot(first));
        for (Timeslot next : bellSchedule.getTimeslotsByDay().get(end.dayIndex())) {
            if (next.indexInDay() > end.indexInDay() && next.isClass()) {
                return next.index() == firstSlot(later);
            }
        }
        return false;
    }

    private static String dayOf(Lesson lesson) {
        int day = oneDay(lesson);
        return day < 0 ? lesson.getBlock().getId()
                : lesson.getSection().getTeacher().getBellSchedule().getDays().get(day);
    }

    /** Each day with a count, as {@code MON 2}. */
    private static List<String> perDay(BellSchedule bellSchedule, int[] counts) {
        List<String> days = new ArrayList<>();
        for (int day = 0; day < counts.length; day++) {
            if (counts[day] > 0) {
                days.add(bellSchedule.getDays().get(day) + " " + counts[day]);
            }
        }
        return days;
    }

    private static List<String> timeslotIds(Block block, SlotSet slots) {
        return block.getTimeslots().stream().filter(timeslot -> slots.contains(timeslot.index()))
                .map(timeslot -> timeslot.id()).toList();
    }

    // ---------------------------------------------------------------- hard

    // Every lesson needs a block and a room: a schedule cut short in construction is never feasible.
    Constraint unplacedLesson(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Lesson.class)
                .filter(IN_ROOM.negate())
                .penalizeLong(Rule.UNPLACED_LESSON.defaultWeight())
                .justifyWith((lesson, score) -> new UnplacedLessonJustification(lesson.getId(),
                        lesson.getBlock() == null ? null : lesson.getBlock().getId()))
                .asConstraint(Rule.UNPLACED_LESSON.id());
    }

    // A teacher cannot teach two lessons at once, nor leave their homeroom class alone to teach another group.
    Constraint teacherConflict(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.teachingClashCount() > 0)
                .penalizeLong(Rule.TEACHER_CONFLICT.defaultWeight(), TeacherWeek::teachingClashCount)
                .justifyWith((week, score) -> new TeacherConflictJustification(week.teacher().toString(),
                        week.describeClashes(), week.teachingClashCount()))
                .asConstraint(Rule.TEACHER_CONFLICT.id());
    }

    // A room holds one lesson at a time; penalized per timeslot, like teacher and group clashes.
    Constraint roomConflict(ConstraintFactory factory) {
        return roomedLessons(factory)
                .groupBy(Lesson::getRoom, SlotUsage.counting(Lesson::getBlock))
                .filter((room, usage) -> usage.clashCount() > 0)
                .penalizeLong(Rule.ROOM_CONFLICT.defaultWeight(), (room, usage) -> usage.clashCount())
                .justifyWith((room, usage, score) -> new RoomConflictJustification(room.getId(),
                        usage.clashTimeslotsWithUses("lessons"), usage.clashCount()))
                .asConstraint(Rule.ROOM_CONFLICT.id());
    }

    // A student group is in one lesson at a time.
    Constraint groupConflict(ConstraintFactory factory) {
        // Sections that list no student groups (a high school without cohorts) skip the flatten altogether.
        return placedLessons(factory).filter(lesson -> !lesson.getSection().getGroups().isEmpty())
                .flattenLast(lesson -> lesson.getSection().getGroups().stream()
                        .map(group -> new GroupUse(group, lesson.getBlock())).toList())
                .groupBy(GroupUse::group, SlotUsage.counting(GroupUse::block))
                .filter((group, usage) -> usage.clashCount() > 0)
                .penalizeLong(Rule.GROUP_CONFLICT.defaultWeight(), (group, usage) -> usage.clashCount())
                .justifyWith((group, usage, score) -> new GroupConflictJustification(group.getId(),
                        usage.clashTimeslotsWithUses("lessons"), usage.clashCount()))
                .asConstraint(Rule.GROUP_CONFLICT.id());
    }

    private record GroupUse(StudentGroup group, Block block) {
    }

    // A lesson needs a room of its section's kind (only a fixed room can break this: the range offers no other).
    Constraint roomKind(ConstraintFactory factory) {
        return roomedLessons(factory)
                .filter(lesson -> !lesson.getSection().accepts(lesson.getRoom()))
                .penalizeLong(Rule.ROOM_KIND.defaultWeight())
                .justifyWith((lesson, score) -> new RoomKindJustification(lesson.getId(), lesson.getRoom().getId(),
                        lesson.getRoom().getKind(), lesson.getSection().getRoomKind()))
                .asConstraint(Rule.ROOM_KIND.id());
    }

    // A room must seat the section's enrollment; penalized per student over.
    Constraint roomCapacity(ConstraintFactory factory) {
        return roomedLessons(factory)
                .filter(lesson -> lesson.getSection().getEnrollment() > lesson.getRoom().getCapacity())
                .penalizeLong(Rule.ROOM_CAPACITY.defaultWeight(),
                        lesson -> lesson.getSection().getEnrollment() - lesson.getRoom().getCapacity())
                .justifyWith((lesson, score) -> new RoomCapacityJustification(lesson.getId(),
                        lesson.getRoom().getId(), lesson.getRoom().getCapacity(), lesson.getSection().getEnrollment()))
                .asConstraint(Rule.ROOM_CAPACITY.id());
    }

    // Part-time staff and closed rooms: lessons and meetings avoid the timeslots in which someone is away.
    Constraint unavailable(ConstraintFactory factory) {
        return placedLessons(factory).filter(ScheduleConstraintProvider::meetsSomeoneAway)
                .map(ScheduleConstraintProvider::absenceDuring)
                .concat(factory.forEach(TeamMeeting.class).map(ScheduleConstraintProvider::absenceDuring))
                .filter(absence -> !absence.slots().isEmpty())
                .penalizeLong(Rule.UNAVAILABLE.defaultWeight(), absence -> absence.slots().size())
                .justifyWith((absence, score) -> new UnavailableJustification(absence.activityName(), absence.who(),
                        timeslotIds(absence.block(), absence.slots())))
                .asConstraint(Rule.UNAVAILABLE.id());
    }

    /** The timeslots of a lesson or meeting in which one of its people or its room is unavailable. */
    private record Absence(Object activity, Block block, SlotSet slots) {

        String activityName() {
            return activity instanceof Lesson lesson ? "Lesson " + lesson.getId()
                    : ((TeamMeeting) activity).getTeam().getName() + " meeting " + ((TeamMeeting) activity).getId();
        }

        String who() {
            if (activity instanceof Lesson lesson) {
                String staff = String.join(" or ", lesson.getSection().getStaff().stream().map(Teacher::toString).toList())
                        + lesson.getSection().getGroups().stream().filter(group -> !group.getUnavailable().isEmpty())
                                .map(group -> " or group " + group.getId()).collect(Collectors.joining());
                return lesson.getRoom() == null ? staff : staff + " or room " + lesson.getRoom().getId();
            }
            return "an attendee of " + ((TeamMeeting) activity).getTeam().getName();
        }
    }

    // Checked before an Absence is made: most lessons meet when everyone is in, and this runs on every move.
    private static boolean meetsSomeoneAway(Lesson lesson) {
        SlotSet slots = lesson.getBlock().getSlots();
        return slots.overlaps(lesson.getSection().getStaffUnavailable())
                || lesson.getRoom() != null && slots.overlaps(lesson.getRoom().getUnavailable());
    }

    private static Absence absenceDuring(Lesson lesson) {
        SlotSet unavailable = lesson.getSection().getStaffUnavailable();
        if (lesson.getRoom() != null && !lesson.getRoom().getUnavailable().isEmpty()) {
            unavailable = unavailable.union(lesson.getRoom().getUnavailable());
        }
        return new Absence(lesson, lesson.getBlock(), lesson.getBlock().getSlots().intersect(unavailable));
    }

    private static Absence absenceDuring(TeamMeeting meeting) {
        return new Absence(meeting, meeting.getBlock(),
                meeting.getBlock().getSlots().intersect(meeting.getTeam().getAttendeesUnavailable()));
    }

    // A student group meets a course at most its share of a day: its weekly meetings spread over the days.
    Constraint courseSpread(ConstraintFactory factory) {
        return courseWeeks(factory)
                .filter(week -> week.beyondShare() > 0)
                .penalizeLong(Rule.COURSE_SPREAD.defaultWeight(), CourseWeek::beyondShare)
                .justifyWith((week, score) -> new CourseSpreadJustification(week.attendeeName(), week.course(),
                        week.maxPerDay(), week.crowdedDays()))
                .asConstraint(Rule.COURSE_SPREAD.id());
    }

    // Everyone at a team meeting is free: not teaching, not with their homeroom class, not in another meeting.
    Constraint meetingMemberBusy(ConstraintFactory factory) {
        return factory.forEach(TeamMeeting.class)
                .flattenLast(meeting -> meeting.getTeam().getAttendees().stream()
                        .map(teacher -> new Attendance(meeting, teacher)).toList())
                .join(teacherWeeks(factory), equal(Attendance::teacher, TeacherWeek::teacher))
                .filter((attendance, week) -> busyDuring(attendance, week) > 0)
                .penalizeLong(Rule.MEETING_MEMBER_BUSY.defaultWeight(), ScheduleConstraintProvider::busyDuring)
                .justifyWith((attendance, week, score) -> new MeetingMemberBusyJustification(
                        attendance.meeting().getTeam().getName(), attendance.meeting().getId(),
                        attendance.teacher().toString(),
                        busyReason(attendance, week),
                        timeslotIds(attendance.meeting().getBlock(), week.meetingBlockers())))
                .asConstraint(Rule.MEETING_MEMBER_BUSY.id());
    }

    private record Attendance(TeamMeeting meeting, Teacher teacher) {
    }

    private static int busyDuring(Attendance attendance, TeacherWeek week) {
        return attendance.meeting().getBlock().getSlots().intersectionSize(week.meetingBlockers());
    }

    private static String busyReason(Attendance attendance, TeacherWeek week) {
        SlotSet meetingSlots = attendance.meeting().getBlock().getSlots();
        if (meetingSlots.overlaps(week.teaching())) {
            return "is teaching";
        }
        if (meetingSlots.overlaps(week.withClass())) {
            return "is with homeroom class " + attendance.teacher().getHomeroom().getId();
        }
        return "is in another team meeting";
    }

    // No more timeslots of lessons a day than the teacher's limit (a teacher-leader's release comes off it).
    Constraint teachingLoad(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.loadExcess() > 0)
                .penalizeLong(Rule.TEACHING_LOAD.defaultWeight(), TeacherWeek::loadExcess)
                .justifyWith((week, score) -> new TeachingLoadJustification(week.teacher().toString(),
                        week.teacher().getTeachingLimitPerDay(), week.overloadedDays()))
                .asConstraint(Rule.TEACHING_LOAD.id());
    }

    // Lessons of a section with min_days_between N are at least N days apart (FET's MinDaysBetweenActivities).
    Constraint minDaysBetween(ConstraintFactory factory) {
        return placedLessons(factory)
                .filter(lesson -> lesson.getSection().getMinDaysBetween() > 0)
                .join(placedLessons(factory), equal(Lesson::getSection), lessThan(Lesson::getNumber))
                .filter((lesson, other) -> daysShort(lesson, other) > 0)
                .penalizeLong(Rule.MIN_DAYS_BETWEEN.defaultWeight(), ScheduleConstraintProvider::daysShort)
                .justifyWith((lesson, other, score) -> new MinDaysBetweenJustification(lesson.getId(), dayOf(lesson),
                        other.getId(), dayOf(other), lesson.getSection().getMinDaysBetween()))
                .asConstraint(Rule.MIN_DAYS_BETWEEN.id());
    }

    // Same-numbered lessons of SAME_START-linked sections start together.
    Constraint sameStart(ConstraintFactory factory) {
        return linkedPairs(factory, SectionLink.Kind.SAME_START)
                .filter((linked, other) -> linked.lesson().getNumber() == other.getNumber()
                        && firstSlot(linked.lesson()) != firstSlot(other))
                .penalizeLong(Rule.SAME_START.defaultWeight())
                .justifyWith((linked, other, score) -> linkJustification(linked, other, "start at the same time"))
                .asConstraint(Rule.SAME_START.id());
    }

    // Lessons of NOT_OVERLAPPING-linked sections never share a timeslot.
    Constraint noOverlap(ConstraintFactory factory) {
        return linkedPairs(factory, SectionLink.Kind.NOT_OVERLAPPING)
                .filter((linked, other) -> linked.lesson().getBlock().overlaps(other.getBlock()))
                .penalizeLong(Rule.NO_OVERLAP.defaultWeight(), (linked, other) ->
                        linked.lesson().getBlock().getSlots().intersectionSize(other.getBlock().getSlots()))
                .justifyWith((linked, other, score) -> linkJustification(linked, other, "not overlap"))
                .asConstraint(Rule.NO_OVERLAP.id());
    }

    // Same-numbered lessons of CONSECUTIVE-linked sections are back to back, the earlier section first.
    Constraint consecutive(ConstraintFactory factory) {
        return linkedPairs(factory, SectionLink.Kind.CONSECUTIVE)
                .filter((linked, other) -> linked.lesson().getNumber() == other.getNumber()
                        && !backToBack(linked.lesson(), other))
                .penalizeLong(Rule.CONSECUTIVE.defaultWeight())
                .justifyWith((linked, other, score) -> linkJustification(linked, other, "be back to back, in this order"))
                .asConstraint(Rule.CONSECUTIVE.id());
    }

    // Same-numbered lessons of ORDERED-linked sections come in order over the week.
    Constraint ordered(ConstraintFactory factory) {
        return linkedPairs(factory, SectionLink.Kind.ORDERED)
                .filter((linked, other) -> linked.lesson().getNumber() == other.getNumber()
                        && firstSlot(other) <= lastSlot(linked.lesson()))
                .penalizeLong(Rule.ORDERED.defaultWeight())
                .justifyWith((linked, other, score) -> linkJustification(linked, other, "come in this order"))
                .asConstraint(Rule.ORDERED.id());
    }

    // Same-numbered lessons of SAME_DAY-linked sections start on one day.
    Constraint sameDay(ConstraintFactory factory) {
        return linkedPairs(factory, SectionLink.Kind.SAME_DAY)
                .filter((linked, other) -> linked.lesson().getNumber() == other.getNumber()
                        && startOf(linked.lesson()).dayIndex() != startOf(other).dayIndex())
                .penalizeLong(Rule.SAME_DAY.defaultWeight())
                .justifyWith((linked, other, score) -> linkJustification(linked, other, "start on the same day"))
                .asConstraint(Rule.SAME_DAY.id());
    }

    // Same-numbered lessons of SAME_HOUR-linked sections start in the same period, whatever the day.
    Constraint sameHour(ConstraintFactory factory) {
        return linkedPairs(factory, SectionLink.Kind.SAME_HOUR)
                .filter((linked, other) -> linked.lesson().getNumber() == other.getNumber()
                        && !startOf(linked.lesson()).period().equals(startOf(other).period()))
                .penalizeLong(Rule.SAME_HOUR.defaultWeight())
                .justifyWith((linked, other, score) -> linkJustification(linked, other, "start in the same period"))
                .asConstraint(Rule.SAME_HOUR.id());
    }

    // Same-numbered lessons of GROUPED-linked sections are back to back on one day, either first.
    Constraint grouped(ConstraintFactory factory) {
        return linkedPairs(factory, SectionLink.Kind.GROUPED)
                .filter((linked, other) -> linked.lesson().getNumber() == other.getNumber()
                        && !backToBack(linked.lesson(), other) && !backToBack(other, linked.lesson()))
                .penalizeLong(Rule.GROUPED.defaultWeight())
                .justifyWith((linked, other, score) -> linkJustification(linked, other,
                        "be back to back, in either order"))
                .asConstraint(Rule.GROUPED.id());
    }

    // The lessons of SAME_ROOM-linked sections all meet in one room.
    Constraint sameRoom(ConstraintFactory factory) {
        return roomedLessons(factory)
                .filter(LINKED)
                .flattenLast(ScheduleConstraintProvider::sameRoomUses)
                .groupBy(RoomUse::link, DistinctCount.of(RoomUse::room))
                .filter((link, rooms) -> rooms > 1)
                .penalizeLong(Rule.SAME_ROOM.defaultWeight(), (link, rooms) -> rooms - 1)
                .justifyWith((link, rooms, score) -> new SameRoomJustification(
                        link.sections().stream().map(Section::getId).toList(), rooms))
                .asConstraint(Rule.SAME_ROOM.id());
    }

    private record RoomUse(SectionLink link, Room room) {
    }

    private static List<RoomUse> sameRoomUses(Lesson lesson) {
        List<RoomUse> uses = new ArrayList<>(1);
        for (SectionLink link : lesson.getSection().getLinks()) {
            if (link.kind() == SectionLink.Kind.SAME_ROOM) {
                uses.add(new RoomUse(link, lesson.getRoom()));
            }
        }
        return uses;
    }

    /** A placed lesson of a section in a MIN_GAP link. */
    private record GapLesson(SectionLink link, Lesson lesson) {
    }

    private static List<GapLesson> minGapLessons(Lesson lesson) {
        List<GapLesson> gapLessons = new ArrayList<>(1);
        for (SectionLink link : lesson.getSection().getLinks()) {
            if (link.kind() == SectionLink.Kind.MIN_GAP) {
                gapLessons.add(new GapLesson(link, lesson));
            }
        }
        return gapLessons;
    }

    /** Timeslots between two lessons on one day (0 when they overlap); -1 on different days or across days. */
    private static int timeslotsBetween(Lesson lesson, Lesson other) {
        int day = oneDay(lesson);
        if (day < 0 || day != oneDay(other)) {
            return -1;
        }
        BellSchedule bellSchedule = lesson.getSection().getTeacher().getBellSchedule();
        int start = bellSchedule.getTimeslot(firstSlot(lesson)).indexInDay();
        int end = bellSchedule.getTimeslot(lastSlot(lesson)).indexInDay();
        int otherStart = bellSchedule.getTimeslot(firstSlot(other)).indexInDay();
        int otherEnd = bellSchedule.getTimeslot(lastSlot(other)).indexInDay();
        return Math.max(0, Math.max(otherStart - end - 1, start - otherEnd - 1));
    }

    private static int gapShort(GapLesson gapLesson, GapLesson other) {
        int between = timeslotsBetween(gapLesson.lesson(), other.lesson());
        return between < 0 ? 0 : Math.max(0, gapLesson.link().minGap() - between);
    }

    // Any two lessons of MIN_GAP-linked sections on one day have at least the link's min_gap timeslots between them.
    Constraint minGap(ConstraintFactory factory) {
        return placedLessons(factory)
                .filter(LINKED)
                .flattenLast(ScheduleConstraintProvider::minGapLessons)
                .join(placedLessons(factory).filter(LINKED).flattenLast(ScheduleConstraintProvider::minGapLessons),
                        equal(GapLesson::link, GapLesson::link),
                        filtering((gapLesson, other) ->
                                gapLesson.lesson().getId().compareTo(other.lesson().getId()) < 0))
                .filter((gapLesson, other) -> gapShort(gapLesson, other) > 0)
                .penalizeLong(Rule.MIN_GAP.defaultWeight(), ScheduleConstraintProvider::gapShort)
                .justifyWith((gapLesson, other, score) -> new MinGapJustification(gapLesson.lesson().getId(),
                        gapLesson.lesson().getBlock().getId(), other.lesson().getId(),
                        other.lesson().getBlock().getId(), timeslotsBetween(gapLesson.lesson(), other.lesson()),
                        gapLesson.link().minGap()))
                .asConstraint(Rule.MIN_GAP.id());
    }

    private static Timeslot startOf(Lesson lesson) {
        return lesson.getSection().getTeacher().getBellSchedule().getTimeslot(firstSlot(lesson));
    }

    private static SectionLinkJustification linkJustification(LinkedLesson linked, Lesson other, String broken) {
        return new SectionLinkJustification(linked.lesson().getId(), linked.lesson().getBlock().getId(),
                other.getId(), other.getBlock().getId(), broken);
    }

    // A lesson that ends its groups' day has no lesson of those groups after it that day.
    Constraint endsDay(ConstraintFactory factory) {
        return placedLessons(factory)
                .filter(lesson -> lesson.getSection().isEndsDay())
                .flattenLast(lesson -> lesson.getSection().getGroups().stream()
                        .map(group -> new CourseAttendance(group, lesson.getSection().getCourse(), lesson)).toList())
                .join(placedLessons(factory).flattenLast(COURSE_ATTENDANCE),
                        equal(CourseAttendance::attendee, CourseAttendance::attendee),
                        filtering((last, later) -> later.lesson() != last.lesson()
                                && firstSlot(later.lesson()) > lastSlot(last.lesson())
                                && sameDay(last.lesson(), later.lesson())))
                .penalizeLong(Rule.ENDS_DAY.defaultWeight())
                .justifyWith((last, later, score) -> new EndsDayJustification(last.lesson().getId(),
                        last.lesson().getBlock().getId(), last.attendee().toString(), later.lesson().getId(),
                        later.lesson().getBlock().getId()))
                .asConstraint(Rule.ENDS_DAY.id());
    }

    private static boolean sameDay(Lesson lesson, Lesson other) {
        BellSchedule bellSchedule = lesson.getSection().getTeacher().getBellSchedule();
        return bellSchedule.dayIndexOf(lastSlot(lesson)) == bellSchedule.dayIndexOf(firstSlot(other));
    }

    // A teacher teaches on no more days than their max_days_per_week.
    Constraint teacherDays(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.daysBeyondLimit() > 0)
                .penalizeLong(Rule.TEACHER_DAYS.defaultWeight(), TeacherWeek::daysBeyondLimit)
                .justifyWith((week, score) -> new TeacherDaysJustification(week.teacher().toString(),
                        week.daysBeyondLimit(), week.teacher().getLimits().maxDaysPerWeek()))
                .asConstraint(Rule.TEACHER_DAYS.id());
    }

    // A teacher teaches on at least their min_days_per_week.
    Constraint teacherMinDays(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.daysBelowMinimum() > 0)
                .penalizeLong(Rule.TEACHER_MIN_DAYS.defaultWeight(), TeacherWeek::daysBelowMinimum)
                .justifyWith((week, score) -> new TeacherMinDaysJustification(week.teacher().toString(),
                        week.daysTaught(), week.teacher().getMinDaysPerWeek()))
                .asConstraint(Rule.TEACHER_MIN_DAYS.id());
    }

    // A teacher teaches within part of the day on at most the days their interval_max_days allows.
    Constraint teacherIntervalDays(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> !week.teacher().getIntervalDays().isEmpty() && week.intervalDaysBeyond() > 0)
                .penalizeLong(Rule.TEACHER_INTERVAL_DAYS.defaultWeight(), TeacherWeek::intervalDaysBeyond)
                .justifyWith((week, score) -> intervalDaysJustification(week))
                .asConstraint(Rule.TEACHER_INTERVAL_DAYS.id());
    }

    /** The first of the teacher's interval limits that is broken, with the days it is taught on. */
    private static TeacherIntervalDaysJustification intervalDaysJustification(TeacherWeek week) {
        Teacher teacher = week.teacher();
        for (org.commonplan.domain.IntervalDays limit : teacher.getIntervalDays()) {
            List<Integer> days = week.daysTeachingIn(limit.slots());
            if (days.size() > limit.maxDays()) {
                return new TeacherIntervalDaysJustification(teacher.toString(), limit.from(), limit.to(),
                        days.stream().sorted().map(day -> teacher.getBellSchedule().getDays().get(day)).toList(),
                        limit.maxDays());
            }
        }
        throw new IllegalStateException("no interval limit of " + teacher + " is broken");
    }

    // A teacher who comes in teaches at least their min_lessons_per_day that day.
    Constraint teacherShortDay(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.shortDayShortfall() > 0)
                .penalizeLong(Rule.TEACHER_SHORT_DAY.defaultWeight(), TeacherWeek::shortDayShortfall)
                .justifyWith((week, score) -> new TeacherShortDayJustification(week.teacher().toString(),
                        week.teacher().getLimits().minLessonsPerDay(), week.shortDays()))
                .asConstraint(Rule.TEACHER_SHORT_DAY.id());
    }

    // A teacher's idle periods between lessons stay within their max_gaps_per_day and max_gaps_per_week.
    Constraint teacherGaps(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.gapExcess() > 0)
                .penalizeLong(Rule.TEACHER_GAPS.defaultWeight(), TeacherWeek::gapExcess)
                .justifyWith((week, score) -> new GapsJustification("Teacher " + week.teacher(),
                        perDay(week.teacher().getBellSchedule(), week.gapsPerDay()),
                        week.teacher().getLimits().maxGapsPerDay(), week.teacher().getLimits().maxGapsPerWeek()))
                .asConstraint(Rule.TEACHER_GAPS.id());
    }

    // A teacher with their own max_lessons_in_a_row never teaches longer without a break.
    Constraint teacherLessonsInARow(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.lessonsInARowExcess() > 0)
                .penalizeLong(Rule.TEACHER_LESSONS_IN_A_ROW.defaultWeight(), TeacherWeek::lessonsInARowExcess)
                .justifyWith((week, score) -> new TeacherLessonsInARowJustification(week.teacher().toString(),
                        week.teacher().getLimits().maxLessonsInARow(), week.lessonsInARowExcess()))
                .asConstraint(Rule.TEACHER_LESSONS_IN_A_ROW.id());
    }

    // A student group's idle periods between lessons stay within its max_gaps_per_day and max_gaps_per_week.
    Constraint groupGaps(ConstraintFactory factory) {
        return limitedGroupWeeks(factory)
                .filter(week -> week.gapExcess() > 0)
                .penalizeLong(Rule.GROUP_GAPS.defaultWeight(), GroupWeek::gapExcess)
                .justifyWith((week, score) -> new GapsJustification("Group " + week.group(),
                        perDay(week.bellSchedule(), week.gapsPerDay()),
                        week.group().getLimits().maxGapsPerDay(), week.group().getLimits().maxGapsPerWeek()))
                .asConstraint(Rule.GROUP_GAPS.id());
    }

    // A student group has between min_lessons_per_day and max_lessons_per_day lessons every day.
    Constraint groupDailyLessons(ConstraintFactory factory) {
        return limitedGroupWeeks(factory)
                .filter(week -> week.dailyLessonsOutside() > 0)
                .penalizeLong(Rule.GROUP_DAILY_LESSONS.defaultWeight(), GroupWeek::dailyLessonsOutside)
                .justifyWith((week, score) -> new GroupDayShapeJustification(week.group().getId(),
                        "days with " + week.dailyLimits(),
                        week.describeDays()))
                .asConstraint(Rule.GROUP_DAILY_LESSONS.id());
    }

    // A student group starts after the first period on no more days than its max_late_starts.
    Constraint groupLateStart(ConstraintFactory factory) {
        return limitedGroupWeeks(factory)
                .filter(week -> week.lateStartsBeyondLimit() > 0)
                .penalizeLong(Rule.GROUP_LATE_START.defaultWeight(), GroupWeek::lateStartsBeyondLimit)
                .justifyWith((week, score) -> new GroupDayShapeJustification(week.group().getId(),
                        "more than " + week.group().getLimits().maxLateStarts() + " late starts",
                        week.describeDays()))
                .asConstraint(Rule.GROUP_LATE_START.id());
    }

    // A teacher teaches lessons of a tag no more than their max_tagged_per_day and max_tagged_in_a_row for it allow.
    Constraint teacherTaggedLessons(ConstraintFactory factory) {
        return placedLessons(factory)
                .filter(TAGGED)
                .flattenLast(TAGGED_LESSONS)
                .groupBy(TaggedLesson::teacher, TaggedLesson::limit, ConstraintCollectors.toList(TaggedLesson::lesson))
                .map(TaggedWeek::of)
                .filter(week -> week.excess() > 0)
                .penalizeLong(Rule.TEACHER_TAGGED_LESSONS.defaultWeight(), TaggedWeek::excess)
                .justifyWith((week, score) -> new TaggedLessonsJustification(week.teacher().toString(),
                        week.limit().tag(), daysOver(week), week.limit().maxPerDay(), week.beyondInARow(),
                        week.limit().maxInARow()))
                .asConstraint(Rule.TEACHER_TAGGED_LESSONS.id());
    }

    private static List<String> daysOver(TaggedWeek week) {
        int max = week.limit().maxPerDay();
        int[] over = new int[week.timeslotsPerDay().length];
        for (int day = 0; day < over.length; day++) {
            over[day] = max != TagLimit.NO_LIMIT && week.timeslotsPerDay()[day] > max ? week.timeslotsPerDay()[day] : 0;
        }
        return perDay(week.teacher().getBellSchedule(), over);
    }

    // A teacher or group changes building no more than their max_building_changes_per_day and _per_week allow.
    Constraint buildingChanges(ConstraintFactory factory) {
        return buildingWeeks(factory)
                .filter(week -> week.changesBeyond() > 0)
                .penalizeLong(Rule.BUILDING_CHANGES.defaultWeight(), BuildingWeek::changesBeyond)
                .justifyWith((week, score) -> new BuildingChangesJustification(week.who(),
                        perDay(week.bellSchedule(), week.changesPerDay()), week.limits().maxChangesPerDay(),
                        week.limits().maxChangesPerWeek()))
                .asConstraint(Rule.BUILDING_CHANGES.id());
    }

    // A teacher or group who changes building has min_gaps_between_building_changes timeslots to get there.
    Constraint buildingChangeGap(ConstraintFactory factory) {
        return buildingWeeks(factory)
                .filter(week -> !week.tooSoon().isEmpty())
                .penalizeLong(Rule.BUILDING_CHANGE_GAP.defaultWeight(), week -> week.tooSoon().size())
                .justifyWith((week, score) -> new BuildingChangeGapJustification(week.who(), week.tooSoon(),
                        week.limits().minGapsBetweenChanges()))
                .asConstraint(Rule.BUILDING_CHANGE_GAP.id());
    }

    // Every teacher keeps the weekly minimum of individual planning; penalized per mean timeslot missing.
    Constraint planningProtected(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.planningShortfallMinutes() > 0)
                .penalizeLong(Rule.PLANNING_PROTECTED.defaultWeight(), ScheduleConstraintProvider::planningShortfallSlots)
                .justifyWith((week, score) -> new PlanningProtectedJustification(week.teacher().toString(),
                        week.planningMinutes(), week.teacher().getMinPlanningMinutesPerWeek()))
                .asConstraint(Rule.PLANNING_PROTECTED.id());
    }

    private static long planningShortfallSlots(TeacherWeek week) {
        int slotMinutes = Math.max(1, week.teacher().getBellSchedule().getMeanClassMinutes());
        return (week.planningShortfallMinutes() + slotMinutes - 1) / slotMinutes;
    }

    // ---------------------------------------------------------------- medium

    // Every team meeting should find a time: penalized by its minutes times the team's priority.
    Constraint unscheduledMeeting(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(TeamMeeting.class)
                .filter(meeting -> meeting.getBlock() == null)
                .penalizeLong(Rule.UNSCHEDULED_MEETING.defaultWeight(),
                        meeting -> (long) meeting.getMinutes() * meeting.getTeam().getPriority())
                .justifyWith((meeting, score) -> new UnscheduledMeetingJustification(meeting.getTeam().getName(),
                        meeting.getId(), meeting.getMinutes()))
                .asConstraint(Rule.UNSCHEDULED_MEETING.id());
    }

    // Students who requested two singleton courses need them at different times.
    Constraint singletonConflict(ConstraintFactory factory) {
        return factory.forEach(CourseConflict.class)
                .join(placedLessons(factory).filter(lesson -> lesson.getSection().isSingleton()),
                        equal(CourseConflict::courseA, lesson -> lesson.getSection().getCourse()))
                .join(placedLessons(factory).filter(lesson -> lesson.getSection().isSingleton()),
                        equal((conflict, lesson) -> conflict.courseB(), lesson -> lesson.getSection().getCourse()),
                        filtering((conflict, lesson, other) -> lesson.overlaps(other)))
                .penalizeLong(Rule.SINGLETON_CONFLICT.defaultWeight(), (conflict, lesson, other) -> conflict.students())
                .justifyWith((conflict, lesson, other, score) -> new SingletonConflictJustification(conflict.courseA(),
                        conflict.courseB(), conflict.students(), lesson.getId(), other.getId()))
                .asConstraint(Rule.SINGLETON_CONFLICT.id());
    }

    // ---------------------------------------------------------------- soft

    // A leader observes a coached teacher when free while the teacher teaches, one teacher at a time: the
    // observations ObservationPlanner can plan for each leader, as the report plans them.
    Constraint coachingShortfall(ConstraintFactory factory) {
        return factory.forEach(CoachingPair.class)
                .flattenLast(CoachingPlan.Side::both)
                .join(teacherWeeks(factory), equal(CoachingPlan.Side::teacher, TeacherWeek::teacher))
                .groupBy((side, week) -> side.pair().leader(), CoachingPlan.collector())
                .flattenLast(CoachingPlan::shortfalls)
                .penalizeLong(Rule.COACHING_SHORTFALL.defaultWeight(),
                        (leader, shortfall) -> shortfall.wanted() - shortfall.planned())
                .justifyWith((leader, shortfall, score) -> shortfall)
                .asConstraint(Rule.COACHING_SHORTFALL.id());
    }

    // A team's meetings are spread over the week.
    Constraint meetingsSameDay(ConstraintFactory factory) {
        return factory.forEachUniquePair(TeamMeeting.class, equal(TeamMeeting::getTeam),
                        filtering((meeting, other) -> meeting.getBlock().getDays().overlaps(other.getBlock().getDays())))
                .penalizeLong(Rule.MEETINGS_SAME_DAY.defaultWeight())
                .justifyWith((meeting, other, score) -> new MeetingsSameDayJustification(meeting.getTeam().getName(),
                        meeting.toString(), other.toString()))
                .asConstraint(Rule.MEETINGS_SAME_DAY.id());
    }

    // A course a group meets twice or three times a week is better on days apart: Monday and Thursday.
    Constraint courseDaysApart(ConstraintFactory factory) {
        return courseWeeks(factory)
                .filter(week -> week.consecutiveDays() > 0)
                .penalizeLong(Rule.COURSE_DAYS_APART.defaultWeight(), CourseWeek::consecutiveDays)
                .justifyWith((week, score) -> new CourseDaysApartJustification(week.attendeeName(), week.course(),
                        week.consecutiveDays()))
                .asConstraint(Rule.COURSE_DAYS_APART.id());
    }

    // Lessons of a section with min_days_between_soft N are better N days apart (FET's days between below 100%).
    Constraint minDaysBetweenSoft(ConstraintFactory factory) {
        return placedLessons(factory)
                .filter(lesson -> lesson.getSection().getMinDaysBetweenSoft() > 0)
                .join(placedLessons(factory), equal(Lesson::getSection), lessThan(Lesson::getNumber))
                .filter((lesson, other) -> softDaysShort(lesson, other) > 0)
                .penalizeLong(Rule.MIN_DAYS_BETWEEN_SOFT.defaultWeight(), ScheduleConstraintProvider::softDaysShort)
                .justifyWith((lesson, other, score) -> new MinDaysBetweenJustification(lesson.getId(), dayOf(lesson),
                        other.getId(), dayOf(other), lesson.getSection().getMinDaysBetweenSoft()))
                .asConstraint(Rule.MIN_DAYS_BETWEEN_SOFT.id());
    }

    // No more than max_consecutive_teaching timeslots of lessons in a row.
    Constraint consecutiveTeaching(ConstraintFactory factory) {
        return teacherWeeks(factory)
                .filter(week -> week.consecutiveExcess() > 0)
                .penalizeLong(Rule.CONSECUTIVE_TEACHING.defaultWeight(), TeacherWeek::consecutiveExcess)
                .justifyWith((week, score) -> new ConsecutiveTeachingJustification(week.teacher().toString(),
                        week.teacher().getMaxConsecutiveTeaching(), week.consecutiveExcess()))
                .asConstraint(Rule.CONSECUTIVE_TEACHING.id());
    }

    // Sections of one course at different times give students options. Counted per block, so two DOUBLE
    // blocks that share one period are not compared: grouping beats pairwise joins on large schools. A singleton
    // course has one section, so it never counts; it is not filtered out first, which would cost every move a node.
    Constraint courseSameBlock(ConstraintFactory factory) {
        return placedLessons(factory)
                .groupBy(lesson -> lesson.getSection().getCourse(), Lesson::getBlock,
                        DistinctCount.of(Lesson::getSection))
                .filter((course, block, sections) -> sections > 1)
                .penalizeLong(Rule.COURSE_SAME_BLOCK.defaultWeight(),
                        (course, block, sections) -> (long) sections * (sections - 1) / 2)
                .justifyWith((course, block, sections, score) -> new CourseSameBlockJustification(course,
                        block.getId(), sections))
                .asConstraint(Rule.COURSE_SAME_BLOCK.id());
    }

    // A teacher keeps to as few rooms as possible.
    Constraint roomSpread(ConstraintFactory factory) {
        return roomedLessons(factory)
                .groupBy(lesson -> lesson.getSection().getTeacher(), DistinctCount.of(Lesson::getRoom))
                .filter((teacher, rooms) -> rooms > 1)
                .penalizeLong(Rule.ROOM_SPREAD.defaultWeight(), (teacher, rooms) -> rooms - 1)
                .justifyWith((teacher, rooms, score) -> new RoomSpreadJustification(teacher.toString(), rooms))
                .asConstraint(Rule.ROOM_SPREAD.id());
    }

    // Reward the minutes a team's attendees are all free beyond its meetings: room for more collaboration.
    Constraint commonFreeTime(ConstraintFactory factory) {
        return factory.forEach(Team.class)
                .flattenLast(team -> team.getAttendees().stream().map(teacher -> new Membership(team, teacher)).toList())
                .join(teacherWeeks(factory), equal(Membership::teacher, TeacherWeek::teacher))
                .groupBy((membership, week) -> membership.team(), CommonFreeTime.collector())
                .filter((team, common) -> common.minutes() > 0)
                .rewardLong(Rule.COMMON_FREE_TIME.defaultWeight(), (team, common) -> common.minutes())
                .justifyWith((team, common, score) -> new CommonFreeTimeJustification(team.getName(), common.minutes()))
                .asConstraint(Rule.COMMON_FREE_TIME.id());
    }

    // Keep a re-solve close to the schedule it started from: each lesson or meeting placed elsewhere costs.
    Constraint movedFromPrevious(ConstraintFactory factory) {
        UniConstraintStream<MovedFromPreviousJustification> lessons = factory.forEachIncludingUnassigned(Lesson.class)
                .filter(lesson -> lesson.getPreviousAllowed() != null && lesson.getBlock() != null
                        && (lesson.getPreviousAllowed().blockMoved(lesson.getBlock())
                                || lesson.getPreviousAllowed().roomMoved(lesson.getRoom())))
                .map(MovedFromPreviousJustification::of);
        UniConstraintStream<MovedFromPreviousJustification> meetings = factory
                .forEachIncludingUnassigned(TeamMeeting.class)
                .filter(meeting -> meeting.getPreviousAllowed() != null
                        && meeting.getPreviousAllowed().blockId() != null
                        && meeting.getPreviousAllowed().blockMoved(meeting.getBlock()))
                .map(MovedFromPreviousJustification::of);
        return lessons.concat(meetings)
                .penalizeLong(Rule.MOVED_FROM_PREVIOUS.defaultWeight(), MovedFromPreviousJustification::units)
                .justifyWith((moved, score) -> moved)
                .asConstraint(Rule.MOVED_FROM_PREVIOUS.id());
    }

    private record Membership(Team team, Teacher teacher) {
    }
}
