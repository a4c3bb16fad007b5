package org.commonplan.solver.moves;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * Kempe chain moves, the classic neighbourhood of timetabling: take a lesson in block P and a block Q, follow
 * every lesson in P or Q that shares a teacher, a student group or a room with the chain so far, and exchange P
 * and Q for the whole chain. Whatever did not clash inside P and Q before still does not clash after, so the move
 * shifts a teacher's free period (and with it room for a team meeting) without breaking the cohorts around it.
 * Half of the chains start from a lesson that keeps an attendee from a team meeting. Random selection only.
 */
public class KempeChainMoveFactory implements MoveIteratorFactory<School, KempeChainMove> {

    /** Longer chains are not tried: a move that reshuffles half the school is rarely the one that helps. */
    static final int MAX_CHAIN = 80;

    private List<Lesson> movable = List.of();
    private List<Lesson> lessons = List.of();
    private List<TeamMeeting> meetings = List.of();
    private BusyIndex busyIndex;

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        School school = scoreDirector.getWorkingSolution();
        lessons = school.getLessons();
        movable = lessons.stream().filter(lesson -> !lesson.isPinned() && lesson.getBlockRange().size() > 1).toList();
        meetings = school.getMeetings();
        busyIndex = new BusyIndex(school);
    }

    @Override
    public long getSize(ScoreDirector<School> scoreDirector) {
        return movable.size();
    }

    @Override
    public Iterator<KempeChainMove> createOriginalMoveIterator(ScoreDirector<School> scoreDirector) {
        throw new UnsupportedOperationException("Only random selection is supported.");
    }

    @Override
    public Iterator<KempeChainMove> createRandomMoveIterator(ScoreDirector<School> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public KempeChainMove next() {
                Lesson start = random.nextBoolean() ? lessonInAMeeting(random) : null;
                if (start == null) {
                    start = movable.get(random.nextInt(movable.size()));
                }
                List<Block> range = start.getBlockRange();
                return chainFrom(start, range.get(random.nextInt(range.size())));
            }
        };
    }

    /** A lesson that an attendee of a scheduled meeting teaches during it, or null. */
    private Lesson lessonInAMeeting(Random random) {
        if (meetings.isEmpty()) {
            return null;
        }
        TeamMeeting meeting = meetings.get(random.nextInt(meetings.size()));
        if (meeting.getBlock() == null) {
            return null;
        }
        List<Lesson> blocking = new ArrayList<>();
        for (Teacher attendee : meeting.getTeam().getAttendees()) {
            for (Lesson lesson : busyIndex.lessonsOf(attendee)) {
                if (!lesson.isPinned() && lesson.getBlock() != null
                        && lesson.getBlock().getSlots().overlaps(meeting.getBlock().getSlots())) {
                    blocking.add(lesson);
                }
            }
        }
        return blocking.isEmpty() ? null : blocking.get(random.nextInt(blocking.size()));
    }

    /** The chain from {@code start} between its block and {@code other}; not doable if it cannot be exchanged. */
    private KempeChainMove chainFrom(Lesson start, Block other) {
        Block first = start.getBlock();
        if (first == null || first == other) {
            return new KempeChainMove(first, other, List.of());
        }
        // Who uses either block now, by teacher, group and room.
        Map<Object, List<Lesson>> users = new HashMap<>();
        for (Lesson lesson : lessons) {
            if (lesson.getBlock() == first || lesson.getBlock() == other) {
                for (Object resource : resourcesOf(lesson)) {
                    users.computeIfAbsent(resource, key -> new ArrayList<>(4)).add(lesson);
                }
            }
        }
        Set<Lesson> chain = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Lesson> queue = new ArrayDeque<>();
        chain.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            Lesson lesson = queue.poll();
            Block to = lesson.getBlock() == first ? other : first;
            if (lesson.isPinned() || !lesson.getBlockRange().contains(to) || chain.size() > MAX_CHAIN) {
                return new KempeChainMove(first, other, List.of());
            }
            for (Object resource : resourcesOf(lesson)) {
                for (Lesson linked : users.getOrDefault(resource, List.of())) {
                    if (chain.add(linked)) {
                        queue.add(linked);
                    }
                }
            }
        }
        return new KempeChainMove(first, other, new ArrayList<>(chain));
    }

    private static List<Object> resourcesOf(Lesson lesson) {
        List<Object> resources = new ArrayList<>(lesson.getSection().getStaff().size()
                + lesson.getSection().getGroups().size() + 1);
        resources.addAll(lesson.getSection().getStaff());
        resources.addAll(lesson.getSection().getGroups());
        if (lesson.getRoom() != null) {
            resources.add(lesson.getRoom());
        }
        return resources;
    }
}
