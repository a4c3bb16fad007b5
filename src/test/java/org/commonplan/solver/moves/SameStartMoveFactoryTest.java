package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class SameStartMoveFactoryTest {

    private final TestSchool school = TestSchool.standardWeek();

    /** French for 7A and German for 7B, twice a week each, split language groups that start together. */
    private final Section french = school.section("FR-7", school.teacher("ana"), school.group("7A", 20))
            .family(BlockFamily.SINGLE).meetings(2).build();
    private final Section german = school.section("DE-7", school.teacher("ben"), school.group("7B", 20))
            .family(BlockFamily.SINGLE).meetings(2).build();

    SameStartMoveFactoryTest() {
        SectionLink link = new SectionLink(SectionLink.Kind.SAME_START, List.of(french, german));
        french.setLinks(List.of(link));
        german.setLinks(List.of(link));
    }

    @Test
    void crossedLessonsOfASectionTradePlacesSoThatSameNumbersStartTogether() {
        // French 1 and German 2 on Monday, French 2 and German 1 on Tuesday: the right times, the wrong numbers.
        List<Lesson> lessons = List.of(school.lesson(french, 1, "MON-P1", null), school.lesson(french, 2, "TUE-P1", null),
                school.lesson(german, 1, "TUE-P1", null), school.lesson(german, 2, "MON-P1", null));

        assertThat(someMoveStartsEveryPairTogether(lessons)).isTrue();
    }

    @Test
    void aLessonAwayFromItsPartnerMovesToItsStart() {
        List<Lesson> lessons = List.of(school.lesson(french, 1, "MON-P1", null), school.lesson(french, 2, "TUE-P1", null),
                school.lesson(german, 1, "WED-P3", null), school.lesson(german, 2, "TUE-P1", null));

        assertThat(someMoveStartsEveryPairTogether(lessons)).isTrue();
    }

    @Test
    void aPinnedLessonSetsTheStartAndNeverMoves() {
        Lesson pinned = school.lesson(french, 1, "MON-P1", null);
        pinned.setPinned(true);
        List<Lesson> lessons = List.of(pinned, school.lesson(german, 1, "WED-P3", null));
        School working = WorkingSolutions.school(school, lessons, List.of(), List.of());
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        SameStartMoveFactory factory = new SameStartMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<Move<School>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));

        for (int i = 0; i < 200; i++) {
            Move<School> move = moves.next();
            assertThat(move.getPlanningEntities().contains(pinned)).isFalse();
            if (move.isMoveDoable(scoreDirector)) {
                assertThat(List.copyOf(move.getPlanningValues())).isEqualTo(List.of(school.block("MON-P1")));
            }
        }
    }

    /** Whether one of the factory's first 200 moves, done, leaves each French lesson starting with its German one. */
    private boolean someMoveStartsEveryPairTogether(List<Lesson> lessons) {
        School working = WorkingSolutions.school(school, lessons, List.of(), List.of());
        ScoreDirector<School> scoreDirector = ScoredSchools.scoreDirector(working);
        SameStartMoveFactory factory = new SameStartMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<Move<School>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));
        List<String> before = lessons.stream().map(lesson -> lesson.getBlock().getId()).toList();
        for (int i = 0; i < 200; i++) {
            Move<School> move = moves.next();
            if (!move.isMoveDoable(scoreDirector)) {
                continue;
            }
            move.doMoveOnly(scoreDirector);
            boolean together = lessons.stream().allMatch(lesson -> lessons.stream()
                    .filter(other -> other.getNumber() == lesson.getNumber())
                    .allMatch(other -> other.getBlock() == lesson.getBlock()));
            boolean sectionsApart = lessons.get(0).getBlock() != lessons.get(1).getBlock()
                    && lessons.get(2).getBlock() != lessons.get(3).getBlock();
            if (together && sectionsApart) {
                return true;
            }
            for (int j = 0; j < lessons.size(); j++) {
                VariableChanges.set(scoreDirector, lessons.get(j), school.block(before.get(j)));
            }
        }
        return false;
    }
}
