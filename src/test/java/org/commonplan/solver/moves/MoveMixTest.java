package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.commonplan.solver.SolverPlan;
import org.commonplan.solver.moves.MoveMix.Kind;
import org.junit.jupiter.api.Test;

class MoveMixTest {

    private static final int DRAWS = 2_000;
    private static final String NO_MEETING_MOVES =
            "meeting-block 0, meeting-to-free-block 0, make-room-for-meeting 0, kempe-chain 0, meeting-shift 0";

    private final TestSchool school = TestSchool.standardWeek();
    private final Room roomA = school.room("A", 30);
    private final Room roomB = school.room("B", 30);
    private final Teacher ana = school.teacher("ana");
    private final Teacher ben = school.teacher("ben");

    private List<Move<School>> draw(MoveMix mix, List<Lesson> lessons, List<TeamMeeting> meetings, int draws) {
        School working = WorkingSolutions.school(school, lessons, meetings, List.of());
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        mix.phaseStarted(scoreDirector);
        Iterator<Move<School>> moves = mix.createRandomMoveIterator(scoreDirector, new Random(0));
        List<Move<School>> drawn = new ArrayList<>();
        for (int i = 0; i < draws && moves.hasNext(); i++) {
            drawn.add(moves.next());
        }
        return drawn;
    }

    private List<Lesson> twoLessons() {
        return List.of(school.lesson(school.section("MATH", ana).build(), "P1", roomA),
                school.lesson(school.section("ART", ben).build(), "P2", roomB));
    }

    @Test
    void drawsEachKindInProportionToItsWeight() {
        List<Lesson> lessons = twoLessons();
        MoveMix mix = new MoveMix();
        mix.setWeights("block 3, block-swap 0, room 1, full-swap 0, block-and-room 0, " + NO_MEETING_MOVES);
        Map<String, Integer> counts = new HashMap<>();
        for (Move<School> move : draw(mix, lessons, List.of(), DRAWS)) {
            assertThat(move).isInstanceOf(LessonMove.class);
            Lesson lesson = (Lesson) move.getPlanningEntities().iterator().next();
            boolean sameRoom = move.getPlanningValues().contains(lesson.getRoom());
            boolean sameBlock = move.getPlanningValues().contains(lesson.getBlock());
            // A block move keeps the room and a room move keeps the block (a draw of the lesson's own value aside).
            assertThat(sameRoom || sameBlock).as(move.toString()).isTrue();
            counts.merge(sameRoom ? "block" : "room", 1, Integer::sum);
        }
        // A room draw may land on the lesson's own room (1 in 2 here), and counts as a block move then.
        double roomShare = counts.getOrDefault("room", 0) / (double) DRAWS;
        assertThat(roomShare).isBetween(0.25 * 0.5 - 0.04, 0.25 * 0.5 + 0.04);
    }

    @Test
    void swapsOnlyLessonsThatCanTakeEachOthersBlock() {
        // Two lessons meet daily; the third meets in SINGLE blocks (one timeslot), which no daily lesson can take.
        Lesson daily = school.lesson(school.section("MATH", ana).build(), "P1", roomA);
        Lesson other = school.lesson(school.section("ART", ben).family(BlockFamily.SINGLE).build(), "MON-P2", roomB);
        Lesson alsoDaily = school.lesson(school.section("HIST", ben).build(), "P3", roomB);
        MoveMix mix = new MoveMix();
        mix.setWeights("block 0, block-swap 1, room 0, full-swap 1, block-and-room 0, " + NO_MEETING_MOVES);
        List<Move<School>> moves = draw(mix, List.of(daily, other, alsoDaily), List.of(), 300);
        assertThat(moves).allMatch(move -> move instanceof LessonSwapMove);
        ScoreDirector<School> none = WorkingSolutions.scoreDirectorFor(null);
        assertThat(moves).filteredOn(move -> move.getPlanningEntities().contains(other))
                .allMatch(move -> !move.isMoveDoable(none));
        assertThat(moves).anyMatch(move -> move.getPlanningEntities().size() == 2
                && move.getPlanningEntities().containsAll(List.of(daily, alsoDaily)));
    }

    @Test
    void leavesPinnedLessonsAlone() {
        List<Lesson> lessons = twoLessons();
        lessons.get(0).setPinned(true);
        MoveMix mix = new MoveMix();
        mix.setWeights("block 1, block-swap 1, room 1, full-swap 1, block-and-room 1, " + NO_MEETING_MOVES);
        assertThat(draw(mix, lessons, List.of(), 500))
                .allMatch(move -> !move.getPlanningEntities().contains(lessons.get(0)));
    }

    @Test
    void drawsMeetingMovesByTheirWeights() {
        Teacher cal = school.teacher("cal");
        TeamMeeting meeting = school.meeting(school.team("TEAM", cal).build(), 1, "MON-P4");
        MoveMix mix = new MoveMix();
        mix.setWeights("block 1, block-swap 0, room 0, full-swap 0, block-and-room 0, meeting-block 1, "
                + "meeting-to-free-block 0, make-room-for-meeting 0, kempe-chain 0, meeting-shift 0");
        List<Move<School>> moves = draw(mix, twoLessons(), List.of(meeting), DRAWS);
        long meetingMoves = moves.stream().filter(move -> move instanceof MeetingBlockMove).count();
        assertThat(meetingMoves / (double) DRAWS).isBetween(0.45, 0.55);
    }

    @Test
    void takesAMeetingOutOfTheScheduleAsOneMoreValue() {
        // The team may meet in any DAILY block (6 of them): "no block" is a seventh value, as in a change move of a
        // variable that allows unassigned.
        Teacher cal = school.teacher("cal");
        TeamMeeting meeting = school.meeting(school.team("TEAM", cal).family(BlockFamily.DAILY).build(), 1, "P4");
        MoveMix mix = new MoveMix();
        mix.setWeights("block 0, block-swap 0, room 0, full-swap 0, block-and-room 0, meeting-block 1, "
                + "meeting-to-free-block 0, make-room-for-meeting 0, kempe-chain 0, meeting-shift 0");
        List<Move<School>> moves = draw(mix, twoLessons(), List.of(meeting), 700);
        assertThat(moves).allMatch(move -> move instanceof MeetingBlockMove);
        assertThat(moves.stream().filter(move -> move.getPlanningValues().isEmpty()).count()).isBetween(70L, 130L);
    }

    @Test
    void aFactoryWithNothingToMoveGivesWayToTheOthers() {
        // No meetings: the meeting factories have nothing to move, and their weight goes to what is left.
        MoveMix mix = new MoveMix();
        mix.setWeights("block 0, block-swap 0, room 1, full-swap 0, block-and-room 0, meeting-block 0, "
                + "meeting-to-free-block 100, make-room-for-meeting 0, kempe-chain 0, meeting-shift 0");
        List<Move<School>> moves = draw(mix, twoLessons(), List.of(), 50);
        assertThat(moves).hasSize(50).allMatch(move -> move instanceof LessonMove);
    }

    @Test
    void drawsNothingWithNothingToMove() {
        assertThat(draw(new MoveMix(), List.of(), List.of(), 10)).isEmpty();
    }

    @Test
    void theSolverPlanWeighsEveryKind() {
        MoveMix mix = new MoveMix();
        mix.setWeights(SolverPlan.improvingMoveWeights());
        Map<Kind, Double> weights = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            weights.put(kind, mix.weight(kind));
        }
        assertThat(weights.values()).allMatch(weight -> weight > 0.0);
        assertThat(weights).containsEntry(Kind.BLOCK, 8.0).containsEntry(Kind.MEETING_SHIFT, 0.05);
    }

    @Test
    void aKindNotNamedIsNotDrawn() {
        MoveMix mix = new MoveMix();
        mix.setWeights(" room 3 ,kempe-chain 0.5");
        assertThat(mix.weight(Kind.ROOM)).isEqualTo(3.0);
        assertThat(mix.weight(Kind.KEMPE_CHAIN)).isEqualTo(0.5);
        assertThat(mix.weight(Kind.BLOCK)).isZero();
        MoveMix roomsOnly = new MoveMix();
        roomsOnly.setWeights("room 1");
        assertThat(draw(roomsOnly, twoLessons(), List.of(), 50)).hasSize(50).allSatisfy(move -> {
            Lesson lesson = (Lesson) move.getPlanningEntities().iterator().next();
            assertThat(move.getPlanningValues().contains(lesson.getBlock())).as(move.toString()).isTrue(); // room move
        });
    }

    @Test
    void rejectsWeightsItCannotRead() {
        assertThatThrownBy(() -> new MoveMix().setWeights("block 8, teleport 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teleport");
        assertThatThrownBy(() -> new MoveMix().setWeights("block eight"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block").hasMessageContaining("eight");
        assertThatThrownBy(() -> new MoveMix().setWeights("room -1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("room");
        assertThatThrownBy(() -> new MoveMix().setWeights("room"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'room'");
    }
}
