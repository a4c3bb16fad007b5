package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Block;
import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * Kempe chain moves, the classic neighbourhood of timetabling: take a lesson in block P and a block Q, follow
 * every lesson in the other of the two blocks that shares a teacher or a student group with the chain so far
 * ({@link KempeChains}), and exchange P and Q for the whole chain, moving a lesson whose room is taken in its new
 * block to a free room. What did not clash inside P and Q before still does not clash after, so the move shifts a
 * teacher's free period (and with it room for a team meeting) without breaking the cohorts around it.
 * Half of the chains aim at a team meeting with a busy attendee: they move a lesson the attendee teaches out of
 * the meeting's time, or bring a lesson of the attendee's homeroom class (a special) into it, best at a time its
 * specialist is free, and one that frees the attendee for another of their meetings (or for one that was there in
 * the previous schedule and has moved since) only when no other will do.
 * A quarter start from a singleton lesson that clashes with another singleton some students also requested, and a
 * quarter from a lesson double-booked with another lesson of its teacher or student group, towards a block in
 * which its teachers are free, while there are such lessons.
 * Random selection only.
 */
public class KempeChainMoveFactory extends RandomMoveFactory<KempeChainMove> {

    /** Longer chains are not tried: a move that reshuffles half the school is rarely the one that helps. */
    private int maxChain = 20;

    private List<Lesson> movable = List.of();
    private List<TeamMeeting> meetings = List.of();

    /** Where a chain starts: a lesson and the block it is to go to. */
    private record Start(Lesson lesson, Block to) {
    }

    /** An attendee who is not free for a meeting of theirs. */
    private record BusyAttendance(TeamMeeting meeting, Teacher attendee) {
    }

    /** This step's busy attendances, found when first asked for. */
    private List<BusyAttendance> busyAttendances;

    /** Per movable singleton lesson: the lessons of the singleton courses that some of its students also requested. */
    private final Map<Lesson, List<Lesson>> conflictingSingletons = new LinkedHashMap<>();

    /** This step's singleton lessons at the same time as a singleton they conflict with, found when first asked for. */
    private List<Lesson> clashingSingletons;

    /** This step's lessons that share a teacher or a student group with another of their block, found when first asked for. */
    private List<Lesson> clashingLessons;

    /** Set from the solver configuration's custom properties: the longest chain tried. */
    public void setMaxChain(int maxChain) {
        this.maxChain = maxChain;
    }

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        super.phaseStarted(scoreDirector);
        School school = scoreDirector.getWorkingSolution();
        movable = school.getLessons().stream().filter(KempeChainMoveFactory::isMovable).toList();
        meetings = school.getMeetings();
        Map<String, List<Lesson>> singletonsByCourse = new HashMap<>();
        for (Lesson lesson : movable) {
            if (lesson.getSection().isSingleton()) {
                singletonsByCourse.computeIfAbsent(lesson.getSection().getCourse(), key -> new ArrayList<>()).add(lesson);
            }
        }
        conflictingSingletons.clear();
        for (CourseConflict conflict : school.getCourseConflicts()) {
            List<Lesson> lessonsOfA = singletonsByCourse.getOrDefault(conflict.courseA(), List.of());
            List<Lesson> lessonsOfB = singletonsByCourse.getOrDefault(conflict.courseB(), List.of());
            for (Lesson lesson : lessonsOfA) {
                conflictingSingletons.computeIfAbsent(lesson, key -> new ArrayList<>()).addAll(lessonsOfB);
            }
            for (Lesson lesson : lessonsOfB) {
                conflictingSingletons.computeIfAbsent(lesson, key -> new ArrayList<>()).addAll(lessonsOfA);
            }
        }
    }

    /** Not pinned and with a block to go to: a lesson a chain may start from. */
    private static boolean isMovable(Lesson lesson) {
        return !lesson.isPinned() && lesson.getBlockRange().size() > 1;
    }

    @Override
    protected int movableCount() {
        return movable.size();
    }

    @Override
    protected KempeChainMove randomMove(Random random) {
        int aim = random.nextInt(4);
        Start start = aim < 2 ? towardsAMeeting(random) : aim == 2 ? awayFromASingleton(random) : awayFromAClash(random);
        if (start == null) {
            Lesson lesson = movable.get(random.nextInt(movable.size()));
            List<Block> range = lesson.getBlockRange();
            start = new Start(lesson, range.get(random.nextInt(range.size())));
        }
        return chainFrom(start.lesson(), start.to());
    }

    @Override
    protected void stepStarted() {
        busyAttendances = null;
        clashingSingletons = null;
        clashingLessons = null;
    }

    /**
     * A lesson that shares a teacher or a student group with another lesson of its block, and a block in which its
     * teachers have nothing else if there is one (else any other block); null when no lessons clash.
     */
    private Start awayFromAClash(Random random) {
        if (clashingLessons == null) {
            LessonsByBlock index = lessonsByBlock();
            clashingLessons = hardBroken() ? movable.stream().filter(index::clashes).toList() : List.of();
        }
        if (clashingLessons.isEmpty()) {
            return null;
        }
        Lesson lesson = clashingLessons.get(random.nextInt(clashingLessons.size()));
        SlotSet teachersTaken = busyIndex().slotsTakenByStaffExcept(lesson);
        return startFor(lesson, block -> !block.getSlots().overlaps(teachersTaken),
                block -> block != lesson.getBlock(), random);
    }

    /**
     * A singleton lesson that meets with a singleton some of its students also need, and a block away from every
     * singleton it conflicts with if there is one (else any other block); null when no singletons clash.
     */
    private Start awayFromASingleton(Random random) {
        if (clashingSingletons == null) {
            clashingSingletons = new ArrayList<>();
            conflictingSingletons.forEach((lesson, others) -> {
                if (others.stream().anyMatch(lesson::overlaps)) {
                    clashingSingletons.add(lesson);
                }
            });
        }
        if (clashingSingletons.isEmpty()) {
            return null;
        }
        Lesson lesson = clashingSingletons.get(random.nextInt(clashingSingletons.size()));
        SlotSet.Builder taken = new SlotSet.Builder();
        for (Lesson other : conflictingSingletons.get(lesson)) {
            if (other.getBlock() != null) {
                taken.addAll(other.getBlock().getSlots());
            }
        }
        SlotSet clashing = taken.build();
        return startFor(lesson, block -> !block.getSlots().overlaps(clashing), block -> block != lesson.getBlock(),
                random);
    }

    private List<BusyAttendance> busyAttendances() {
        if (busyAttendances == null) {
            busyAttendances = new ArrayList<>();
            if (!hardBroken()) {
                return busyAttendances;
            }
            for (TeamMeeting meeting : meetings) {
                if (meeting.getBlock() == null) {
                    continue;
                }
                for (Teacher attendee : meeting.getTeam().getAttendees()) {
                    if (busyIndex().isBusyDuring(attendee, meeting)) {
                        busyAttendances.add(new BusyAttendance(meeting, attendee));
                    }
                }
            }
        }
        return busyAttendances;
    }

    /**
     * For a scheduled meeting and one of its attendees, a busy one if there is any: a lesson they teach during the
     * meeting and a block outside it, or a lesson of their homeroom class outside the meeting and a block inside
     * it; null if neither.
     */
    private Start towardsAMeeting(Random random) {
        List<BusyAttendance> busy = busyAttendances();
        TeamMeeting meeting;
        Teacher attendee;
        if (!busy.isEmpty()) {
            BusyAttendance attendance = busy.get(random.nextInt(busy.size()));
            meeting = attendance.meeting();
            attendee = attendance.attendee();
        } else {
            // Everyone can attend: chains still move free periods, and with them room for more common time.
            if (meetings.isEmpty()) {
                return null;
            }
            meeting = meetings.get(random.nextInt(meetings.size()));
            List<Teacher> attendees = meeting.getTeam().getAttendees();
            if (meeting.getBlock() == null || attendees.isEmpty()) {
                return null;
            }
            attendee = attendees.get(random.nextInt(attendees.size()));
        }
        SlotSet meetingSlots = meeting.getBlock().getSlots();
        List<Lesson> during = busyIndex().lessonsDuring(attendee, meetingSlots).stream()
                .filter(lesson -> !lesson.isPinned()).toList();
        if (!during.isEmpty()) {
            Lesson lesson = during.get(random.nextInt(during.size()));
            // Best to a time the attendee is free: then the chain need not move another lesson of theirs.
            SlotSet unfree = busyIndex().unfreeSlots(attendee, null);
            return startFor(lesson, block -> !block.getSlots().overlaps(unfree),
                    block -> !block.getSlots().overlaps(meetingSlots), random);
        }
        if (attendee.getHomeroom() == null) {
            return null;
        }
        List<Lesson> away = new ArrayList<>();
        List<Lesson> awayForAnotherMeeting = new ArrayList<>();
        for (Lesson lesson : busyIndex().lessonsOf(attendee.getHomeroom())) {
            if (isMovable(lesson) && lesson.getBlock() != null && !lesson.getBlock().getSlots().overlaps(meetingSlots)) {
                SlotSet slots = lesson.getBlock().getSlots();
                // (or for one that was there before and moved: taking it would keep that meeting from coming back)
                boolean freesForAnother = busyIndex().meetsDuring(attendee, slots, meeting)
                        || busyIndex().metDuringBefore(attendee, slots, meeting);
                (freesForAnother ? awayForAnotherMeeting : away).add(lesson);
            }
        }
        // A special that frees the teacher for another of their meetings is the last choice: bringing it here would
        // leave that meeting with a busy attendee (a grade meeting locked to another day took a second one along).
        if (away.isEmpty()) {
            away = awayForAnotherMeeting;
        }
        if (away.isEmpty()) {
            return null;
        }
        Lesson lesson = away.get(random.nextInt(away.size()));
        // Best to a time its teachers are free: then the chain need not move another class out of the meeting.
        SlotSet teachersTaken = busyIndex().slotsTakenByStaffExcept(lesson);
        return startFor(lesson, block -> block.getSlots().overlaps(meetingSlots)
                && !block.getSlots().overlaps(teachersTaken), block -> block.getSlots().overlaps(meetingSlots), random);
    }

    /** The lesson and a random block of its range that is {@code best}, else one that is {@code otherwise}; or null. */
    private static Start startFor(Lesson lesson, Predicate<Block> best, Predicate<Block> otherwise, Random random) {
        Start start = startFor(lesson, best, random);
        return start != null ? start : startFor(lesson, otherwise, random);
    }

    private static Start startFor(Lesson lesson, Predicate<Block> wanted, Random random) {
        List<Block> targets = lesson.getBlockRange().stream().filter(wanted).toList();
        return targets.isEmpty() ? null : new Start(lesson, targets.get(random.nextInt(targets.size())));
    }

    /** The chain from {@code start} between its block and {@code other}; not doable if it cannot be exchanged. */
    private KempeChainMove chainFrom(Lesson start, Block other) {
        Block first = start.getBlock();
        List<Lesson> chain = first == null ? null
                : KempeChains.chain(lessonsByBlock(), first, other, List.of(start), maxChain);
        return chain == null ? KempeChainMove.none(first, other) : KempeChainMove.of(lessonsByBlock(), first, other, chain);
    }
}
