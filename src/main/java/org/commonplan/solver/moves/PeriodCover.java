package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

/**
 * Who teaches which class in a block a held meeting takes: every class at a lesson there, or left by a lesson the
 * meeting pushed out, gets one lesson of a teacher not at the meeting that may take the block (and clashes there
 * with no pinned lesson nor meeting), no teacher and no class twice, and as many of the lessons already there as can
 * stay. An exact cover searched class by class (the class with the fewest lessons left to choose from first),
 * cheapest first, within {@link #NODES} nodes. In a school whose classes are at a lesson in every period but a few,
 * a meeting held in a block leaves its attendees' classes there without a teacher, and the conflict-directed
 * search alone seldom finds who takes them (FET's Highlands_Christian_School with subject teams).
 */
final class PeriodCover {

    /** Nodes the search visits at most. */
    static final int NODES = 50_000;

    /**
     * A lesson moving into the block (its own block over the same timeslots), and the lessons there (or pushed out)
     * whose classes it takes.
     */
    record Move(int incoming, int block, List<Integer> displaced) {
    }

    private final List<Move> moves;

    private PeriodCover(List<Move> moves) {
        this.moves = moves;
    }

    List<Move> moves() {
        return moves;
    }

    /**
     * The cover of the block, or null when the search finds none.
     *
     * @param there       lessons in the block now
     * @param classesLeft lessons the meeting pushed out of the block
     */
    static PeriodCover of(ActivityModel model, ActivityAssignment assignment, int meeting, int block,
            List<Integer> there, List<Integer> classesLeft) {
        Set<Teacher> attending = Set.copyOf(((TeamMeeting) model.entity(meeting)).getTeam().getAttendees());
        Map<StudentGroup, Integer> classIndex = new HashMap<>();
        Map<Teacher, Integer> teacherIndex = new HashMap<>();
        // The class each lesson there or pushed out had in the block, and who had it.
        Map<Integer, Integer> hadClass = new HashMap<>();
        BitSet fixedClasses = new BitSet();
        BitSet fixedTeachers = new BitSet();
        List<Integer> before = new ArrayList<>(there);
        before.addAll(classesLeft);
        for (int activity : before) {
            Lesson lesson = (Lesson) model.entity(activity);
            for (StudentGroup group : lesson.getSection().getGroups()) {
                int index = classIndex.computeIfAbsent(group, key -> classIndex.size());
                hadClass.put(index, activity);
                if (!model.isMovable(activity)) {
                    fixedClasses.set(index);
                }
            }
            if (!model.isMovable(activity)) {
                lesson.getSection().getStaff().forEach(teacher -> fixedTeachers.set(
                        teacherIndex.computeIfAbsent(teacher, key -> teacherIndex.size())));
            }
        }
        // Per class to cover, the lessons that may take it in the block: {lesson, cost} with their classes/teachers.
        List<List<Option>> options = new ArrayList<>();
        for (int k = 0; k < classIndex.size(); k++) {
            options.add(new ArrayList<>());
        }
        Set<Integer> thereSet = Set.copyOf(there);
        for (int activity = 0; activity < model.activityCount(); activity++) {
            int like = model.isLesson(activity) ? model.blockLike(activity, block) : -1;
            if (like < 0 || !model.isMovable(activity) || classesLeft.contains(activity)) {
                continue;
            }
            Lesson lesson = (Lesson) model.entity(activity);
            List<StudentGroup> groups = lesson.getSection().getGroups();
            if (groups.isEmpty() || !classIndex.keySet().containsAll(groups)
                    || lesson.getSection().getStaff().stream().anyMatch(attending::contains)) {
                continue;
            }
            BitSet classes = new BitSet();
            groups.forEach(group -> classes.set(classIndex.get(group)));
            BitSet teachers = new BitSet();
            lesson.getSection().getStaff().forEach(teacher -> teachers.set(
                    teacherIndex.computeIfAbsent(teacher, key -> teacherIndex.size())));
            if (classes.intersects(fixedClasses) || teachers.intersects(fixedTeachers)
                    || assignment.conflicts(activity, like, -1).stream()
                            .anyMatch(other -> !model.isLesson(other) || !model.isMovable(other))) {
                continue; // a pinned lesson or a meeting there keeps it out
            }
            Option option = new Option(activity, like, classes, teachers, thereSet.contains(activity) ? 0 : 1);
            for (int k = classes.nextSetBit(0); k >= 0; k = classes.nextSetBit(k + 1)) {
                options.get(k).add(option);
            }
        }
        options.forEach(list -> list.sort((a, b) -> Integer.compare(a.cost(), b.cost())));
        Search search = new Search(options);
        BitSet open = new BitSet();
        open.set(0, classIndex.size());
        open.andNot(fixedClasses);
        search.run(open, new BitSet(), new ArrayList<>(), 0);
        if (search.best == null) {
            return null;
        }
        List<Move> moves = new ArrayList<>();
        for (Option chosen : search.best) {
            if (chosen.cost() == 0) {
                continue;
            }
            Set<Integer> displaced = new LinkedHashSet<>();
            for (int k = chosen.classes().nextSetBit(0); k >= 0; k = chosen.classes().nextSetBit(k + 1)) {
                displaced.add(hadClass.get(k));
            }
            moves.add(new Move(chosen.activity(), chosen.block(), List.copyOf(displaced)));
        }
        return new PeriodCover(moves);
    }

    /** A lesson that may take the block: its classes, its teachers, and 1 when it is not there yet. */
    private record Option(int activity, int block, BitSet classes, BitSet teachers, int cost) {
    }

    /** Depth first over the classes left open, cheapest cover kept. */
    private static final class Search {
        private final List<List<Option>> options;
        private List<Option> best;
        private int bestCost = Integer.MAX_VALUE;
        private int nodes;

        Search(List<List<Option>> options) {
            this.options = options;
        }

        void run(BitSet open, BitSet teachersUsed, List<Option> chosen, int cost) {
            if (cost >= bestCost || ++nodes > NODES) {
                return;
            }
            if (open.isEmpty()) {
                best = List.copyOf(chosen);
                bestCost = cost;
                return;
            }
            List<Option> fewest = null;
            for (int k = open.nextSetBit(0); k >= 0; k = open.nextSetBit(k + 1)) {
                List<Option> fitting = new ArrayList<>();
                for (Option option : options.get(k)) {
                    BitSet outside = (BitSet) option.classes().clone();
                    outside.andNot(open);
                    if (outside.isEmpty() && !option.teachers().intersects(teachersUsed)) {
                        fitting.add(option);
                    }
                }
                if (fewest == null || fitting.size() < fewest.size()) {
                    fewest = fitting;
                }
                if (fewest.isEmpty()) {
                    return;
                }
            }
            for (Option option : fewest) {
                BitSet nextOpen = (BitSet) open.clone();
                nextOpen.andNot(option.classes());
                BitSet nextUsed = (BitSet) teachersUsed.clone();
                nextUsed.or(option.teachers());
                chosen.add(option);
                run(nextOpen, nextUsed, chosen, cost + option.cost());
                chosen.remove(chosen.size() - 1);
            }
        }
    }
}
