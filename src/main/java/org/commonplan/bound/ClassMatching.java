package org.commonplan.bound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Rule;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;

/**
 * Step 8 of {@link MeetingBound}: step 7 counted per period how many classes the teachers then could take at most;
 * this step asks which classes, teacher by teacher, so a class only its own teachers take goes idle when they meet.
 *
 * <p>Why it is true. In a schedule keeping the hard rules ({@code unplaced-lesson}, {@code group-conflict},
 * {@code teacher-conflict}, {@code unavailable}, {@code meeting-member-busy}), in a class period t the classes at a
 * lesson are taken by lessons under way with distinct main teachers, available at t and not meeting then; a lesson
 * under way at t sits in one of its candidate blocks, so it has one covering t, and a teacher whose lesson takes t
 * in every schedule (its candidates all cover t) is at that one. Let F(S, t) be the largest matching of classes to
 * copies of the teachers S: a teacher whose lessons that can be under way at t take up to m classes stands as m
 * copies, the j-th taking only classes of such a lesson of j or more classes. The lessons under way at t give such a
 * matching, so at most F(S, t) classes are at a lesson and at least G − F(S, t) of the G classes are idle at t. F is
 * the rank of a transversal matroid over the teachers' copies, so submodular: teams meeting at once with distinct
 * attendees take away at least the sum of what each takes away alone, and a meeting of team T needs F(R, t) −
 * F(R − T, t) more idle classes in each period t of its block, R being every teacher. As in step 7 the idle
 * class-periods of the week add up to exactly G × class periods − the class periods the lessons take, so what is
 * left after Σ (G − F(R, t)) is a budget shared by all teams.
 *
 * <p>And class by class: a class whose lessons leave it no more idle class periods than those in which none of
 * its lessons can be under way (no teacher of it available and free then) is at a lesson in every other period, so a
 * team meets only in a block where, in each period, the teachers left can take every such class at once. Here a
 * teacher is not copies but one lesson at a time: the lessons under way give each such class a teacher of its own
 * lesson, no teacher at two lessons and no class at two, so where no choice of one lesson per teacher left takes
 * them all, the team cannot meet then.
 *
 * <p>It bites where every teacher is at a school-wide activity in the same periods (an assembly, a register), so
 * the classes' few free periods are spent there, and in every other period each class needs one of its own
 * teachers: FET's Highlands Christian School, where 7 class teachers cannot meet while their classes are in.
 */
final class ClassMatching {

    private final SlotSet classSlots;
    private final List<StudentGroup> classes;
    private final boolean unavailableHard;
    /** Each class's index in {@link #classes}. */
    private final Map<StudentGroup, Integer> classIndex = new HashMap<>();
    /** Per class period, per main teacher available then: the classes they could be with and at most how many. */
    private final Map<Integer, Map<Teacher, Choice>> choices = new HashMap<>();
    /** Per class period, the classes at a lesson then in every schedule (see {@link #classesNeverIdle}). */
    private final Map<Integer, Set<Integer>> neverIdle;

    /**
     * A teacher's classes at a period, per how many they could be with at once: {@code byCount.get(j)} the classes
     * of their lessons there of more than j classes (the first: every class of theirs there); and {@code lessons},
     * the classes of each lesson of theirs there, once per distinct set.
     */
    private record Choice(List<List<Integer>> byCount, List<BitSet> lessons) {
    }

    /** Nodes the exact cover of {@link #coversAll} may visit before it gives up and answers "covered". */
    static final int COVER_NODES = 20_000;

    private ClassMatching(School school, AttendeeCapacities capacities) {
        this.classSlots = school.getBellSchedule().getClassSlots();
        this.classes = school.getGroups();
        this.unavailableHard = MeetingBound.HardRules.isHard(school, Rule.UNAVAILABLE);
        for (StudentGroup group : classes) {
            classIndex.put(group, classIndex.size());
        }
        collectChoices(school, capacities);
        neverIdle = classesNeverIdle(school, capacities);
    }

    /**
     * The classes' budget of idle class periods, weighed per team index (past the budget for a team whose every
     * possible block leaves a class that is never idle without a teacher), or empty when a rule it relies on is not
     * hard, a lesson has no teacher, or no team needs idle classes.
     *
     * @param upper per team index, the most meetings it can place on its own (teams at 0 are left out)
     */
    static Optional<MeetingBoundSearch.TimeBudget> budget(School school, AttendeeCapacities capacities,
            List<Team> teams, int[] upper) {
        if (!applies(school) || Arrays.stream(upper).allMatch(most -> most <= 0)) {
            return Optional.empty();
        }
        ClassMatching matching = new ClassMatching(school, capacities);
        long idle = matching.idleClassPeriods(school, capacities);
        Map<Integer, Integer> covered = new HashMap<>();
        for (int t : matching.classSlots.toArray()) {
            int most = matching.mostCovered(t, Set.of(), null);
            covered.put(t, most);
            idle -= matching.classes.size() - most;
        }
        Map<Integer, Integer> weights = new LinkedHashMap<>();
        for (int k = 0; k < teams.size(); k++) {
            if (upper[k] <= 0) {
                continue;
            }
            Set<Teacher> attendees = Set.copyOf(teams.get(k).getAttendees());
            Map<Integer, Integer> needAt = new HashMap<>();
            long fewest = Long.MAX_VALUE;
            Map<Integer, Boolean> coveredAt = new HashMap<>();
            List<Block> possible = capacities.possibleBlocks(teams.get(k));
            for (Block block : possible) {
                long need = 0;
                for (int t : block.getSlots().intersect(matching.classSlots).toArray()) {
                    need += needAt.computeIfAbsent(t, slot -> covered.get(slot)
                            - matching.mostCovered(slot, attendees, null));
                }
                if (matching.takesEveryNeverIdleClass(block, attendees, coveredAt)) {
                    fewest = Math.min(fewest, need);
                }
            }
            if (fewest == Long.MAX_VALUE && !possible.isEmpty()) {
                // Every possible block leaves a class without a teacher that is never idle then: no meeting fits.
                weights.put(k, (int) Math.min(Integer.MAX_VALUE, Math.max(0, idle) + 1));
            } else if (fewest > 0 && fewest != Long.MAX_VALUE) {
                weights.put(k, (int) Math.min(Integer.MAX_VALUE, fewest));
            }
        }
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeetingBoundSearch.TimeBudget(null, "idle class periods", Math.max(0, idle),
                weights));
    }

    /**
     * Per team with any, its possible blocks where, in some period, the teachers left while it meets cannot take
     * every class that is never idle then (none where no rule of this step applies).
     */
    static Map<Team, Set<Block>> ruledOut(School school, AttendeeCapacities capacities,
            Map<Team, List<Block>> possible) {
        Map<Team, Set<Block>> ruledOut = new LinkedHashMap<>();
        if (!applies(school)) {
            return ruledOut;
        }
        ClassMatching matching = new ClassMatching(school, capacities);
        possible.forEach((team, blocks) -> {
            Set<Teacher> attendees = Set.copyOf(team.getAttendees());
            Map<Integer, Boolean> coveredAt = new HashMap<>();
            Set<Block> out = new LinkedHashSet<>();
            blocks.stream().filter(block -> !matching.takesEveryNeverIdleClass(block, attendees, coveredAt))
                    .forEach(out::add);
            if (!out.isEmpty()) {
                ruledOut.put(team, out);
            }
        });
        return ruledOut;
    }

    /** Whether the rules this step relies on are hard and every lesson has a teacher. */
    private static boolean applies(School school) {
        return ClassCoverage.idleClassRulesHard(school)
                && school.getLessons().stream().allMatch(lesson -> lesson.getSection().getTeacher() != null);
    }

    /**
     * Whether, in each class period of the block, the teachers but the attendees can take every class never idle
     * then ({@code coveredAt}: the answers per period so far, for this team).
     */
    private boolean takesEveryNeverIdleClass(Block block, Set<Teacher> attendees, Map<Integer, Boolean> coveredAt) {
        for (int t : block.getSlots().intersect(classSlots).toArray()) {
            Set<Integer> mustBeIn = neverIdle.getOrDefault(t, Set.of());
            if (!coveredAt.computeIfAbsent(t, slot -> coversAll(slot, attendees, mustBeIn))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per class period, the classes at a lesson then in every schedule: a class whose lessons leave it no more idle
     * periods than those in which none of its lessons can be under way (no teacher of it could be with it then) is
     * at a lesson in every other period.
     */
    private Map<Integer, Set<Integer>> classesNeverIdle(School school, AttendeeCapacities capacities) {
        int[] free = new int[classes.size()];
        Arrays.fill(free, classSlots.size());
        for (Lesson lesson : school.getLessons()) {
            int fewest = capacities.fewestSlots(lesson, classSlots);
            for (StudentGroup group : lesson.getSection().getGroups()) {
                Integer index = classIndex.get(group);
                if (index != null) {
                    free[index] -= fewest;
                }
            }
        }
        Map<Integer, Set<Integer>> coverable = new HashMap<>();
        for (int t : classSlots.toArray()) {
            Set<Integer> atT = new HashSet<>();
            choices.getOrDefault(t, Map.of()).values().forEach(choice -> atT.addAll(choice.byCount().get(0)));
            coverable.put(t, atT);
            for (int group = 0; group < classes.size(); group++) {
                if (!atT.contains(group)) {
                    free[group]--;
                }
            }
        }
        Map<Integer, Set<Integer>> neverIdle = new HashMap<>();
        for (int t : classSlots.toArray()) {
            Set<Integer> atT = new HashSet<>();
            for (int group : coverable.get(t)) {
                if (free[group] <= 0) {
                    atT.add(group);
                }
            }
            neverIdle.put(t, atT);
        }
        return neverIdle;
    }

    /** G × class periods − the class periods the lessons take at least. */
    private long idleClassPeriods(School school, AttendeeCapacities capacities) {
        long idle = (long) classes.size() * classSlots.size();
        for (Lesson lesson : school.getLessons()) {
            idle -= (long) lesson.getSection().getGroups().size() * capacities.fewestSlots(lesson, classSlots);
        }
        return idle;
    }

    /**
     * Per class period and main teacher available then, the classes of their lessons that can be under way: those
     * that take it in every schedule when there are any, else those with a candidate block covering it.
     */
    private void collectChoices(School school, AttendeeCapacities capacities) {
        Map<Integer, Map<Teacher, List<Lesson>>> possible = new HashMap<>();
        Map<Integer, Map<Teacher, List<Lesson>>> forced = new HashMap<>();
        for (Lesson lesson : school.getLessons()) {
            List<Block> blocks = capacities.candidates(lesson);
            SlotSet union = SlotSet.EMPTY;
            for (Block block : blocks) {
                union = union.union(block.getSlots());
            }
            SlotSet shared = BlockPacking.sharedSlots(blocks);
            Teacher teacher = lesson.getSection().getTeacher();
            union.intersect(classSlots).forEach(t -> possible.computeIfAbsent(t, key -> new LinkedHashMap<>())
                    .computeIfAbsent(teacher, key -> new ArrayList<>()).add(lesson));
            for (Teacher staff : lesson.getSection().getStaff()) {
                // A co-teacher held at t by this lesson takes no class then: an empty entry says so.
                shared.intersect(classSlots).forEach(t -> {
                    List<Lesson> list = forced.computeIfAbsent(t, key -> new HashMap<>())
                            .computeIfAbsent(staff, key -> new ArrayList<>());
                    if (staff == teacher) {
                        list.add(lesson);
                    }
                });
            }
        }
        for (int t : classSlots.toArray()) {
            Map<Teacher, Choice> atT = new LinkedHashMap<>();
            Map<Teacher, List<Lesson>> forcedAtT = forced.getOrDefault(t, Map.of());
            possible.getOrDefault(t, Map.of()).forEach((teacher, lessons) -> {
                if (unavailableHard && !teacher.getAvailableClassSlots().contains(t)) {
                    return;
                }
                List<Lesson> under = forcedAtT.containsKey(teacher) ? forcedAtT.get(teacher) : lessons;
                List<List<Integer>> byCount = new ArrayList<>();
                Set<BitSet> lessonClasses = new LinkedHashSet<>();
                for (Lesson lesson : under) {
                    List<StudentGroup> groups = lesson.getSection().getGroups();
                    BitSet taken = new BitSet(classes.size());
                    groups.stream().map(classIndex::get).filter(Objects::nonNull).forEach(taken::set);
                    if (!taken.isEmpty()) {
                        lessonClasses.add(taken);
                    }
                    for (int j = 0; j < groups.size(); j++) {
                        if (byCount.size() <= j) {
                            byCount.add(new ArrayList<>());
                        }
                        for (StudentGroup group : groups) {
                            Integer index = classIndex.get(group);
                            if (index != null && !byCount.get(j).contains(index)) {
                                byCount.get(j).add(index);
                            }
                        }
                    }
                }
                if (!byCount.isEmpty()) {
                    atT.put(teacher, new Choice(byCount, List.copyOf(lessonClasses)));
                }
            });
            choices.put(t, atT);
        }
    }

    /**
     * F(R − away, t): the most classes (of {@code among}, or any when null) the teachers available at t, but those
     * away, can be with at once. Each teacher stands as copies (see {@link Choice}), and Kuhn's augmenting paths
     * match classes to copies.
     */
    private int mostCovered(int t, Set<Teacher> away, Set<Integer> among) {
        List<List<Integer>> copies = new ArrayList<>();
        choices.getOrDefault(t, Map.of()).forEach((teacher, choice) -> {
            if (!away.contains(teacher)) {
                for (List<Integer> taken : choice.byCount()) {
                    copies.add(among == null ? taken : taken.stream().filter(among::contains).toList());
                }
            }
        });
        int[] takenBy = new int[classes.size()];
        Arrays.fill(takenBy, -1);
        int covered = 0;
        for (int copy = 0; copy < copies.size() && covered < classes.size(); copy++) {
            if (augment(copy, copies, takenBy, new boolean[classes.size()])) {
                covered++;
            }
        }
        return covered;
    }

    /**
     * Whether the teachers available at t, but those away, can be with every class of {@code mustBeIn} at once, each
     * at one of their lessons that can be under way then and no class at two: the matching of {@link #mostCovered}
     * first, exact where each teacher's lessons there take one class; else a search over the teachers' lessons, class
     * by class (the class with the fewest lessons left first), which answers "covered" after {@link #COVER_NODES}
     * nodes, so the bound stays sound. Copies alone let a teacher take one class of a shared lesson and another of a
     * lesson of their own at once: on Highlands that let four teams of 7 meet that cannot.
     */
    private boolean coversAll(int t, Set<Teacher> away, Set<Integer> mustBeIn) {
        if (mustBeIn.isEmpty()) {
            return true;
        }
        if (mostCovered(t, away, mustBeIn) < mustBeIn.size()) {
            return false;
        }
        List<List<BitSet>> lessonsOf = new ArrayList<>();
        choices.getOrDefault(t, Map.of()).forEach((teacher, choice) -> {
            if (!away.contains(teacher)) {
                lessonsOf.add(choice.lessons());
            }
        });
        if (lessonsOf.stream().allMatch(lessons -> lessons.stream().allMatch(taken -> taken.cardinality() == 1))) {
            return true;
        }
        BitSet open = new BitSet(classes.size());
        mustBeIn.forEach(open::set);
        int[] nodes = {0};
        return cover(open, new BitSet(classes.size()), new boolean[lessonsOf.size()], lessonsOf, nodes);
    }

    /** Covers the open classes with lessons of unused teachers that take no class taken; true past the node limit. */
    private static boolean cover(BitSet open, BitSet taken, boolean[] used, List<List<BitSet>> lessonsOf,
            int[] nodes) {
        if (open.isEmpty() || ++nodes[0] > COVER_NODES) {
            return true;
        }
        List<int[]> fewest = null;
        for (int group = open.nextSetBit(0); group >= 0; group = open.nextSetBit(group + 1)) {
            List<int[]> options = new ArrayList<>();
            for (int teacher = 0; teacher < lessonsOf.size(); teacher++) {
                List<BitSet> lessons = lessonsOf.get(teacher);
                for (int lesson = 0; !used[teacher] && lesson < lessons.size(); lesson++) {
                    if (lessons.get(lesson).get(group) && !lessons.get(lesson).intersects(taken)) {
                        options.add(new int[] {teacher, lesson});
                    }
                }
            }
            if (fewest == null || options.size() < fewest.size()) {
                fewest = options;
            }
            if (fewest.isEmpty()) {
                return false;
            }
        }
        for (int[] option : fewest) {
            BitSet classesOf = lessonsOf.get(option[0]).get(option[1]);
            BitSet nextOpen = (BitSet) open.clone();
            nextOpen.andNot(classesOf);
            BitSet nextTaken = (BitSet) taken.clone();
            nextTaken.or(classesOf);
            used[option[0]] = true;
            boolean covered = cover(nextOpen, nextTaken, used, lessonsOf, nodes);
            used[option[0]] = false;
            if (covered) {
                return true;
            }
        }
        return false;
    }

    /** Gives the copy a class, moving classes between copies along an augmenting path; true if found. */
    private static boolean augment(int copy, List<List<Integer>> copies, int[] takenBy, boolean[] seen) {
        for (int group : copies.get(copy)) {
            if (!seen[group]) {
                seen[group] = true;
                if (takenBy[group] < 0 || augment(takenBy[group], copies, takenBy, seen)) {
                    takenBy[group] = copy;
                    return true;
                }
            }
        }
        return false;
    }
}
