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
 * is at one lesson at a time ({@code group-conflict}), and a teacher at one lesson at a time and at no lesson while
 * at a meeting ({@code teacher-conflict}, {@code meeting-member-busy}). Let c(u) be the most classes any lesson
 * whose main teacher is u takes. In a class period t, the lessons under way have distinct main teachers, none at a
 * meeting then, so at most Σ c(u) over the teachers not meeting classes are at a lesson, and at least
 * G − Σ c(u) of the G classes are idle. With D = G − Σ c(u) over all teachers and a team's weight s = Σ c(u) over
 * its attendees, teams meeting at t (their attendees are distinct) leave at least D + Σ s idle. The idle
 * class-periods of the week add up to exactly G × class periods − the class periods the lessons take. So with
 * D ≤ 0 each meeting needs max(0, D + s) idle classes in each period of its block (their sum never exceeds
 * max(0, D + Σ s)), and with D &gt; 0 every period needs D and each meeting s more: a time budget of the classes
 * shared by all teams. Teachers' unavailable times only make fewer classes coverable, so leaving them out keeps
 * it true.
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
     * @param upper    per team index, the most meetings it can place on its own (teams at 0 are left out)
     * @param minSlots per team index, the fewest timeslots a meeting of it takes
     */
    static Optional<MeetingBoundSearch.TimeBudget> budget(School school, AttendeeCapacities capacities,
            List<Team> teams, int[] upper, int[] minSlots) {
        for (Rule rule : List.of(Rule.UNPLACED_LESSON, Rule.GROUP_CONFLICT, Rule.TEACHER_CONFLICT,
                Rule.MEETING_MEMBER_BUSY)) {
            if (!MeetingBound.HardRules.isHard(school, rule)) {
                return Optional.empty();
            }
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
            List<Block> blocks = capacities.candidates(lesson);
            int fewest = blocks.stream().mapToInt(block -> block.getSlots().intersectionSize(classSlots)).min()
                    .orElse(0);
            idle -= (long) classes * fewest;
        }
        long spare = classCount - classesTaught.values().stream().mapToLong(Integer::longValue).sum();
        long everyPeriod = Math.max(0, spare);
        Map<Integer, Integer> weights = new LinkedHashMap<>();
        for (int k = 0; k < teams.size(); k++) {
            if (upper[k] <= 0) {
                continue;
            }
            long own = teams.get(k).getAttendees().stream().mapToLong(a -> classesTaught.getOrDefault(a, 0)).sum();
            long perPeriod = Math.max(0, spare + own) - everyPeriod;
            if (perPeriod > 0) {
                weights.put(k, (int) Math.min(Integer.MAX_VALUE, perPeriod * minSlots[k]));
            }
        }
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        long capacity = Math.max(0, idle - everyPeriod * classSlots.size());
        return Optional.of(new MeetingBoundSearch.TimeBudget(null, "idle class periods", capacity, weights));
    }
}
