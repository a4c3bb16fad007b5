package org.commonplan.bound;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Rule;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;

/**
 * Step 7 of {@link MeetingBound}: while a team meets, its attendees teach nobody, so fewer classes can be at a
 * lesson; the others are idle then, and a class is idle only in the periods its lessons leave free.
 *
 * <p>Why it is true. In a schedule keeping the hard rules, every lesson is placed ({@code unplaced-lesson}), a class
 * is at one lesson at a time ({@code group-conflict}), and a teacher at one lesson at a time, never in unavailable
 * time, and at no lesson while at a meeting ({@code teacher-conflict}, {@code unavailable},
 * {@code meeting-member-busy}). Let c(u) be the most classes any lesson whose main teacher is u takes. In a class
 * period t the lessons under way have distinct main teachers, available and not meeting, so with D(t) = G − Σ c(u)
 * over the teachers available at t, at least D(t) of the G classes are idle at t, and at least D(t) + Σ s more
 * while teams of weights s meet (a team's weight: Σ c(u) over its attendees; teams meeting at once have distinct
 * attendees). So every period holds max(0, D(t)) idle classes, and a meeting needs max(0, D(t) + s) − max(0, D(t))
 * more in each period of its block (for D(t) ≤ 0 these add up to at most max(0, D(t) + Σ s)). The idle
 * class-periods of the week add up to exactly G × class periods − the class periods the lessons take: what is left
 * after the periods' own idle classes is a time budget shared by all teams.
 *
 * <p>It bites where classes are at lessons almost all week and teams are large beside the staff: a school whose
 * 8 classes have a lesson in each of the 40 periods, with 10 teachers, has no period in which 3 of them are free.
 */
final class ClassCoverage {

    private ClassCoverage() {
    }

    /**
     * The classes' budget of idle class periods, weighed per team index, or empty when a rule it relies on is not
     * hard, a lesson has no teacher, or no team needs idle classes.
     *
     * @param upper per team index, the most meetings it can place on its own (teams at 0 are left out)
     */
    static Optional<MeetingBoundSearch.TimeBudget> budget(School school, AttendeeCapacities capacities,
            List<Team> teams, int[] upper) {
        if (!idleClassRulesHard(school)) {
            return Optional.empty();
        }
        SlotSet classSlots = school.getBellSchedule().getClassSlots();
        int classCount = school.getGroups().size();
        long idle = (long) classCount * classSlots.size();
        Map<Teacher, Integer> classesTaught = new HashMap<>();
        for (Lesson lesson : school.getLessons()) {
            Teacher teacher = lesson.getSection().getTeacher();
            if (teacher == null) {
                return Optional.empty();
            }
            int classes = lesson.getSection().getGroups().size();
            classesTaught.merge(teacher, classes, Math::max);
            idle -= (long) classes * capacities.fewestSlots(lesson, classSlots);
        }
        // Per class period t: D = G - the classes the teachers available at t can take, and the idle classes
        // every schedule has at t, max(0, D).
        boolean unavailableHard = MeetingBound.HardRules.isHard(school, Rule.UNAVAILABLE);
        int[] indexes = classSlots.toArray();
        int width = indexes.length == 0 ? 0 : indexes[indexes.length - 1] + 1;
        long[] spare = new long[width];
        for (int t : indexes) {
            spare[t] = classCount;
        }
        classesTaught.forEach((teacher, classes) -> teachingSlots(teacher, classSlots, unavailableHard)
                .forEach(t -> spare[t] -= classes));
        for (int t : indexes) {
            idle -= Math.max(0, spare[t]);
        }
        Map<Teacher, SlotSet> teaching = new HashMap<>();
        Map<Integer, Integer> weights = new LinkedHashMap<>();
        for (int k = 0; k < teams.size(); k++) {
            if (upper[k] <= 0) {
                continue;
            }
            long fewest = Long.MAX_VALUE;
            for (Block block : capacities.possibleBlocks(teams.get(k))) {
                long need = 0;
                for (int t : block.getSlots().intersect(classSlots).toArray()) {
                    long own = 0;
                    for (Teacher attendee : teams.get(k).getAttendees()) {
                        if (teaching.computeIfAbsent(attendee,
                                teacher -> teachingSlots(teacher, classSlots, unavailableHard)).contains(t)) {
                            own += classesTaught.getOrDefault(attendee, 0);
                        }
                    }
                    need += Math.max(0, spare[t] + own) - Math.max(0, spare[t]);
                }
                fewest = Math.min(fewest, need);
            }
            if (fewest > 0 && fewest != Long.MAX_VALUE) {
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
     * Whether the school keeps at a hard weight the rules that make classes idle while teams meet: every lesson
     * placed, a class and a teacher at one lesson at a time, attendees at no lesson while they meet.
     */
    static boolean idleClassRulesHard(School school) {
        return List.of(Rule.UNPLACED_LESSON, Rule.GROUP_CONFLICT, Rule.TEACHER_CONFLICT, Rule.MEETING_MEMBER_BUSY)
                .stream().allMatch(rule -> MeetingBound.HardRules.isHard(school, rule));
    }

    /** The class periods in which a teacher may teach: those they are available in, when that rule is hard. */
    private static SlotSet teachingSlots(Teacher teacher, SlotSet classSlots, boolean unavailableHard) {
        return unavailableHard ? teacher.getAvailableClassSlots().intersect(classSlots) : classSlots;
    }
}
