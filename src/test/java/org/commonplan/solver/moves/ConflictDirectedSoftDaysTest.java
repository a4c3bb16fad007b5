package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.Section;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * Among places of equal conflicts the conflict-directed search puts a lesson as many days from the other lessons of
 * its section as min_days_between_soft asks (FET's days between below 100%), instead of piling them on one day for
 * the local search to pull apart afterwards. Course-spread is off in these sections, as FET's import leaves it where
 * no constraint at 100% names them: nothing hard keeps the lessons apart.
 */
class ConflictDirectedSoftDaysTest {

    private static final int SEEDS = 20;

    @Test
    void aLessonTakesThePlaceOnAnotherDayThanTheOtherLessonOfItsSection() {
        TestSchool school = TestSchool.sixPeriodDays("MON", "TUE");
        // Free in MON-P1 (the first lesson's), MON-P2 and TUE-P6: the second lesson has two clash-free places.
        Teacher pat = school.teacherBuilder("pat").unavailable("MON-P3", "MON-P4", "MON-P5", "MON-P6", "TUE-P1",
                "TUE-P2", "TUE-P3", "TUE-P4", "TUE-P5").build();
        List<Lesson> lessons = twoLessons(school, pat, 1, "MON-P1");
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));

        for (long seed = 0; seed < SEEDS; seed++) {
            assertThat(secondLessonsChoice(model, seed)).as("seed %d", seed).isEqualTo("TUE-P6");
        }
    }

    @Test
    void twoDaysApartTakesTheDayFurthestAway() {
        TestSchool school = TestSchool.sixPeriodDays("MON", "TUE", "WED");
        Teacher pat = school.teacherBuilder("pat").unavailable("MON-P2", "MON-P3", "MON-P4", "MON-P5", "MON-P6",
                "TUE-P2", "TUE-P3", "TUE-P4", "TUE-P5", "TUE-P6", "WED-P2", "WED-P3", "WED-P4", "WED-P5", "WED-P6")
                .build();
        List<Lesson> lessons = twoLessons(school, pat, 2, "MON-P1");
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));

        for (long seed = 0; seed < SEEDS; seed++) {
            assertThat(secondLessonsChoice(model, seed)).as("seed %d", seed).isEqualTo("WED-P1");
        }
    }

    /**
     * Building the week, between places that each push a lesson out the tie stays random: pushes that all went one
     * way made the search cycle (Horario_ISJ took three to six times the iterations to complete its week).
     */
    @Test
    void placesThatPushLessonsOutStillTieAtRandom() {
        TestSchool school = TestSchool.sixPeriodDays("MON", "TUE");
        Teacher pat = school.teacherBuilder("pat").unavailable("MON-P3", "MON-P4", "MON-P5", "MON-P6", "TUE-P1",
                "TUE-P2", "TUE-P3", "TUE-P4", "TUE-P5").build();
        List<Lesson> lessons = new ArrayList<>(twoLessons(school, pat, 1, "MON-P1"));
        // The teacher's art lessons take both other places the second lesson may have.
        Section art = school.section("ART-7B", pat, school.group("7B", 25)).family(BlockFamily.SINGLE).meetings(2)
                .build();
        lessons.add(school.lesson(art, 1, "MON-P2", null));
        lessons.add(school.lesson(art, 2, "TUE-P6", null));
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));

        Set<String> chosen = new HashSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            ActivityAssignment assignment = new ActivityAssignment(model);
            for (int placed : new int[] {0, 2, 3}) {
                assignment.place(placed, model.startBlock(placed), model.startRoom(placed));
            }
            PlaceSelection selection = new PlaceSelection(model, assignment,
                    new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(seed));
            selection.weighSoftDaysInFreePlacesOnly();
            chosen.add(model.block(selection.choose(1).block()).getId());
        }
        // Every place of the teacher's pushes one lesson out: some seeds take Monday, some Tuesday.
        assertThat(chosen).contains("TUE-P6").anyMatch(block -> block.startsWith("MON"));
    }

    /** The whole search, from a week without the section: its two lessons end on different days, whatever the seed. */
    @Test
    void theSearchPutsTheLessonsOfASectionOnDifferentDays() {
        for (long seed = 0; seed < SEEDS; seed++) {
            TestSchool school = TestSchool.sixPeriodDays("MON", "TUE");
            Teacher pat = school.teacherBuilder("pat").unavailable("MON-P3", "MON-P4", "MON-P5", "MON-P6", "TUE-P1",
                    "TUE-P2", "TUE-P3", "TUE-P4", "TUE-P5").build();
            List<Lesson> lessons = twoLessons(school, pat, 1, null);

            WorkingSolutions.search(school, lessons, seed);

            assertThat(lessons).as("seed %d", seed).allSatisfy(lesson -> assertThat(lesson.getBlock()).isNotNull());
            assertThat(lessons.get(0).getBlock().getDays()).as("seed %d", seed)
                    .isNotEqualTo(lessons.get(1).getBlock().getDays());
        }
    }

    /**
     * A SINGLE section of two lessons for one group, min_days_between_soft {@code apart}, course-spread off, in a
     * room of its own: the first lesson in {@code firstBlock} (null: unplaced), the second unplaced.
     */
    private static List<Lesson> twoLessons(TestSchool school, Teacher teacher, int apart, String firstBlock) {
        Room room = school.room("R1", 30);
        Section math = school.section("MATH-7A", teacher, school.group("7A", 25)).family(BlockFamily.SINGLE)
                .meetings(2).build();
        math.setSuitableRooms(List.of(room));
        math.setMinDaysBetweenSoft(apart);
        math.setCourseSpread(false);
        return List.of(school.lesson(math, 1, firstBlock, firstBlock == null ? null : room),
                school.lesson(math, 2, null, null));
    }

    /** The block the selection chooses for the second lesson, the first one placed where it starts. */
    private static String secondLessonsChoice(ActivityModel model, long seed) {
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, model.startBlock(0), model.startRoom(0));
        PlaceSelection selection = new PlaceSelection(model, assignment,
                new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(seed));
        return model.block(selection.choose(1).block()).getId();
    }
}
