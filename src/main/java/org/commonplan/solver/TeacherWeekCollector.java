package org.commonplan.solver;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.commonplan.domain.Teacher;

/**
 * Tallies a teacher's occupations per timeslot incrementally, so a move re-tallies only the blocks it touched.
 */
final class TeacherWeekCollector implements UniConstraintCollector<Occupation, TeacherWeekCollector.Tally, TeacherWeek> {

    static final TeacherWeekCollector INSTANCE = new TeacherWeekCollector();

    private TeacherWeekCollector() {
    }

    static final class Tally {
        private Teacher teacher;
        private int[] teaching;
        private int[] teachingOwnClass;
        private int[] meeting;
        private int[] classAway;

        private int[] counterFor(Occupation.Use use) {
            return switch (use) {
                case TEACHING -> teaching;
                case TEACHING_OWN_CLASS -> teachingOwnClass;
                case MEETING -> meeting;
                case CLASS_AWAY -> classAway;
                case PRESENT -> null;
            };
        }

        Runnable add(Occupation occupation) {
            if (teacher == null) {
                teacher = occupation.teacher();
                int slots = teacher.getBellSchedule().getTimeslots().size();
                teaching = new int[slots];
                teachingOwnClass = new int[slots];
                meeting = new int[slots];
                classAway = new int[slots];
            }
            int[] counter = counterFor(occupation.use());
            if (counter == null || occupation.block() == null) {
                return () -> {
                };
            }
            int[] slots = occupation.block().getSlotIndexes();
            for (int slot : slots) {
                counter[slot]++;
            }
            return () -> {
                for (int slot : slots) {
                    counter[slot]--;
                }
            };
        }

        TeacherWeek week() {
            return TeacherWeek.of(teacher, teaching, teachingOwnClass, meeting, classAway);
        }
    }

    @Override
    public Supplier<Tally> supplier() {
        return Tally::new;
    }

    @Override
    public BiFunction<Tally, Occupation, Runnable> accumulator() {
        return Tally::add;
    }

    @Override
    public Function<Tally, TeacherWeek> finisher() {
        return Tally::week;
    }
}
