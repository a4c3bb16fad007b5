package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.MeetingBlockMove.Purpose;

/**
 * Moves a scheduled team meeting to another block and brings its homeroom teachers' classes to lessons with other
 * teachers (specials) in every timeslot of the new block that the class would otherwise spend with them: each such
 * timeslot gets a lesson of the class whose teachers are free then, moved from elsewhere in the week. An
 * elementary grade meeting needs every class of the grade at a special for the whole meeting, so moving one is a
 * meeting move and several lesson moves at once; one at a time, each step would first make the team's teachers
 * busy with their classes. Meetings of teams without homeroom teachers are not moved here (not doable).
 * Random selection only.
 */
public class MeetingWithClassesMoveFactory extends MeetingMoveFactory<Move<School>> {

    @Override
    protected Move<School> moveFor(TeamMeeting meeting, Random random) {
        Block from = meeting.getBlock();
        Block to = drawAnotherBlock(meeting, random);
        List<StudentGroup> classes = meeting.getTeam().getAttendees().stream()
                .map(Teacher::getHomeroom).filter(homeroom -> homeroom != null).toList();
        if (to == null || classes.isEmpty()) {
            return new MeetingBlockMove(meeting, from, Purpose.WITH_CLASSES); // not doable
        }
        List<Move<School>> moves = new ArrayList<>();
        moves.add(new MeetingBlockMove(meeting, to, Purpose.WITH_CLASSES));
        Set<Lesson> moving = new HashSet<>();
        // Timeslots this move already gives each teacher: two classes must not get the same specialist at once.
        Map<Teacher, SlotSet> claimed = new HashMap<>();
        for (StudentGroup homeroom : classes) {
            List<Lesson> classLessons = busyIndex().lessonsOf(homeroom);
            SlotSet.Builder covered = new SlotSet.Builder();
            for (Lesson lesson : classLessons) {
                if (lesson.getBlock() != null) {
                    covered.addAll(lesson.getBlock().getSlots().intersect(to.getSlots()));
                }
            }
            SlotSet open = to.getSlots().minus(covered.build());
            while (!open.isEmpty()) {
                Lesson brought = null;
                Block into = null;
                for (Lesson lesson : shuffled(classLessons, random)) {
                    if (lesson.isPinned() || lesson.getBlock() == null || moving.contains(lesson)
                            || lesson.getBlock().getSlots().overlaps(to.getSlots())
                            || taughtByAnAttendee(lesson, meeting)) {
                        continue;
                    }
                    into = blockWithin(lesson, open, claimed, random);
                    if (into != null) {
                        brought = lesson;
                        break;
                    }
                }
                if (brought == null) {
                    break; // the class stays with its teacher there: the score counts it
                }
                moving.add(brought);
                for (Teacher teacher : brought.getSection().getStaff()) {
                    claimed.merge(teacher, into.getSlots(), SlotSet::union);
                }
                moves.add(KempeChainMove.of(lessonsByBlock(), brought.getBlock(), into, List.of(brought)));
                open = open.minus(into.getSlots());
            }
        }
        return CompositeMove.buildMove(moves);
    }

    /**
     * A random block of the lesson's range inside {@code open} in which its teachers are free, counting the
     * timeslots this move has {@code claimed} for them; null if none.
     */
    private Block blockWithin(Lesson lesson, SlotSet open, Map<Teacher, SlotSet> claimed, Random random) {
        SlotSet taken = busyIndex().slotsTakenByStaffExcept(lesson);
        for (Teacher teacher : lesson.getSection().getStaff()) {
            taken = taken.union(claimed.getOrDefault(teacher, SlotSet.EMPTY));
        }
        List<Block> candidates = new ArrayList<>();
        for (Block block : lesson.getBlockRange()) {
            SlotSet slots = block.getSlots();
            if (slots.intersectionSize(open) == slots.size() && !slots.overlaps(taken)) {
                candidates.add(block);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** A lesson an attendee teaches (their own class's, say) would keep them from the meeting just the same. */
    private static boolean taughtByAnAttendee(Lesson lesson, TeamMeeting meeting) {
        return lesson.getSection().getStaff().stream().anyMatch(meeting.getTeam().getAttendees()::contains);
    }

    private static List<Lesson> shuffled(List<Lesson> lessons, Random random) {
        List<Lesson> copy = new ArrayList<>(lessons);
        Collections.shuffle(copy, random);
        return copy;
    }
}
