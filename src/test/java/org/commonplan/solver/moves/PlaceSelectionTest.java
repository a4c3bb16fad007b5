package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Test;

class PlaceSelectionTest {

    @Test
    void aReSolveKeepsALessonInItsPreviousBlockWhenNoPlaceWeighsLess() {
        School school = SolverTestSupport.read("small-middle");
        ActivityModel model = ActivityModel.of(school);
        int activity = firstLessonWithSeveralBlocks(model);
        Lesson lesson = (Lesson) model.entity(activity);
        // Its previous block is the last of its domain, so "first found" or "start block" would not pick it.
        int[] domain = model.domain(activity);
        String previousBlock = model.block(domain[domain.length - 1]).getId();
        lesson.setPrevious(new Placement(previousBlock, null));

        // Nothing placed: every block has no conflict, and only the previous block breaks the tie.
        for (long seed = 0; seed < 20; seed++) {
            ActivityAssignment empty = new ActivityAssignment(model);
            PlaceSelection selection = new PlaceSelection(model, empty,
                    new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(seed));
            assertThat(model.block(selection.choose(activity).block()).getId()).as("seed %d", seed)
                    .isEqualTo(previousBlock);
        }
    }

    /**
     * Minimal perturbation: a lesson that must take one of two periods of its teacher, each holding one of the
     * teacher's other lessons, pushes out the one that has moved already rather than the one still where the
     * previous schedule had it. Without the weight of a perturbation the two places tie and a seed picks.
     */
    @Test
    void aReSolvePushesOutALessonThatMovedRatherThanOneStillInItsPreviousPlace() {
        TestSchool week = TestSchool.standardWeek();
        Teacher pat = week.teacherBuilder("pat").unavailable("MON-P3", "MON-P4", "MON-P5", "MON-P6", "TUE", "WED",
                "THU", "FRI").build();
        Lesson kept = lessonOf(week, "KEPT", pat, "5A", "MON-P1");
        kept.setPrevious(new Placement("MON-P1", kept.getRoom().getId()));
        Lesson moved = lessonOf(week, "MOVED", pat, "5B", "MON-P2");
        moved.setPrevious(new Placement("TUE-P1", moved.getRoom().getId()));
        Lesson placing = lessonOf(week, "PLACING", pat, "5C", null);
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(week, List.of(kept, moved, placing), List.of(),
                List.of()));

        for (long seed = 0; seed < 20; seed++) {
            ActivityAssignment assignment = new ActivityAssignment(model);
            assignment.place(0, model.startBlock(0), model.startRoom(0));
            assignment.place(1, model.startBlock(1), model.startRoom(1));
            PlaceSelection selection = new PlaceSelection(model, assignment,
                    new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(seed));
            assertThat(model.block(selection.choose(2).block()).getId()).as("seed %d", seed).isEqualTo("MON-P2");
        }
    }

    /** A one-lesson SINGLE section of the teacher for a group of its own, in a room of its own. */
    private static Lesson lessonOf(TestSchool week, String id, Teacher teacher, String group, String blockId) {
        Section section = week.section(id, teacher, week.group(group, 20)).family("SINGLE").build();
        Room room = week.room("R-" + id, 30);
        section.setSuitableRooms(List.of(room));
        return week.lesson(section, blockId, blockId == null ? null : room);
    }

    /** A lesson pushed out before now and then takes a random place: never one whose only room is closed then. */
    @Test
    void aRandomPlaceIsNeverInARoomClosedThen() {
        TestSchool week = TestSchool.standardWeek();
        Room openMondayMornings = week.room("R1", 30, "GENERAL", "MON-P5", "MON-P6", "TUE", "WED", "THU", "FRI");
        Section math = week.section("MATH-5A", week.teacher("pat"), week.group("5A", 20)).family("SINGLE").build();
        math.setSuitableRooms(List.of(openMondayMornings));
        Lesson lesson = week.lesson(math, null, null);
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(week, List.of(lesson), List.of(), List.of()));

        PlaceSelection selection = new PlaceSelection(model, new ActivityAssignment(model),
                new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(7));
        selection.notePushedOut(0);
        // About 20 of the 1,000 choices are random ones.
        for (int choice = 0; choice < 1_000; choice++) {
            PlaceSelection.Choice place = selection.choose(0);
            assertThat(model.isRoomOpen(place.room(), place.block())).as("choice %d", choice).isTrue();
        }
    }

    /**
     * Nor one where a pinned lesson of its teacher is: the lesson would stay there, placed in conflict, and the
     * search count it placed (FET's MHS_Covid_Final with teams ended at -4 hard so at seeds 0 and 3).
     */
    @Test
    void aRandomPlaceIsNeverOverAPinnedLesson() {
        TestSchool week = TestSchool.standardWeek();
        Teacher pat = week.teacherBuilder("pat").unavailable("TUE", "WED", "THU", "FRI").build();
        Lesson pinned = lessonOf(week, "PINNED", pat, "5B", "MON-P1");
        pinned.setPinned(true);
        Lesson lesson = lessonOf(week, "MATH", pat, "5A", null);
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(week, List.of(pinned, lesson), List.of(),
                List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(0, model.startBlock(0), model.startRoom(0));

        PlaceSelection selection = new PlaceSelection(model, assignment,
                new ConflictStatistics(model.activityCount(), model.blockCount()), new Random(7));
        selection.notePushedOut(1);
        // About 20 of the 1,000 choices are random ones, a sixth of them at MON-P1 before the fix.
        for (int choice = 0; choice < 1_000; choice++) {
            assertThat(model.block(selection.choose(1).block()).getId()).as("choice %d", choice)
                    .isNotEqualTo("MON-P1");
        }
    }

    private static int firstLessonWithSeveralBlocks(ActivityModel model) {
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.isLesson(activity) && model.isMovable(activity) && model.domain(activity).length > 3) {
                return activity;
            }
        }
        throw new AssertionError("small-middle has no movable lesson with a choice of blocks");
    }
}
