package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * A re-solve's minimal perturbation, after the repairs: puts back where the previous schedule had them the lessons
 * and meetings the construction, the conflict-directed search and the repairs moved on the way to a complete
 * schedule although nothing made them move. Each try takes one moved activity back together with the moved ones
 * that sit where it goes and share a teacher, group or room with it (and theirs, up to {@link #MOST_AT_ONCE}), so
 * a swap or a short chain comes back whole; it is kept when no hard or medium rule gets worse and the score
 * improves. Before that, while hard rules are broken, it takes out each meeting whose absence breaks fewer of
 * them. A school without a previous schedule is left as it is.
 */
public class ReturnToPrevious implements PhaseCommand<School> {

    /** Activities one try takes back at most: a longer chain is rarely all still free. */
    private static final int MOST_AT_ONCE = 12;

    /** Passes over the moved activities: one taken back can free the place of another tried before it. */
    private static final int PASSES = 4;

    private record Place(Block block, Room room) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<School> scoreDirector, BooleanSupplier isPhaseTerminated) {
        School school = scoreDirector.getWorkingSolution();
        if (school.getPreviousSchedule() == null) {
            return;
        }
        Map<String, Block> blocks = new java.util.HashMap<>();
        school.getBellSchedule().getAllBlocks().forEach(block -> blocks.put(block.getId(), block));
        Map<String, Room> rooms = new java.util.HashMap<>();
        school.getRooms().forEach(room -> rooms.put(room.getId(), room));
        @SuppressWarnings("unchecked")
        InnerScoreDirector<School, HardMediumSoftLongScore> scoring =
                (InnerScoreDirector<School, HardMediumSoftLongScore>) scoreDirector;
        dropMeetingsThatBreakHardRules(scoreDirector, scoring, school, isPhaseTerminated);
        returnMoved(scoreDirector, scoring, school, blocks, rooms, isPhaseTerminated);
    }

    /**
     * Takes out of the schedule, one at a time, each meeting whose absence breaks fewer hard rules: a change can
     * leave an attendee too little time for all their meetings (a section added to a teacher's week takes the
     * planning time a meeting used), which the repairs, keeping every meeting, cannot clear. The last phase may
     * put a meeting back where it fits.
     */
    private static void dropMeetingsThatBreakHardRules(ScoreDirector<School> scoreDirector,
            InnerScoreDirector<School, HardMediumSoftLongScore> scoring, School school,
            BooleanSupplier isPhaseTerminated) {
        HardMediumSoftLongScore score = scoring.calculateScore().raw();
        for (TeamMeeting meeting : school.getMeetings()) {
            if (score.hardScore() >= 0 || isPhaseTerminated.getAsBoolean()) {
                return;
            }
            Block block = meeting.getBlock();
            if (meeting.isPinned() || block == null) {
                continue;
            }
            VariableChanges.set(scoreDirector, meeting, null);
            scoreDirector.triggerVariableListeners();
            HardMediumSoftLongScore after = scoring.calculateScore().raw();
            if (after.hardScore() > score.hardScore()) {
                score = after;
            } else {
                VariableChanges.set(scoreDirector, meeting, block);
                scoreDirector.triggerVariableListeners();
                scoring.calculateScore();
            }
        }
    }

    /** Passes of taking moved activities back, until one changes nothing; returns the score after them. */
    private static HardMediumSoftLongScore returnMoved(ScoreDirector<School> scoreDirector,
            InnerScoreDirector<School, HardMediumSoftLongScore> scoring, School school, Map<String, Block> blocks,
            Map<String, Room> rooms, BooleanSupplier isPhaseTerminated) {
        HardMediumSoftLongScore score = scoring.calculateScore().raw();
        for (int pass = 0; pass < PASSES; pass++) {
            boolean changed = false;
            for (Object activity : movedActivities(school, blocks, rooms)) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return score;
                }
                if (returnPlace(activity, blocks, rooms) == null) {
                    continue;
                }
                List<Object> together = takenBackTogether(activity, school, blocks, rooms);
                Map<Object, Place> before = new java.util.LinkedHashMap<>();
                together.forEach(each -> before.put(each, placeOf(each)));
                together.forEach(each -> place(scoreDirector, each, returnPlace(each, blocks, rooms)));
                scoreDirector.triggerVariableListeners();
                HardMediumSoftLongScore after = scoring.calculateScore().raw();
                if (after.hardScore() >= score.hardScore() && after.mediumScore() >= score.mediumScore()
                        && after.compareTo(score) > 0) {
                    score = after;
                    changed = true;
                } else {
                    before.forEach((each, place) -> place(scoreDirector, each, place));
                    scoreDirector.triggerVariableListeners();
                    scoring.calculateScore();
                }
            }
            if (!changed) {
                break;
            }
        }
        return score;
    }

    /** The unpinned lessons and meetings not where the previous schedule had them, where it still allows that. */
    private static List<Object> movedActivities(School school, Map<String, Block> blocks, Map<String, Room> rooms) {
        List<Object> moved = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            if (returnPlace(lesson, blocks, rooms) != null) {
                moved.add(lesson);
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            if (returnPlace(meeting, blocks, rooms) != null) {
                moved.add(meeting);
            }
        }
        return moved;
    }

    /**
     * Where taking the activity back puts it (the previous block and room, each where the school still allows it,
     * else where it is now), or null when it is pinned, new, or already there.
     */
    private static Place returnPlace(Object activity, Map<String, Block> blocks, Map<String, Room> rooms) {
        if (activity instanceof Lesson lesson) {
            Placement allowed = lesson.getPreviousAllowed();
            if (lesson.isPinned() || allowed == null) {
                return null;
            }
            Block block = allowed.blockId() == null ? lesson.getBlock() : blocks.get(allowed.blockId());
            Room room = allowed.roomId() == null ? lesson.getRoom() : rooms.get(allowed.roomId());
            if (block == null || (block == lesson.getBlock() && room == lesson.getRoom())) {
                return null;
            }
            return new Place(block, room);
        }
        TeamMeeting meeting = (TeamMeeting) activity;
        Placement allowed = meeting.getPreviousAllowed();
        if (meeting.isPinned() || allowed == null || allowed.blockId() == null) {
            return null;
        }
        Block block = blocks.get(allowed.blockId());
        return block == null || block == meeting.getBlock() ? null : new Place(block, null);
    }

    /**
     * The activity and the moved ones that now sit in the time its previous place takes and share a teacher, group
     * or room with it there, and theirs in turn: the ones that must go back for it to fit.
     */
    private static List<Object> takenBackTogether(Object first, School school, Map<String, Block> blocks,
            Map<String, Room> rooms) {
        List<Object> moved = movedActivities(school, blocks, rooms);
        Set<Object> together = new LinkedHashSet<>();
        together.add(first);
        List<Object> queue = new ArrayList<>(List.of(first));
        for (int next = 0; next < queue.size() && together.size() < MOST_AT_ONCE; next++) {
            Object activity = queue.get(next);
            Place back = returnPlace(activity, blocks, rooms);
            for (Object other : moved) {
                if (together.size() >= MOST_AT_ONCE) {
                    break;
                }
                if (!together.contains(other) && inTheWay(activity, back, other)) {
                    together.add(other);
                    queue.add(other);
                }
            }
        }
        return new ArrayList<>(together);
    }

    /** Whether {@code other}, where it is now, clashes with {@code activity} at the place {@code back}. */
    private static boolean inTheWay(Object activity, Place back, Object other) {
        Place now = placeOf(other);
        if (now.block() == null || !now.block().overlaps(back.block())) {
            return false;
        }
        if (back.room() != null && back.room() == now.room()) {
            return true;
        }
        Set<Object> people = resources(activity);
        return resources(other).stream().anyMatch(people::contains);
    }

    /** The teachers and groups an activity takes: a lesson's staff and groups, a meeting's attendees. */
    private static Set<Object> resources(Object activity) {
        Set<Object> taken = new HashSet<>();
        if (activity instanceof Lesson lesson) {
            List<Teacher> staff = lesson.getSection().getStaff();
            List<StudentGroup> groups = lesson.getSection().getGroups();
            taken.addAll(staff);
            taken.addAll(groups);
        } else {
            taken.addAll(((TeamMeeting) activity).getTeam().getAttendees());
        }
        return taken;
    }

    private static Place placeOf(Object activity) {
        return activity instanceof Lesson lesson ? new Place(lesson.getBlock(), lesson.getRoom())
                : new Place(((TeamMeeting) activity).getBlock(), null);
    }

    private static void place(ScoreDirector<School> scoreDirector, Object activity, Place place) {
        if (activity instanceof Lesson lesson) {
            if (lesson.getBlock() != place.block()) {
                VariableChanges.set(scoreDirector, lesson, place.block());
            }
            if (lesson.getRoom() != place.room()) {
                VariableChanges.setRoom(scoreDirector, lesson, place.room());
            }
        } else {
            TeamMeeting meeting = (TeamMeeting) activity;
            if (meeting.getBlock() != place.block()) {
                VariableChanges.set(scoreDirector, meeting, place.block());
            }
        }
    }
}
