package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class MakeRoomForMeetingMoveFactoryTest {

    private final TestSchool school = TestSchool.standardWeek();

    @Test
    void aBlockWhereAnAttendeeTeachesAPinnedLessonIsNeverTakenAndOtherLessonsMoveOut() {
        // Ana and Ben meet on MON-P1. Ana teaches a pinned lesson on MON-P2, Ben a movable one on TUE-P3.
        Teacher ana = school.teacher("ana");
        Teacher ben = school.teacher("ben");
        Lesson pinned = school.lesson(school.section("ART", ana, school.group("5A", 20)).family("SINGLE").build(),
                "MON-P2", null);
        pinned.setPinned(true);
        Lesson movable = school.lesson(school.section("MUSIC", ben, school.group("5B", 20)).family("SINGLE").build(),
                "TUE-P3", null);
        TeamMeeting meeting = school.meeting(school.team("G5", ana, ben).family("SINGLE").build(), 1, "MON-P1");
        School working = WorkingSolutions.school(school, List.of(pinned, movable), List.of(meeting), List.of());
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        MakeRoomForMeetingMoveFactory factory = new MakeRoomForMeetingMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<MakeRoomForMeetingMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));

        List<MakeRoomForMeetingMove> doable = new ArrayList<>();
        int notDoable = 0;
        for (int i = 0; i < 600; i++) {
            MakeRoomForMeetingMove move = moves.next();
            if (move.isMoveDoable(scoreDirector)) {
                doable.add(move);
            } else {
                notDoable++;
            }
        }

        Block mondayP2 = school.block("MON-P2");
        Block tuesdayP3 = school.block("TUE-P3");
        assertThat(notDoable).as("draws of MON-P2 and MON-P1").isPositive();
        assertThat(doable).isNotEmpty().noneSatisfy(move -> assertThat(List.<Object>copyOf(move.getPlanningValues())).contains(mondayP2));
        assertThat(doable).noneSatisfy(move -> assertThat(List.<Object>copyOf(move.getPlanningEntities())).contains(pinned));
        List<MakeRoomForMeetingMove> toTuesdayP3 = doable.stream()
                .filter(move -> move.getPlanningValues().contains(tuesdayP3)).toList();
        assertThat(toTuesdayP3).isNotEmpty().allSatisfy(move -> {
            assertThat(List.<Object>copyOf(move.getPlanningEntities())).containsExactly(movable, meeting);
            assertThat(List.<Object>copyOf(move.getPlanningValues())).doesNotContainNull().hasSize(2).last()
                    .isEqualTo(tuesdayP3);
        });
    }
}
