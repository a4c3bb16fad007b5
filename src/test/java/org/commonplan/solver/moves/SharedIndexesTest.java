package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class SharedIndexesTest {

    private final TestSchool school = TestSchool.standardWeek();
    private final Teacher ana = school.teacher("ana");
    private final Teacher ben = school.teacher("ben");
    private final Lesson anaInP1 = school.lesson(school.section("MATH", ana).build(), "P1", null);
    private final Lesson anaInP2 = school.lesson(school.section("MATH2", ana).build(), "P2", null);
    private final Lesson benInP3 = school.lesson(school.section("ELA", ben).build(), "P3", null);
    private final TeamMeeting meeting = school.meeting(school.team("PLC", ana, ben).build(), 1, "MON-P4");

    private School working() {
        return WorkingSolutions.school(school, List.of(anaInP1, anaInP2, benInP3), List.of(meeting), List.of());
    }

    @Test
    void theFactoriesOfAPhaseShareOneBusyIndexAndOneLessonsByBlock() {
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working());
        KempeChainMoveFactory kempe = new KempeChainMoveFactory();
        MeetingShiftMoveFactory shift = new MeetingShiftMoveFactory();
        MeetingToFreeBlockMoveFactory toFree = new MeetingToFreeBlockMoveFactory();

        kempe.phaseStarted(scoreDirector);
        shift.phaseStarted(scoreDirector);
        toFree.phaseStarted(scoreDirector);
        kempe.createRandomMoveIterator(scoreDirector, new Random(0));
        shift.createRandomMoveIterator(scoreDirector, new Random(0));

        assertThat(shift.busyIndex()).isSameAs(kempe.busyIndex()).isSameAs(toFree.busyIndex());
        assertThat(shift.lessonsByBlock()).isSameAs(kempe.lessonsByBlock());
    }

    @Test
    void theNextPhaseRebuildsTheBusyIndexAndAnotherSolveHasItsOwn() {
        School working = working();
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        KempeChainMoveFactory kempe = new KempeChainMoveFactory();
        kempe.phaseStarted(scoreDirector);
        BusyIndex firstPhase = kempe.busyIndex();

        kempe.phaseEnded(scoreDirector);
        MeetingShiftMoveFactory shift = new MeetingShiftMoveFactory();
        shift.phaseStarted(scoreDirector);
        kempe.phaseStarted(scoreDirector);

        assertThat(shift.busyIndex()).isNotSameAs(firstPhase).isSameAs(kempe.busyIndex());
        KempeChainMoveFactory otherSolve = new KempeChainMoveFactory();
        otherSolve.phaseStarted(WorkingSolutions.scoreDirectorFor(working()));
        assertThat(otherSolve.busyIndex()).isNotSameAs(kempe.busyIndex());
    }

    @Test
    void aStepStartedByAnyFactoryBringsTheSharedLessonsByBlockUpToDate() {
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working());
        KempeChainMoveFactory kempe = new KempeChainMoveFactory();
        MeetingShiftMoveFactory shift = new MeetingShiftMoveFactory();
        kempe.phaseStarted(scoreDirector);
        shift.phaseStarted(scoreDirector);
        kempe.createRandomMoveIterator(scoreDirector, new Random(0));
        assertThat(kempe.lessonsByBlock().clashes(anaInP1)).isFalse();

        // The step's move puts Ana's second lesson in P1; only the other factory has started the next step.
        anaInP2.setBlock(school.block("P1"));
        shift.createRandomMoveIterator(scoreDirector, new Random(0));

        assertThat(kempe.lessonsByBlock().clashes(anaInP1)).isTrue();
        assertThat(shift.lessonsByBlock().clashes(anaInP1)).isTrue();
    }
}
