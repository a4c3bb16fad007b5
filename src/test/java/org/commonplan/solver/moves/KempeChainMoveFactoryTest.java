package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class KempeChainMoveFactoryTest {

    private static final int DRAWS = 400;

    private final TestSchool school = TestSchool.standardWeek();
    private final Teacher ana = school.teacher("ana");
    private final List<Lesson> lessons = new ArrayList<>();

    /** Twelve teachers, each with one lesson in P3: the background that random chains start from. */
    private void addBackground() {
        for (int i = 0; i < 12; i++) {
            Teacher teacher = school.teacher("t" + i);
            lessons.add(school.lesson(school.section("BG" + i, teacher).build(), "P3", null));
        }
    }

    private List<KempeChainMove> draw(List<TeamMeeting> meetings, List<CourseConflict> conflicts) {
        School working = WorkingSolutions.school(school, lessons, meetings, conflicts);
        KempeChainMoveFactory factory = new KempeChainMoveFactory();
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        factory.phaseStarted(scoreDirector);
        Iterator<KempeChainMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));
        List<KempeChainMove> drawn = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            drawn.add(moves.next());
        }
        return drawn;
    }

    private static long count(List<KempeChainMove> moves, Predicate<KempeChainMove> test) {
        return moves.stream().filter(test).count();
    }

    @Test
    void aimsAtABusyAttendeeAndMovesTheirLessonToATimeTheyAreFree() {
        addBackground();
        Lesson duringMeeting = school.lesson(school.section("MATH", ana).build(), "P1", null);
        Lesson alsoTaught = school.lesson(school.section("MATH2", ana).build(), "P2", null);
        lessons.add(duringMeeting);
        lessons.add(alsoTaught);
        TeamMeeting meeting = school.meeting(school.team("MATH-PLC", ana, school.teacher("ben")).build(), 1, "MON-P1");

        List<KempeChainMove> moves = draw(List.of(meeting), List.of());

        // Half the draws aim at the one busy attendance; random chains start from ana's lesson 1 time in 14.
        List<KempeChainMove> outOfTheMeeting = moves.stream()
                .filter(move -> move.getPlanningEntities().contains(duringMeeting)).toList();
        assertThat(outOfTheMeeting.size()).isGreaterThan(DRAWS * 4 / 10);
        // Aimed moves take it where ana is free (not P2, where she teaches): a random chain would also pick P2.
        assertThat(count(outOfTheMeeting, move -> !move.getPlanningValues().contains(school.block("P2"))))
                .isGreaterThan(DRAWS * 4 / 10);
    }

    /** Ana's homeroom class 3A, on the background, with art on TUE-P2 and music on WED-P3: those two, in order. */
    private List<Lesson> anasClassWithArtAndMusic() {
        addBackground();
        StudentGroup classA = school.group("3A", 24);
        school.homeroom(ana, classA);
        Lesson art = school.lesson(school.section("ART-3A", school.teacher("cal"), classA).family("SINGLE").build(),
                "TUE-P2", null);
        Lesson music = school.lesson(school.section("MUSIC-3A", school.teacher("dee"), classA).family("SINGLE")
                .build(), "WED-P3", null);
        lessons.add(art);
        lessons.add(music);
        return List.of(art, music);
    }

    /**
     * Ana's class is with her during her grade meeting; of its two specials, art frees her for her other meeting
     * (TUE-P2) and music frees her for nothing. The chains that bring a special into the grade meeting bring music:
     * art would leave the other meeting with ana busy (a grade meeting locked to another day in a re-solve took a
     * second meeting along that way).
     */
    @Test
    void bringsIntoAMeetingTheSpecialThatFreesTheTeacherForNoOtherMeeting() {
        List<Lesson> specials = anasClassWithArtAndMusic();
        Lesson art = specials.get(0);
        Lesson music = specials.get(1);
        TeamMeeting grade = school.meeting(school.team("G3", ana, school.teacher("ben")).family("SINGLE").build(), 1,
                "MON-P1");
        TeamMeeting plc = school.meeting(school.team("PLC", ana, school.teacher("eve")).family("SINGLE").build(), 1,
                "TUE-P2");

        List<KempeChainMove> moves = draw(List.of(grade, plc), List.of());

        Predicate<KempeChainMove> intoTheGradeMeeting = move -> move.getPlanningValues()
                .contains(school.block("MON-P1"));
        // Half the draws aim at ana's one busy attendance; each brings a special of her class into MON-P1.
        assertThat(count(moves, move -> move.getPlanningEntities().contains(music) && intoTheGradeMeeting.test(move)))
                .isGreaterThan(DRAWS * 4 / 10);
        assertThat(count(moves, move -> move.getPlanningEntities().contains(art) && intoTheGradeMeeting.test(move)))
                .isLessThan(DRAWS / 100);
    }

    /**
     * As above, but ana's other meeting has moved since the previous schedule from TUE-P2 (where art is) to WED-P5.
     * Bringing art into the grade meeting would keep that meeting from its way back: music comes (a grade meeting
     * locked to another day took the specials of the grade's second meeting's old block, after a step had moved it).
     */
    @Test
    void bringsIntoAMeetingTheSpecialThatKeepsNoMovedMeetingFromItsWayBack() {
        List<Lesson> specials = anasClassWithArtAndMusic();
        Lesson art = specials.get(0);
        Lesson music = specials.get(1);
        TeamMeeting grade = school.meeting(school.team("G3", ana, school.teacher("ben")).family("SINGLE").build(), 1,
                "MON-P1");
        TeamMeeting plc = school.meeting(school.team("PLC", ana, school.teacher("eve")).family("SINGLE").build(), 1,
                "WED-P5");
        plc.setPrevious(new Placement("TUE-P2", null));

        List<KempeChainMove> moves = draw(List.of(grade, plc), List.of());

        Predicate<KempeChainMove> intoTheGradeMeeting = move -> move.getPlanningValues()
                .contains(school.block("MON-P1"));
        // A quarter of the draws aim at ana busy in MON-P1 (the other quarter at her class in the PLC's WED-P5).
        assertThat(count(moves, move -> move.getPlanningEntities().contains(music) && intoTheGradeMeeting.test(move)))
                .isGreaterThan(DRAWS / 10);
        assertThat(count(moves, move -> move.getPlanningEntities().contains(art) && intoTheGradeMeeting.test(move)))
                .isLessThan(DRAWS / 100);
    }

    @Test
    void aimsAtSingletonsThatClashForSomeStudents() {
        addBackground();
        Lesson biology = school.lesson(school.section("BIO", school.teacher("dan")).course("AP-BIO").singleton()
                .build(), "P4", null);
        Lesson chemistry = school.lesson(school.section("CHEM", school.teacher("eve")).course("AP-CHEM").singleton()
                .build(), "P4", null);
        lessons.add(biology);
        lessons.add(chemistry);

        List<KempeChainMove> withConflict = draw(List.of(), List.of(new CourseConflict("AP-BIO", "AP-CHEM", 6)));
        List<KempeChainMove> withoutConflict = draw(List.of(), List.of());

        Predicate<KempeChainMove> movesASingleton = move -> move.getPlanningEntities().contains(biology)
                || move.getPlanningEntities().contains(chemistry);
        // A quarter of the draws start from one of the two; random chains do 2 times in 14.
        assertThat(count(withConflict, movesASingleton)).isGreaterThan(DRAWS * 3 / 10);
        assertThat(count(withoutConflict, movesASingleton)).isLessThan(DRAWS * 2 / 10);
    }

    @Test
    void aimsAtADoubleBookedLessonTowardsATimeItsTeacherIsFree() {
        addBackground();
        Lesson math = school.lesson(school.section("MATH", ana).build(), "P1", null);
        Lesson alsoTaught = school.lesson(school.section("MATH2", ana).build(), "P2", null);
        lessons.add(math);
        lessons.add(alsoTaught);
        Predicate<KempeChainMove> movesMathAwayFromAna = move -> move.getPlanningEntities().contains(math)
                && !move.getPlanningValues().contains(school.block("P2"));

        List<KempeChainMove> withoutClash = draw(List.of(), List.of());
        Lesson doubleBooked = school.lesson(school.section("MATH3", ana).build(), "P1", null);
        lessons.add(doubleBooked);
        List<KempeChainMove> withClash = draw(List.of(), List.of());

        // A quarter of the draws start from one of ana's two lessons in P1, half of them from MATH, each towards a
        // block where ana is free; random chains start from MATH 1 time in 14 or 15.
        assertThat(count(withClash, movesMathAwayFromAna)).isGreaterThan(DRAWS * 14 / 100);
        assertThat(count(withoutClash, movesMathAwayFromAna)).isLessThan(DRAWS * 9 / 100);
    }
}
