package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class MeetingShiftMoveFactoryTest {

    private final TestSchool school = TestSchool.standardWeek();

    @Test
    void theTeamsOtherMeetingInThePeriodTheLessonsMoveIntoGoesAlongOnItsOwnDay() {
        // Ana and Ben meet on MON-P1 and TUE-P1; Ana teaches a daily lesson in P2.
        Teacher ana = school.teacher("ana");
        Lesson math = school.lesson(school.section("MATH", ana).build(), "P2", null);
        Team team = school.team("MATH-PLC", ana, school.teacher("ben")).build();
        TeamMeeting monday = school.meeting(team, 1, "MON-P1");
        TeamMeeting tuesday = school.meeting(team, 2, "TUE-P1");
        School working = WorkingSolutions.school(school, List.of(math), List.of(monday, tuesday), List.of());
        MeetingShiftMoveFactory factory = new MeetingShiftMoveFactory();
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        factory.phaseStarted(scoreDirector);
        Iterator<Move<School>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));

        // A shift that sends Ana's lesson to P1 (rather than to a period she is free) takes both meetings out of
        // P1, the Tuesday one (when the Monday one is shifted) to P2 of its own day.
        List<Move<School>> sendingTheLessonToP1 = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Move<School> move = moves.next();
            if (move.getPlanningEntities().contains(math) && move.getPlanningValues().contains(school.block("P1"))) {
                sendingTheLessonToP1.add(move);
            }
        }

        assertThat(sendingTheLessonToP1).isNotEmpty().allSatisfy(move -> assertThat(
                move.getPlanningEntities().containsAll(List.of(monday, tuesday))).isTrue());
        assertThat(sendingTheLessonToP1).anySatisfy(move -> assertThat(
                move.getPlanningValues().containsAll(List.of(school.block("MON-P2"), school.block("TUE-P2")))).isTrue());
    }

    @Test
    void sendsTheAttendeesLessonsToATimeTheyAreFreeOrToTheMeetingsOldPeriod() {
        // Ana and Ben meet on MON-P1; Ana teaches daily in P2 and P3 and is free in P4-P7.
        Teacher ana = school.teacher("ana");
        Lesson math = school.lesson(school.section("MATH", ana).build(), "P2", null);
        Lesson algebra = school.lesson(school.section("ALG", ana).build(), "P3", null);
        TeamMeeting meeting = school.meeting(school.team("MATH-PLC", ana, school.teacher("ben")).build(), 1, "MON-P1");
        School working = WorkingSolutions.school(school, List.of(math, algebra), List.of(meeting), List.of());
        MeetingShiftMoveFactory factory = new MeetingShiftMoveFactory();
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        factory.phaseStarted(scoreDirector);
        Iterator<Move<School>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));

        int toTheOldPeriod = 0;
        int toAFreePeriod = 0;
        for (int i = 0; i < 2000; i++) {
            Move<School> move = moves.next();
            if (move.getPlanningEntities().contains(math)) {
                assertThat(move.getPlanningEntities().contains(algebra)).isFalse(); // never into her other lesson
                if (move.getPlanningValues().contains(school.block("P1"))) {
                    toTheOldPeriod++;
                } else {
                    toAFreePeriod++;
                }
            }
        }

        assertThat(toTheOldPeriod).isPositive();
        assertThat(toAFreePeriod).isPositive();
    }
}
