package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.TestSchool;
import org.commonplan.domain.Timeslot;
import org.junit.jupiter.api.Test;

/**
 * The conflict-directed search sees the min-gap rule (FET's MinGapsBetweenActivities): two lessons of MIN_GAP-linked
 * sections on one day closer than the link allows conflict, so it moves one (SIBUKOSETFU's five links were what
 * its week still broke).
 */
class MinGapMatesTest {

    private final TestSchool school = TestSchool.standardWeek();

    @Test
    void linkedLessonsTooCloseOnOneDayMoveApart() {
        for (long seed = 0; seed < 6; seed++) {
            Room r1 = school.room("R1", 30);
            Room r2 = school.room("R2", 30);
            Section maths = school.section("MA-7A", school.teacher("ana"), school.group("7A", 20))
                    .family(BlockFamily.SINGLE).build();
            Section physics = school.section("PH-7B", school.teacher("ben"), school.group("7B", 20))
                    .family(BlockFamily.SINGLE).build();
            SectionLink apart = new SectionLink(SectionLink.Kind.MIN_GAP, List.of(maths, physics), 2);
            maths.setLinks(List.of(apart));
            physics.setLinks(List.of(apart));
            // Back to back on Monday: no clash of teacher, group or room, but no timeslot between them.
            Lesson first = school.lesson(maths, "MON-P1", r1);
            Lesson second = school.lesson(physics, "MON-P2", r2);

            ConflictDirectedRepair repair = new ConflictDirectedRepair();
            repair.setRandomSeed(seed);
            repair.changeWorkingSolution(WorkingSolutions.scoreDirectorFor(
                    WorkingSolutions.school(school, List.of(first, second), List.of(), List.of())), () -> false);

            assertThat(timeslotsBetweenOnOneDay(first, second)).as("seed " + seed)
                    .satisfiesAnyOf(between -> assertThat(between).isNegative(),
                            between -> assertThat(between).isGreaterThanOrEqualTo(2));
        }
    }

    /** Timeslots of the day between the two lessons, breaks included; -1 on different days. */
    private static int timeslotsBetweenOnOneDay(Lesson one, Lesson other) {
        Timeslot a = one.getBlock().getTimeslots().get(0);
        Timeslot b = other.getBlock().getTimeslots().get(0);
        return a.dayIndex() != b.dayIndex() ? -1 : Math.abs(a.indexInDay() - b.indexInDay()) - 1;
    }
}
