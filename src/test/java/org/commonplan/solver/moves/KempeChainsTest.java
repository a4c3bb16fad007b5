package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class KempeChainsTest {

    private final TestSchool school = TestSchool.standardWeek();
    private final Teacher ana = school.teacher("ana");
    private final Teacher ben = school.teacher("ben");
    private final Teacher cal = school.teacher("cal");
    private final StudentGroup groupA = school.group("6A", 25);
    private final StudentGroup groupB = school.group("6B", 25);
    private final StudentGroup groupC = school.group("6C", 25);
    private final Room roomOne = school.room("R1", 30);
    private final Room roomTwo = school.room("R2", 30);
    private final Room roomThree = school.room("R3", 30);
    private final Room roomFour = school.room("R4", 30);

    // Ana and Ben share 6A and 6B in P1 and P2; Cal teaches 6C in P2 and has nothing to do with them.
    private final Lesson anaWithA = school.lesson(school.section("MATH-A", ana, groupA).build(), "P1", roomOne);
    private final Lesson benWithB = school.lesson(school.section("ELA-B", ben, groupB).build(), "P1", roomTwo);
    private final Lesson benWithA = school.lesson(school.section("ELA-A", ben, groupA).build(), "P2", roomTwo);
    private final Lesson anaWithB = school.lesson(school.section("MATH-B", ana, groupB).build(), "P2", roomOne);
    private final Lesson calWithC = school.lesson(school.section("SCI-C", cal, groupC).build(), "P2", roomThree);
    private final Lesson calInP3 = school.lesson(school.section("SCI-C2", cal, groupC).build(), "P3", roomFour);
    private final List<Lesson> lessons = List.of(anaWithA, benWithB, benWithA, anaWithB, calWithC, calInP3);
    private final Block p1 = school.block("P1");
    private final Block p2 = school.block("P2");

    @Test
    void followsSharedTeachersAndGroupsThroughBothBlocksOnly() {
        List<Lesson> chain = KempeChains.chain(new LessonsByBlock(lessons), p1, p2, List.of(anaWithA), 20);

        assertThat(chain).containsExactlyInAnyOrder(anaWithA, benWithB, benWithA, anaWithB);
    }

    @Test
    void exchangingTheChainKeepsEveryoneInOnePlace() {
        List<Lesson> chain = KempeChains.chain(new LessonsByBlock(lessons), p1, p2, List.of(anaWithA), 20);
        chain.forEach(lesson -> lesson.setBlock(lesson.getBlock() == p1 ? p2 : p1)); // what the move does

        assertThat(anaWithA.getBlock()).isEqualTo(p2);
        assertThat(anaWithB.getBlock()).isEqualTo(p1);
        assertThat(benWithA.getBlock()).isEqualTo(p1);
        assertThat(benWithB.getBlock()).isEqualTo(p2);
        assertThat(calWithC.getBlock()).isEqualTo(p2);
        assertThat(calInP3.getBlock()).isEqualTo(school.block("P3"));
    }

    @Test
    void aChainFromOneOfTwoClashingLessonsLeavesTheOtherBehind() {
        // Ana is due in P1 twice and free in P2, where Ben teaches 6A.
        Lesson anaAlsoInP1 = school.lesson(school.section("MATH-C", ana, groupC).build(), "P1", roomThree);
        List<Lesson> withClash = List.of(anaWithA, anaAlsoInP1, benWithA);

        assertThat(KempeChains.chain(new LessonsByBlock(withClash), p1, p2, List.of(anaAlsoInP1), 20)).containsExactly(anaAlsoInP1);
        assertThat(KempeChains.chain(new LessonsByBlock(withClash), p1, p2, List.of(anaWithA), 20))
                .containsExactlyInAnyOrder(anaWithA, benWithA);
    }

    @Test
    void aRoomDoesNotLinkLessonsThatShareNoOneTheMovedLessonTakesAFreeRoom() {
        // Cal holds 6C in Ana's room R1 in P2, and R2 is Ben's there: Ana's chain to P2 is Ana's lesson alone.
        Lesson calInRoomOne = school.lesson(school.section("ART-C", cal, groupC).build(), "P2", roomOne);
        Lesson benInRoomTwo = school.lesson(school.section("ELA-C", ben, groupC).build(), "P2", roomTwo);
        LessonsByBlock index = new LessonsByBlock(List.of(anaWithA, calInRoomOne, benInRoomTwo));

        List<Lesson> chain = KempeChains.chain(index, p1, p2, List.of(anaWithA), 20);

        assertThat(chain).containsExactly(anaWithA);
        assertThat(KempeChains.newRooms(index, p1, p2, chain)).containsExactly(entry(anaWithA, roomThree));
    }

    @Test
    void aRoomLeftByTheChainIsNotTaken() {
        // Ana takes R1 in both blocks: her two lessons trade blocks and keep their rooms.
        List<Lesson> chain = KempeChains.chain(new LessonsByBlock(lessons), p1, p2, List.of(anaWithA), 20);

        assertThat(KempeChains.newRooms(new LessonsByBlock(lessons), p1, p2, chain)).isEmpty();
    }

    @Test
    void aPinnedLessonOrATooLongChainCannotBeExchanged() {
        benWithA.setPinned(true);
        assertThat(KempeChains.chain(new LessonsByBlock(lessons), p1, p2, List.of(anaWithA), 20)).isNull();

        benWithA.setPinned(false);
        assertThat(KempeChains.chain(new LessonsByBlock(lessons), p1, p2, List.of(anaWithA), 2)).isNull();
        assertThat(KempeChains.chain(new LessonsByBlock(lessons), p1, p2, List.of(calWithC), 1)).containsExactly(calWithC);
    }

    @Test
    void aStartOutsideBothBlocksGivesNoChain() {
        assertThat(KempeChains.chain(new LessonsByBlock(lessons), p1, p2, List.of(calInP3), 20)).isNull();
        assertThat(KempeChains.chain(new LessonsByBlock(lessons), p1, p1, List.of(anaWithA), 20)).isNull();
    }
}
