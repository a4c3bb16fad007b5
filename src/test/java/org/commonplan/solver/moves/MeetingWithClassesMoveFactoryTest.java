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
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class MeetingWithClassesMoveFactoryTest {

    private final TestSchool school = TestSchool.standardWeek();

    @Test
    void aMovedGradeMeetingTakesEachClassToASpecialWithADifferentSpecialist() {
        // Ana (class 3A) and Ben (class 3B) meet on MON-P1. Their classes have art with Cal and music with Dee at
        // other times; Cal also teaches a class of another grade on WED-P2.
        Teacher ana = school.teacher("ana");
        Teacher ben = school.teacher("ben");
        StudentGroup classA = school.group("3A", 24);
        StudentGroup classB = school.group("3B", 24);
        school.homeroom(ana, classA);
        school.homeroom(ben, classB);
        Teacher cal = school.teacherBuilder("cal").specialist().build();
        Teacher dee = school.teacherBuilder("dee").specialist().build();
        StudentGroup classC = school.group("4A", 24);
        List<Lesson> lessons = List.of(
                school.lesson(school.section("ART-3A", cal, classA).family("SINGLE").build(), "MON-P3", null),
                school.lesson(school.section("ART-3B", cal, classB).family("SINGLE").build(), "MON-P4", null),
                school.lesson(school.section("MUSIC-3A", dee, classA).family("SINGLE").build(), "TUE-P2", null),
                school.lesson(school.section("MUSIC-3B", dee, classB).family("SINGLE").build(), "TUE-P3", null),
                school.lesson(school.section("ART-4A", cal, classC).family("SINGLE").build(), "WED-P2", null));
        TeamMeeting meeting = school.meeting(school.team("G3", ana, ben).family("SINGLE").build(), 1, "MON-P1");
        School working = WorkingSolutions.school(school, lessons, List.of(meeting), List.of());
        MeetingWithClassesMoveFactory factory = new MeetingWithClassesMoveFactory();
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        factory.phaseStarted(scoreDirector);
        Iterator<Move<School>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));

        List<Move<School>> toWednesdayP2 = new ArrayList<>();
        List<Move<School>> toThursdayP5 = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Move<School> move = moves.next();
            if (!move.getPlanningEntities().contains(meeting)) {
                continue;
            }
            if (move.getPlanningValues().contains(school.block("WED-P2"))) {
                toWednesdayP2.add(move);
            } else if (move.getPlanningValues().contains(school.block("THU-P5"))) {
                toThursdayP5.add(move);
            }
        }

        // Where both specialists are free, each class gets one of them: art for one class, music for the other.
        assertThat(toThursdayP5).isNotEmpty().allSatisfy(move -> {
            List<Lesson> brought = lessonsIn(move, lessons);
            assertThat(brought).hasSize(2);
            assertThat(brought.stream().map(lesson -> lesson.getSection().getGroups().get(0)).distinct())
                    .containsExactlyInAnyOrder(classA, classB);
            assertThat(brought.stream().map(lesson -> lesson.getSection().getStaff().get(0)).distinct())
                    .containsExactlyInAnyOrder(cal, dee);
        });
        // Where Cal teaches already, only Dee is free: one class gets music and the other stays with its teacher.
        assertThat(toWednesdayP2).isNotEmpty().allSatisfy(move -> {
            List<Lesson> brought = lessonsIn(move, lessons);
            assertThat(brought).hasSize(1);
            assertThat(brought.get(0).getSection().getStaff()).containsExactly(dee);
        });
    }

    @Test
    void aTeamWithoutHomeroomTeachersIsNotMovedHere() {
        Teacher ana = school.teacher("ana");
        TeamMeeting meeting = school.meeting(school.team("MATH-PLC", ana, school.teacher("ben")).build(), 1, "MON-P1");
        School working = WorkingSolutions.school(school, List.of(), List.of(meeting), List.of());
        MeetingWithClassesMoveFactory factory = new MeetingWithClassesMoveFactory();
        ScoreDirector<School> scoreDirector = WorkingSolutions.scoreDirectorFor(working);
        factory.phaseStarted(scoreDirector);
        Iterator<Move<School>> moves = factory.createRandomMoveIterator(scoreDirector, new Random(0));

        for (int i = 0; i < 200; i++) {
            assertThat(moves.next().isMoveDoable(scoreDirector)).isFalse();
        }
    }

    private static List<Lesson> lessonsIn(Move<School> move, List<Lesson> lessons) {
        return lessons.stream().filter(move.getPlanningEntities()::contains).toList();
    }
}
