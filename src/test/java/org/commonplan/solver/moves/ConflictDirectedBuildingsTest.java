package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * The conflict-directed search keeps teachers and groups within their limits on building changes: a lesson next
 * to one in another building too soon, or one change too many, is a conflict (FET's stjosephemhss, a free hour
 * between lessons on two floors, left the search at -166 hard when it did not see buildings).
 */
class ConflictDirectedBuildingsTest {

    private static final int SEEDS = 12;
    private static final int NO = BuildingLimits.NO_LIMIT;

    /** MON-FRI, P1-P4, lunch, P5-P6. */
    private final TestSchool school = TestSchool.standardWeek();
    private final Room north = new Room("N1", 30, Room.GENERAL, SlotSet.EMPTY, "NORTH");
    private final Room south = new Room("S1", 30, Room.GENERAL, SlotSet.EMPTY, "SOUTH");
    private final Room yard = new Room("YARD", 30, Room.GENERAL, SlotSet.EMPTY, null);
    private final Teacher ana = school.teacher("ana");
    private final List<Lesson> lessons = new ArrayList<>();

    /** A lesson of ana's with a group of its own, in one room only, placed in the block (null: not yet). */
    private Lesson lesson(String block, Room room) {
        StudentGroup group = school.group("G" + lessons.size(), 25);
        Section section = school.section("C" + lessons.size(), ana, group).family(BlockFamily.SINGLE).build();
        section.setSuitableRooms(List.of(room));
        Lesson lesson = school.lesson(section, block, block == null ? null : room);
        lessons.add(lesson);
        return lesson;
    }

    private ActivityModel model() {
        return ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(), List.of()));
    }

    @Test
    void aLessonInAnotherBuildingRightAfterAnotherIsAConflictWhenTheTeacherNeedsAGap() {
        ana.setBuildingLimits(new BuildingLimits(NO, NO, 1));
        lesson("MON-P1", north);
        lesson("MON-P4", north);
        lesson(null, south);
        ActivityModel model = model();
        ActivityAssignment assignment = placed(model, 2);
        int south = roomIndex(model, "S1");

        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P2"), south)).containsExactly(0);
        // P3 sits one period after P1 but right before P4.
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P3"), south)).containsExactly(1);
        // Lunch lies between P4 and P5, and time counts as the rule counts it.
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P5"), south)).isEmpty();
        // Same building, or no room yet: no change.
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P2"), roomIndex(model, "N1"))).isEmpty();
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P2"), -1)).isEmpty();
    }

    @Test
    void aLessonInARoomWithoutABuildingIsLeftOutOfTheWalkButItsTimeCounts() {
        ana.setBuildingLimits(new BuildingLimits(NO, NO, 2));
        lesson("MON-P1", north);
        lesson("MON-P2", yard);
        lesson(null, south);
        ActivityModel model = model();
        ActivityAssignment assignment = placed(model, 2);
        int south = roomIndex(model, "S1");

        // NORTH in P1, the yard in P2, SOUTH in P3: one timeslot between the two buildings, two needed.
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P3"), south)).containsExactly(0);
        assertThat(assignment.conflicts(2, WorkingSolutions.blockIndex(model, "MON-P4"), south)).isEmpty();
    }

    @Test
    void aChangeBeyondTheDailyLimitTakesOutTheNeighboursInAnotherBuilding() {
        ana.setBuildingLimits(new BuildingLimits(0, NO, NO));
        lesson("MON-P1", north);
        lesson("MON-P5", north);
        lesson("TUE-P1", south);
        lesson(null, south);
        ActivityModel model = model();
        ActivityAssignment assignment = placed(model, 3);
        int south = roomIndex(model, "S1");

        // SOUTH between two NORTH lessons: both must go for no change that day.
        assertThat(assignment.conflicts(3, WorkingSolutions.blockIndex(model, "MON-P3"), south)).containsExactlyInAnyOrder(0, 1);
        assertThat(assignment.conflicts(3, WorkingSolutions.blockIndex(model, "TUE-P3"), south)).isEmpty();
        assertThat(assignment.conflicts(3, WorkingSolutions.blockIndex(model, "WED-P3"), south)).isEmpty();
    }

    @Test
    void aChangeBeyondTheWeeklyLimitIsAConflictToo() {
        ana.setBuildingLimits(new BuildingLimits(NO, 1, NO));
        lesson("MON-P1", north);
        lesson("MON-P2", south);
        lesson("TUE-P1", north);
        lesson(null, south);
        ActivityModel model = model();
        ActivityAssignment assignment = placed(model, 3);
        int south = roomIndex(model, "S1");

        // Monday holds the week's one change: a second on Tuesday takes out the lesson before it.
        assertThat(assignment.conflicts(3, WorkingSolutions.blockIndex(model, "TUE-P2"), south)).containsExactly(2);
        assertThat(assignment.conflicts(3, WorkingSolutions.blockIndex(model, "MON-P3"), south)).isEmpty();
    }

    /** Of two places, one free and one that would take out a lesson for its building, the search takes the free one. */
    @Test
    void thePlaceChosenIsTheOneThatTakesNoLessonOutForItsBuilding() {
        ana.setBuildingLimits(new BuildingLimits(NO, NO, 1));
        lesson("MON-P1", north);
        Lesson lesson = lesson(null, south);
        lesson.getSection().setAllowedBlocks(List.of(school.block("MON-P2"), school.block("MON-P3")));
        ActivityModel model = model();
        for (long seed = 0; seed < SEEDS; seed++) {
            ActivityAssignment assignment = placed(model, 1);
            PlaceSelection selection = new PlaceSelection(model, assignment,
                    new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(seed));

            assertThat(model.block(selection.choose(1).block()).getId()).as("seed %d", seed).isEqualTo("MON-P3");
        }
    }

    /**
     * Ana teaches six lessons in NORTH and four in SOUTH over Monday and Tuesday, all starting in MON-P1, and needs a
     * free period to change building: the search leaves none of her changes too soon.
     */
    @Test
    void theSearchLeavesNoChangeOfBuildingTooSoon() {
        ana.setBuildingLimits(new BuildingLimits(NO, NO, 1));
        TestSchool twoDays = TestSchool.sixPeriodDays("MON", "TUE");
        for (long seed = 0; seed < SEEDS; seed++) {
            List<Lesson> week = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Room room = i < 6 ? north : south;
                Section section = twoDays.section("C" + i, ana, twoDays.group("G" + i, 25))
                        .family(BlockFamily.SINGLE).build();
                section.setSuitableRooms(List.of(room));
                week.add(twoDays.lesson(section, "MON-P1", room));
            }

            School working = WorkingSolutions.school(twoDays, week, List.of(), List.of());
            ConflictDirectedRepair repair = new ConflictDirectedRepair();
            repair.setRandomSeed(seed);
            repair.changeWorkingSolution(WorkingSolutions.scoreDirectorFor(working), () -> false);

            assertThat(days(week)).as("seed " + seed).allSatisfy(day -> assertThat(day)
                    .doesNotContain("NS").doesNotContain("SN"));
        }
    }

    /** Each day as its periods in order: N or S for a lesson in that building, - for none. */
    private static List<String> days(List<Lesson> week) {
        List<String> days = new ArrayList<>();
        for (String day : List.of("MON", "TUE")) {
            StringBuilder shape = new StringBuilder();
            for (String period : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
                List<Lesson> held = week.stream()
                        .filter(lesson -> lesson.getBlock().getId().equals(day + "-" + period)).toList();
                assertThat(held).as("lessons in " + day + "-" + period).hasSizeLessThanOrEqualTo(1);
                shape.append(held.isEmpty() ? '-' : held.get(0).getRoom().getBuilding().charAt(0));
            }
            days.add(shape.toString());
        }
        return days;
    }

    /** An assignment with the first {@code count} lessons in their blocks and rooms. */
    private static ActivityAssignment placed(ActivityModel model, int count) {
        ActivityAssignment assignment = new ActivityAssignment(model);
        for (int activity = 0; activity < count; activity++) {
            Lesson lesson = (Lesson) model.entity(activity);
            assignment.place(activity, model.startBlock(activity), roomIndex(model, lesson.getRoom().getId()));
        }
        return assignment;
    }

    private static int roomIndex(ActivityModel model, String id) {
        for (int room = 0; room < model.roomCount(); room++) {
            if (model.room(room).getId().equals(id)) {
                return room;
            }
        }
        throw new IllegalArgumentException("no room " + id);
    }
}
