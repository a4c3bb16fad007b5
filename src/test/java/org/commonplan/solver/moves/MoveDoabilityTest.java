package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.MeetingBlockMove.Purpose;
import org.junit.jupiter.api.Test;

/** When each custom move is doable: never on a pinned lesson or meeting, never when it would change nothing. */
class MoveDoabilityTest {

    private final School school = ScoredSchools.scrambled("small-middle", 1, 0);
    private final ScoreDirector<School> scoreDirector = ScoredSchools.scoreDirector(school);
    private final Lesson lesson = school.getLessons().get(0);
    private final Lesson other = school.getLessons().stream()
            .filter(candidate -> candidate.getBlock() != lesson.getBlock() && candidate.getRoom() != lesson.getRoom())
            .findFirst().orElseThrow();
    private final TeamMeeting meeting = school.getMeetings().stream().filter(candidate -> candidate.getBlock() != null)
            .findFirst().orElseThrow();

    private Block anotherBlockOf(Lesson of) {
        return of.getBlockRange().stream().filter(block -> block != of.getBlock()).findFirst().orElseThrow();
    }

    private Block anotherBlockOf(TeamMeeting of) {
        return of.getTeam().getAllowedBlocks().stream().filter(block -> block != of.getBlock()).findFirst()
                .orElseThrow();
    }

    @Test
    void aLessonMoveChangesSomethingOfALessonThatIsNotPinned() {
        Block to = anotherBlockOf(lesson);
        assertThat(new LessonMove(lesson, to, lesson.getRoom()).isMoveDoable(scoreDirector)).isTrue();
        assertThat(new LessonMove(lesson, lesson.getBlock(), lesson.getRoom()).isMoveDoable(scoreDirector)).isFalse();
        lesson.setPinned(true);
        assertThat(new LessonMove(lesson, to, lesson.getRoom()).isMoveDoable(scoreDirector)).isFalse();
    }

    @Test
    void aSwapTradesDifferentBlocksOrRoomsOfTwoLessonsThatAreNotPinned() {
        assertThat(new LessonSwapMove(lesson, other, false).isMoveDoable(scoreDirector)).isTrue();
        assertThat(new LessonSwapMove(lesson, lesson, true).isMoveDoable(scoreDirector)).isFalse();
        other.setBlock(lesson.getBlock());
        assertThat(new LessonSwapMove(lesson, other, false).isMoveDoable(scoreDirector)).as("same block").isFalse();
        assertThat(new LessonSwapMove(lesson, other, true).isMoveDoable(scoreDirector)).as("rooms differ").isTrue();
        other.setPinned(true);
        assertThat(new LessonSwapMove(lesson, other, true).isMoveDoable(scoreDirector)).isFalse();
        assertThat(new LessonSwapMove(other, lesson, true).isMoveDoable(scoreDirector)).isFalse();
    }

    @Test
    void aMeetingMoveTakesAMeetingThatIsNotPinnedSomewhereElse() {
        Block to = anotherBlockOf(meeting);
        assertThat(new MeetingBlockMove(meeting, to, Purpose.CHANGE).isMoveDoable(scoreDirector)).isTrue();
        assertThat(new MeetingBlockMove(meeting, null, Purpose.CHANGE).isMoveDoable(scoreDirector)).isTrue();
        assertThat(new MeetingBlockMove(meeting, meeting.getBlock(), Purpose.CHANGE).isMoveDoable(scoreDirector))
                .isFalse();
        meeting.setPinned(true);
        assertThat(new MeetingBlockMove(meeting, to, Purpose.CHANGE).isMoveDoable(scoreDirector)).isFalse();
    }

    @Test
    void makingRoomNeedsABlockAndAMeetingThatIsNotPinned() {
        Block to = anotherBlockOf(meeting);
        List<MakeRoomForMeetingMove.Relocation> moveOut = List.of(
                new MakeRoomForMeetingMove.Relocation(lesson, anotherBlockOf(lesson)));
        assertThat(new MakeRoomForMeetingMove(meeting, to, moveOut).isMoveDoable(scoreDirector)).isTrue();
        assertThat(new MakeRoomForMeetingMove(meeting, meeting.getBlock(), moveOut).isMoveDoable(scoreDirector))
                .as("lessons move out of the meeting's own block").isTrue();
        assertThat(new MakeRoomForMeetingMove(meeting, meeting.getBlock(), List.of()).isMoveDoable(scoreDirector))
                .isFalse();
        assertThat(new MakeRoomForMeetingMove(meeting, null, List.of()).isMoveDoable(scoreDirector)).isFalse();
        meeting.setPinned(true);
        assertThat(new MakeRoomForMeetingMove(meeting, to, moveOut).isMoveDoable(scoreDirector)).isFalse();
    }

    @Test
    void aKempeChainExchangesTwoBlocksForLessonsStillInThem() {
        Block first = lesson.getBlock();
        Block second = anotherBlockOf(lesson);
        assertThat(new KempeChainMove(first, second, List.of(lesson), java.util.Map.of()).isMoveDoable(scoreDirector))
                .isTrue();
        assertThat(KempeChainMove.none(first, second).isMoveDoable(scoreDirector)).isFalse();
        assertThat(new KempeChainMove(first, first, List.of(lesson), java.util.Map.of()).isMoveDoable(scoreDirector))
                .isFalse();
        lesson.setBlock(lesson.getBlockRange().stream().filter(block -> block != first && block != second)
                .findFirst().orElseThrow());
        assertThat(new KempeChainMove(first, second, List.of(lesson), java.util.Map.of()).isMoveDoable(scoreDirector))
                .as("the lesson has left both blocks since the chain was built").isFalse();
    }
}
