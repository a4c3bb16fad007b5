package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class MeetingMoveFactoryTest {

    private static final int DRAWS = 400;

    private final TestSchool school = TestSchool.standardWeek();

    /** How many of the drawn moves move {@code meeting}. */
    private long drawsMoving(TeamMeeting meeting, List<Lesson> lessons, List<TeamMeeting> meetings) {
        School working = WorkingSolutions.school(school, lessons, meetings, List.of());
        MeetingToFreeBlockMoveFactory factory = new MeetingToFreeBlockMoveFactory();
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        factory.phaseStarted(scoreDirector);
        Iterator<MeetingBlockMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));
        long moving = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (moves.next().getPlanningEntities().contains(meeting)) {
                moving++;
            }
        }
        return moving;
    }

    @Test
    void favoursAMeetingAnAttendeeIsBusyFor() {
        // Ten one-member teams meet while their member is free; Ana's team meets on MON-P1, while she teaches in P1
        // (or, the second time, in P2).
        List<TeamMeeting> meetings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Teacher member = school.teacher("t" + i);
            meetings.add(school.meeting(school.team("TEAM" + i, member).build(), 1, i % 2 == 0 ? "MON-P4" : "TUE-P4"));
        }
        Teacher ana = school.teacher("ana");
        TeamMeeting anasMeeting = school.meeting(school.team("ANA", ana).build(), 1, "MON-P1");
        meetings.add(anasMeeting);
        Lesson duringTheMeeting = school.lesson(school.section("MATH", ana).build(), "P1", null);
        Lesson elsewhere = school.lesson(school.section("MATH2", ana).build(), "P2", null);

        // Half the draws pick from the meetings in need, the other half from all eleven.
        assertThat(drawsMoving(anasMeeting, List.of(duringTheMeeting), meetings)).isGreaterThan(DRAWS * 4 / 10);
        assertThat(drawsMoving(anasMeeting, List.of(elsewhere), meetings)).isLessThan(DRAWS * 2 / 10);
    }
}
