package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.commonplan.solver.justifications.BuildingChangeGapJustification;
import org.commonplan.solver.justifications.BuildingChangesJustification;
import org.junit.jupiter.api.Test;

/**
 * The rules on changes of building (FET's building constraints), on {@link TestSchool#standardWeek()} (MON-FRI,
 * P1-P4, lunch, P5-P6) with rooms in a NORTH and a SOUTH building and one room that names no building.
 */
class BuildingRulesConstraintTest {

    private static final ConstraintVerifier<ScheduleConstraintProvider, School> VERIFIER =
            ConstraintVerifier.build(new ScheduleConstraintProvider(), School.class, Lesson.class, TeamMeeting.class);

    private final TestSchool school = TestSchool.standardWeek();
    private final Room north = new Room("N1", 30, Room.GENERAL, SlotSet.EMPTY, "NORTH");
    private final Room south = new Room("S1", 30, Room.GENERAL, SlotSet.EMPTY, "SOUTH");
    private final Room yard = new Room("YARD", 30, Room.GENERAL, SlotSet.EMPTY, null);
    private final StudentGroup grade7a = school.group("7A", 28);
    private final Teacher ana = school.teacher("ANA");

    /** One lesson of a SINGLE-block section a timeslot, each in the room given beside its block. */
    private List<Lesson> lessons(String id, Teacher teacher, StudentGroup group, Object... blocksAndRooms) {
        Section section = school.section(id, teacher, group).family(BlockFamily.SINGLE)
                .meetings(blocksAndRooms.length / 2).build();
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < blocksAndRooms.length; i += 2) {
            lessons.add(school.lesson(section, i / 2 + 1, (String) blocksAndRooms[i], (Room) blocksAndRooms[i + 1]));
        }
        return lessons;
    }

    private static Object[] facts(Object first, List<Lesson> lessons) {
        List<Object> all = new ArrayList<>(lessons);
        all.add(0, first);
        return all.toArray();
    }

    @Test
    void aTeacherWhoChangesBuildingThreeTimesOnADayIsTwoOverALimitOfOne() {
        // NORTH, SOUTH, (no building), NORTH, SOUTH: the yard counts for no building, so 3 changes.
        List<Lesson> lessons = lessons("MATH-7A", ana, grade7a, "MON-P1", north, "MON-P2", south, "MON-P3", yard,
                "MON-P4", north, "MON-P5", south, "TUE-P1", north);
        ana.setBuildingLimits(new BuildingLimits(1, BuildingLimits.NO_LIMIT, BuildingLimits.NO_LIMIT));

        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChanges)
                .given(facts(ana, lessons))
                .penalizesBy(2);
        BuildingChangesJustification words = new BuildingChangesJustification("Teacher ANA", List.of("MON 3"), 1,
                BuildingLimits.NO_LIMIT);
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChanges)
                .given(facts(ana, lessons))
                .justifiesWith(words);
        assertThat(words.description()).isEqualTo("Teacher ANA changes building 3 times on MON (at most 1 a day)");

        // All in one building: no change.
        lessons.forEach(lesson -> lesson.setRoom(north));
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChanges)
                .given(facts(ana, lessons))
                .penalizesBy(0);
    }

    @Test
    void aGroupsChangesCountOverTheWeekAgainstItsWeeklyLimit() {
        List<Lesson> lessons = lessons("SCI-7A", ana, grade7a, "MON-P1", north, "MON-P2", south, "MON-P3", north,
                "TUE-P1", south, "TUE-P3", north);
        grade7a.setBuildingLimits(new BuildingLimits(BuildingLimits.NO_LIMIT, 2, BuildingLimits.NO_LIMIT));

        // MON 2 changes, TUE 1: 3 in the week, one over 2. TUE's first lesson is no change from MON's last.
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChanges)
                .given(facts(ana, lessons))
                .penalizesBy(1);
        BuildingChangesJustification words = new BuildingChangesJustification("Group 7A", List.of("MON 2", "TUE 1"),
                BuildingLimits.NO_LIMIT, 2);
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChanges)
                .given(facts(ana, lessons))
                .justifiesWith(words);
        assertThat(words.description())
                .isEqualTo("Group 7A changes building 2 times on MON, once on TUE (at most 2 a week)");
    }

    @Test
    void aChangeOfBuildingNeedsTheFreeTimeslotsBetweenAndLunchCountsAsOne() {
        // P1 NORTH -> P2 SOUTH: none between (too soon); P2 SOUTH -> P4 NORTH: P3 between; P4 NORTH -> P5 SOUTH:
        // lunch between, a timeslot as FET counts a break hour.
        List<Lesson> lessons = lessons("ART-7A", ana, grade7a, "MON-P1", north, "MON-P2", south, "MON-P4", north,
                "MON-P5", south);
        ana.setBuildingLimits(new BuildingLimits(BuildingLimits.NO_LIMIT, BuildingLimits.NO_LIMIT, 1));

        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChangeGap)
                .given(facts(ana, lessons))
                .penalizesBy(1);
        BuildingChangeGapJustification words = new BuildingChangeGapJustification("Teacher ANA",
                List.of("MON-P2 (NORTH to SOUTH, 0 between)"), 1);
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChangeGap)
                .given(facts(ana, lessons))
                .justifiesWith(words);
        assertThat(words.description()).isEqualTo("Teacher ANA changes building with less than 1 timeslot between "
                + "lessons: MON-P2 (NORTH to SOUTH, 0 between)");

        // Two timeslots wanted: P2 -> P4 and P4 -> P5 are short too.
        ana.setBuildingLimits(new BuildingLimits(BuildingLimits.NO_LIMIT, BuildingLimits.NO_LIMIT, 2));
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChangeGap)
                .given(facts(ana, lessons))
                .penalizesBy(3);
        lessons.get(1).setBlock(school.block("TUE-P2"));
        lessons.get(3).setBlock(school.block("WED-P5"));
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChangeGap)
                .given(facts(ana, lessons))
                .penalizesBy(0);
    }

    @Test
    void roomsWithoutBuildingsOrPeopleWithoutLimitsCostNothing() {
        List<Lesson> lessons = lessons("PE-7A", ana, grade7a, "MON-P1", north, "MON-P2", south, "MON-P3", north);

        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChanges)
                .given(facts(ana, lessons))
                .penalizesBy(0);
        ana.setBuildingLimits(new BuildingLimits(0, 0, 3));
        lessons.forEach(lesson -> lesson.setRoom(yard));
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChanges)
                .given(facts(ana, lessons))
                .penalizesBy(0);
        VERIFIER.verifyThat(ScheduleConstraintProvider::buildingChangeGap)
                .given(facts(ana, lessons))
                .penalizesBy(0);
    }
}
