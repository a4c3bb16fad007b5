package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.ScheduleSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every custom move factory, on bundled schools in random places with one lesson and meeting in four pinned, through
 * the production score director: each doable move changes the schedule, leaves pinned lessons and meetings where
 * they are, and its undo brings back every place and the score exactly; the first few of each round are also scored
 * incrementally as a fresh score of the changed schedule. Between rounds a doable move is kept, so later rounds
 * start from schedules the moves made.
 */
class CustomMovesTest {

    private static final int ROUNDS = 3;
    private static final int DRAWS = 25;
    /** Doable moves a round whose incremental score is compared with a fresh one (each takes a full scoring). */
    private static final int FRESHLY_SCORED = 6;

    /** Each factory as the solver plan sets it up. */
    enum Factory {
        MEETING_TO_FREE_BLOCK(MeetingToFreeBlockMoveFactory::new),
        MEETING_TO_FREE_BLOCK_KEEPING_MEETINGS(() -> {
            MeetingToFreeBlockMoveFactory factory = new MeetingToFreeBlockMoveFactory();
            factory.setUnschedule(false);
            return factory;
        }),
        MAKE_ROOM_FOR_MEETING(MakeRoomForMeetingMoveFactory::new),
        MEETING_SHIFT(MeetingShiftMoveFactory::new),
        MEETING_WITH_CLASSES(MeetingWithClassesMoveFactory::new),
        KEMPE_CHAIN(KempeChainMoveFactory::new),
        MOVE_MIX(() -> {
            MoveMix mix = new MoveMix();
            mix.setWeights("block 1, block-swap 1, room 1, full-swap 1, block-and-room 1, meeting-block 1, "
                    + "meeting-to-free-block 1, make-room-for-meeting 1, kempe-chain 1, meeting-shift 1");
            return mix;
        });

        private final Supplier<MoveIteratorFactory<School, ? extends Move<School>>> make;

        Factory(Supplier<MoveIteratorFactory<School, ? extends Move<School>>> make) {
            this.make = make;
        }
    }

    static Stream<Arguments> factoriesAndSchools() {
        return Stream.of(Factory.values()).flatMap(factory -> Stream.of("small-middle", "small-elementary")
                .map(dataset -> Arguments.of(factory, dataset)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("factoriesAndSchools")
    void doableMovesKeepPinsAndScoreTrueAndTheirUndoRestoresPlacesAndScore(Factory kind, String dataset) {
        School school = ScoredSchools.scrambled(dataset, 5, 4);
        InnerScoreDirector<School, HardMediumSoftLongScore> scoreDirector = ScoredSchools.scoreDirector(school);
        List<Object> pinnedPlaces = pinnedPlaces(school);
        assertThat(pinnedPlaces).as("pinned lessons and meetings").hasSizeGreaterThan(5);
        MoveIteratorFactory<School, ? extends Move<School>> factory = kind.make.get();
        factory.phaseStarted(scoreDirector);
        Random random = new Random(17);
        int doable = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Object> before = ScoredSchools.places(school);
            HardMediumSoftLongScore scoreBefore = scoreDirector.calculateScore().raw();
            Move<School> kept = null;
            int doableThisRound = 0;
            Iterator<? extends Move<School>> moves = factory.createRandomMoveIterator(scoreDirector, random);
            for (int draw = 0; draw < DRAWS && moves.hasNext(); draw++) {
                Move<School> move = moves.next();
                if (!move.isMoveDoable(scoreDirector)) {
                    continue;
                }
                doable++;
                doableThisRound++;
                kept = move;
                boolean scoreFreshly = doableThisRound <= FRESHLY_SCORED;
                assertThat(move.getPlanningEntities()).as("%s", move).noneMatch(CustomMovesTest::isPinned);
                List<HardMediumSoftLongScore> fresh = new ArrayList<>();
                HardMediumSoftLongScore moved = scoreDirector.executeTemporaryMove(move, view -> {
                    assertThat(ScoredSchools.places(school)).as("%s changes the schedule", move).isNotEqualTo(before);
                    assertThat(pinnedPlaces(school)).as("%s keeps pins", move).isEqualTo(pinnedPlaces);
                    if (scoreFreshly) {
                        fresh.add(ScheduleSolver.score(school));
                    }
                }, false).raw();
                if (scoreFreshly) {
                    assertThat(moved).as("%s: incremental vs fresh score", move).isEqualTo(fresh.get(0));
                }
                assertThat(ScoredSchools.places(school)).as("undo of %s", move).isEqualTo(before);
                assertThat(scoreDirector.calculateScore().raw()).as("undo of %s", move).isEqualTo(scoreBefore);
            }
            if (kept != null) {
                scoreDirector.executeMove(kept);
                assertThat(scoreDirector.calculateScore().raw()).isEqualTo(ScheduleSolver.score(school));
            }
        }
        factory.phaseEnded(scoreDirector);
        if (kind == Factory.MEETING_WITH_CLASSES && school.getTeachers().stream()
                .noneMatch(teacher -> teacher.getHomeroom() != null)) {
            assertThat(doable).as("doable moves without homeroom classes to bring").isZero();
        } else {
            assertThat(doable).as("doable moves drawn").isPositive();
        }
    }

    private static boolean isPinned(Object entity) {
        return entity instanceof Lesson lesson ? lesson.isPinned() : ((TeamMeeting) entity).isPinned();
    }

    private static List<Object> pinnedPlaces(School school) {
        return ScoredSchools.places(school).stream().filter(place -> place instanceof ScoredSchools.LessonPlace lesson
                ? lesson.lesson().isPinned() : ((ScoredSchools.MeetingPlace) place).meeting().isPinned()).toList();
    }
}
