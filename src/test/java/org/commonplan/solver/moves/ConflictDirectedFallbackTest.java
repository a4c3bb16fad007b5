package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.Rule;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * The conflict-directed search clears clashes without seeing every hard rule: when the week it ends with is worse
 * than the one it started from (School-10-Oradea once went from construction's -62 hard to the search's -115), the
 * repair starts from the better one.
 */
class ConflictDirectedFallbackTest {

    private final TestSchool school = TestSchool.standardWeek();

    /**
     * Ana teaches 7C and 7A in P1, a clash the search clears by moving one of the two lessons; but Ana keeps exactly
     * her planning minimum only while both sit in P1 (planning-protected, weighted 100 hard here), which the search
     * does not see.
     */
    @Test
    void aWeekWorseThanTheOneTheSearchStartedFromIsNotKept() {
        Room r1 = school.room("R1", 30);
        Room r2 = school.room("R2", 30);
        // Free in 5 of 6 periods a day, 50 minutes each: 1,250 minutes while she teaches P1 only.
        Teacher ana = school.teacherBuilder("ana").minPlanningMinutes(1250).build();
        Section art = school.section("ART-7C", ana, school.group("7C", 20)).build();
        Section french = school.section("FR-7A", ana, school.group("7A", 20)).build();
        Lesson artLesson = school.lesson(art, "P1", r1);
        Lesson frenchLesson = school.lesson(french, "P1", r2);
        School working = WorkingSolutions.school(school, List.of(artLesson, frenchLesson), List.of(), List.of());
        working.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(Rule.PLANNING_PROTECTED.id(), HardMediumSoftLongScore.ofHard(100))));
        var scoreDirector = ScoredSchools.scoreDirector(working);
        HardMediumSoftLongScore before = scoreDirector.calculateScore().raw();
        assertThat(before.hardScore()).isNegative().isGreaterThan(-100);

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector, () -> false);

        assertThat(artLesson.getBlock()).isEqualTo(school.block("P1"));
        assertThat(frenchLesson.getBlock()).isEqualTo(school.block("P1"));
        assertThat(scoreDirector.calculateScore().raw()).isEqualTo(before);
    }

    /** Without the link's weight the same search's week is better, and it is kept: the clash is gone. */
    @Test
    void aBetterWeekIsKept() {
        Room r1 = school.room("R1", 30);
        Room r2 = school.room("R2", 30);
        Teacher ana = school.teacher("ana");
        Section art = school.section("ART-7C", ana, school.group("7C", 20)).build();
        Section french = school.section("FR-7A", ana, school.group("7A", 20)).build();
        Lesson artLesson = school.lesson(art, "P1", r1);
        Lesson frenchLesson = school.lesson(french, "P1", r2);
        School working = WorkingSolutions.school(school, List.of(artLesson, frenchLesson), List.of(), List.of());
        var scoreDirector = ScoredSchools.scoreDirector(working);

        new ConflictDirectedRepair().changeWorkingSolution(scoreDirector, () -> false);

        assertThat(frenchLesson.getBlock()).isNotEqualTo(school.block("P1"));
        assertThat(scoreDirector.calculateScore().raw().hardScore()).isZero();
    }
}
