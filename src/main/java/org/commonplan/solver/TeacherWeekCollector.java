package org.commonplan.solver;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;

/**
 * Tallies a teacher's occupations per timeslot incrementally: a move re-tallies only the timeslots of the blocks
 * it touched, and the tally keeps what each timeslot is (teaching, with class, clash, meeting blocker, free) as bit
 * words, so building the {@link TeacherWeek} copies words instead of scanning the week.
 */
final class TeacherWeekCollector implements UniConstraintCollector<Occupation, TeacherWeekCollector.Tally, TeacherWeek> {

    static final TeacherWeekCollector INSTANCE = new TeacherWeekCollector();

    private TeacherWeekCollector() {
    }

    /**
     * One teacher's counts per timeslot and the bit words {@link #refresh} keeps in line with them. Which rule
     * (by its id in settings.csv and score analysis) reads which bits, through which {@link TeacherWeek} method:
     *
     * <pre>
     * bits (one per timeslot) set in a timeslot with          TeacherWeek                rules
     * teachingWords           a lesson (teacher or co-teacher) teaching(), instructing(), teacher-gaps,
     *                                                          gapsPerDay()               coaching-shortfall,
     *                                                                                     meeting-member-busy (*)
     * withClassWords          their homeroom class, no lesson  withClass(), instructing() coaching-shortfall,
     *                                                                                     meeting-member-busy (*)
     * clashWords              two lessons, or a lesson while   teachingClashes(),         teacher-conflict
     *                         their class has no one else      teachingClashCount()
     * blockerWords            a lesson, their class, or a      meetingBlockers()          meeting-member-busy
     *                         second meeting
     * freeWords, freeMinutes  available: no lesson, no class,  free(), gapsPerDay(),      common-free-time,
     *                         no meeting                       planningMinutes()          coaching-shortfall,
     *                                                                                     teacher-gaps,
     *                                                                                     planning-protected
     * teachingClassRunWords,  a CLASS timeslot with a lesson   loadExcess(),              teaching-load,
     * teachingPerDay,         (by run position; per day; the   daysBeyondLimit(),         teacher-days,
     * beyondRun               timeslots beyond the run limit)  shortDayShortfall(),       teacher-short-day,
     *                                                          consecutiveExcess(),       consecutive-teaching,
     *                                                          lessonsInARowExcess()      teacher-lessons-in-a-row
     * </pre>
     *
     * (*) The rule counts blockerWords; teaching and withClass only say why in its explanation.
     */
    static final class Tally {
        private Teacher teacher;
        private BellSchedule bellSchedule;
        /** The CLASS timeslots the teacher is in for, and the bell schedule's CLASS timeslots. */
        private SlotSet available;
        private SlotSet classSlots;
        private boolean homeroomTeacher;
        private int[] teaching;
        private int[] teachingOwnClass;
        private int[] meeting;
        private int[] classAway;
        private long[] teachingWords;
        private long[] withClassWords;
        private long[] clashWords;
        /** Per timeslot, what its clash costs (lessons beyond the first, or 1 for a class left alone), and the sum. */
        private int[] clashUnits;
        private int clashUnitTotal;
        private long[] blockerWords;
        private long[] freeWords;
        /** CLASS timeslots with a lesson, by {@link BellSchedule#runPosition}: what daily load and teaching runs count. */
        private long[] teachingClassRunWords;
        private int[] teachingPerDay;
        private int freeMinutes;
        /** The run words {@link #beyondRun} was last worked out for, and its answer: a room change leaves them be. */
        private long[] runWordsCounted;
        private int beyondRun;

        private void start(Teacher teacher) {
            this.teacher = teacher;
            bellSchedule = teacher.getBellSchedule();
            homeroomTeacher = teacher.getHomeroom() != null;
            int slots = bellSchedule.getTimeslots().size();
            // An absent homeroom teacher is not with their class (someone else covers it).
            available = teacher.getAvailableClassSlots();
            classSlots = bellSchedule.getClassSlots();
            teaching = new int[slots];
            teachingOwnClass = new int[slots];
            meeting = new int[slots];
            classAway = new int[slots];
            int words = (slots + 63) >>> 6;
            teachingWords = new long[words];
            withClassWords = new long[words];
            clashWords = new long[words];
            clashUnits = new int[slots];
            blockerWords = new long[words];
            freeWords = new long[words];
            teachingClassRunWords = new long[words];
            teachingPerDay = new int[bellSchedule.getTimeslotsByDay().size()];
            for (int slot = 0; slot < slots; slot++) {
                refresh(slot);
            }
        }

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
                start(occupation.teacher());
            }
            int[] counter = counterFor(occupation.use());
            if (counter == null || occupation.block() == null) {
                return () -> {
                };
            }
            int[] slots = occupation.block().getSlotIndexes();
            for (int slot : slots) {
                counter[slot]++;
                refresh(slot);
            }
            return () -> {
                for (int slot : slots) {
                    counter[slot]--;
                    refresh(slot);
                }
            };
        }

        /** Brings the timeslot's bits, the daily load and the free minutes in line with its counts. */
        private void refresh(int slot) {
            int word = slot >>> 6;
            long bit = 1L << slot;
            int lessons = teaching[slot] + teachingOwnClass[slot];
            boolean available = this.available.contains(slot);
            boolean classHere = homeroomTeacher && available && classAway[slot] == 0;
            set(teachingWords, word, bit, lessons > 0);
            set(withClassWords, word, bit, lessons == 0 && classHere);
            boolean classAlone = classHere && teaching[slot] > 0 && teachingOwnClass[slot] == 0;
            set(clashWords, word, bit, lessons > 1 || classAlone);
            // A pile of lessons costs one a lesson beyond the first, so a search can see it shrink.
            int units = lessons > 1 ? lessons - 1 : classAlone ? 1 : 0;
            clashUnitTotal += units - clashUnits[slot];
            clashUnits[slot] = units;
            set(blockerWords, word, bit, lessons > 0 || classHere || meeting[slot] > 1);
            boolean free = available && lessons == 0 && !classHere && meeting[slot] == 0;
            if (free != ((freeWords[word] & bit) != 0L)) {
                freeMinutes += free ? bellSchedule.minutesOf(slot) : -bellSchedule.minutesOf(slot);
                set(freeWords, word, bit, free);
            }
            boolean teachingClass = classSlots.contains(slot) && lessons > 0;
            int position = bellSchedule.runPosition(slot);
            long runBit = 1L << position;
            if (teachingClass != ((teachingClassRunWords[position >>> 6] & runBit) != 0L)) {
                teachingPerDay[bellSchedule.dayIndexOf(slot)] += teachingClass ? 1 : -1;
                set(teachingClassRunWords, position >>> 6, runBit, teachingClass);
            }
        }

        /** Lessons in each timeslot: what a clash's explanation says. */
        private int[] lessonsPerSlot() {
            int[] lessons = new int[teaching.length];
            for (int slot = 0; slot < lessons.length; slot++) {
                lessons[slot] = teaching[slot] + teachingOwnClass[slot];
            }
            return lessons;
        }

        private static void set(long[] words, int word, long bit, boolean on) {
            words[word] = on ? words[word] | bit : words[word] & ~bit;
        }

        TeacherWeek week() {
            if (runWordsCounted == null || !Arrays.equals(runWordsCounted, teachingClassRunWords)) {
                runWordsCounted = teachingClassRunWords.clone();
                beyondRun = bellSchedule.beyondRun(teachingClassRunWords, teacher.getMaxConsecutiveTeaching());
            }
            return new TeacherWeek(teacher, teachingWords.clone(), withClassWords.clone(), clashWords.clone(),
                    clashUnitTotal, clashUnitTotal == 0 ? null : lessonsPerSlot(),
                    SlotSet.ofWords(blockerWords.clone()), SlotSet.ofWords(freeWords.clone()), teachingPerDay.clone(),
                    freeMinutes - teacher.getReleaseMinutesPerWeek(), beyondRun, teachingClassRunWords.clone());
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
