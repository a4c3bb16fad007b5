package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class LessonsByBlockTest {

    private final TestSchool school = TestSchool.standardWeek();
    private final Teacher ana = school.teacher("ana");
    private final Teacher ben = school.teacher("ben");
    private final StudentGroup groupA = school.group("6A", 25);
    private final StudentGroup groupB = school.group("6B", 25);
    private final Room roomOne = school.room("R1", 30);
    private final Room roomTwo = school.room("R2", 30);
    private final Lesson anaWithA = school.lesson(school.section("MATH-A", ana, groupA).build(), "P1", roomOne);
    private final Lesson anaWithB = school.lesson(school.section("MATH-B", ana, groupB).build(), "P2", roomOne);
    private final Lesson benWithB = school.lesson(school.section("ELA-B", ben, groupB).build(), "P3", roomTwo);
    private final List<Lesson> lessons = List.of(anaWithA, anaWithB, benWithB);
    private final Block p1 = school.block("P1");
    private final Block p2 = school.block("P2");
    private final Block p3 = school.block("P3");

    @Test
    void anUpdateReindexesTheLessonsThatMovedInTheOrderOfTheLessons() {
        LessonsByBlock index = new LessonsByBlock(lessons);
        anaWithB.setBlock(p1);
        benWithB.setBlock(p1);
        index.update();

        assertThat(sharingPeople(index, p1, anaWithA)).containsExactly(anaWithB);
        assertThat(sharingPeople(index, p1, anaWithB)).containsExactly(anaWithA, benWithB);
        assertThat(sharingPeople(index, p2, anaWithA)).isEmpty();
        assertThat(sharingPeople(index, p3, anaWithB)).isEmpty();
        assertThat(index.clashes(anaWithA)).isTrue();
    }

    @Test
    void anUpdateFollowsARoomChangeAndAMoveBack() {
        LessonsByBlock index = new LessonsByBlock(lessons);
        anaWithA.setRoom(roomTwo);
        anaWithB.setBlock(p1);
        index.update();
        anaWithB.setBlock(p2);
        index.update();

        assertThat(index.anyInRoom(p1, roomTwo, lesson -> true)).isTrue();
        assertThat(index.anyInRoom(p1, roomOne, lesson -> true)).isFalse();
        assertThat(index.clashes(anaWithA)).isFalse();
        assertThat(sharingPeople(index, p2, anaWithA)).containsExactly(anaWithB);
    }

    private static List<Lesson> sharingPeople(LessonsByBlock index, Block block, Lesson lesson) {
        List<Lesson> found = new ArrayList<>();
        index.forEachSharingPeople(block, lesson, found::add);
        return found;
    }
}
