package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.commonplan.solver.RuleScore;
import org.commonplan.solver.ScheduleSolver;
import org.junit.jupiter.api.Test;

/**
 * The conflict-directed search keeps the links between sections (SAME_START, SAME_DAY, NOT_OVERLAPPING) and
 * teachers' limits on lessons a day and in a row: lessons found breaking them, with no clash of teacher, group or
 * room, move.
 */
class ConflictDirectedLinksAndDailyCapsTest {

    private final TestSchool school = TestSchool.standardWeek();
    /** One room a lesson, made before the sections, whose lessons may take any of them. */
    private final List<Room> rooms = new ArrayList<>();
    private int roomsTaken;

    ConflictDirectedLinksAndDailyCapsTest() {
        for (int i = 0; i < 6; i++) {
            rooms.add(school.room("R" + i, 30));
        }
    }

    /**
     * French for 7A and German for 7B start together. Lesson 1 of each is on another day, and German's teacher has
     * a pinned lesson when French 1 starts, so both lessons 1 must move; lessons 2 start an hour apart.
     */
    @Test
    void sameStartLessonsFoundApartEndStartingTogether() {
        Teacher ben = school.teacher("ben");
        Section french = single("FR-7", school.teacher("ana"), "7A", 2);
        Section german = single("DE-7", ben, "7B", 2);
        link(SectionLink.Kind.SAME_START, french, german);
        Lesson bensOther = school.lesson(single("DE-8", ben, "8A", 1), "MON-P1", room());
        bensOther.setPinned(true);
        List<Lesson> lessons = List.of(school.lesson(french, 1, "MON-P1", room()),
                school.lesson(french, 2, "TUE-P1", room()), school.lesson(german, 1, "WED-P3", room()),
                school.lesson(german, 2, "TUE-P2", room()), bensOther);

        School solved = search(lessons, 1);

        assertThat(lessons.get(0).getBlock()).isSameAs(lessons.get(2).getBlock());
        assertThat(lessons.get(1).getBlock()).isSameAs(lessons.get(3).getBlock());
        assertThat(bensOther.getBlock()).isSameAs(school.block("MON-P1"));
        assertThat(hardRulesBroken(solved)).isEmpty();
    }

    /**
     * French for 7A and German for 7B start on one day. French 1 is found on Tuesday and German 1 on Wednesday: one
     * of them moves to the other's day. Lessons 2 are on Monday, one period apart, and stay.
     */
    @Test
    void sameDayLessonsFoundApartEndOnOneDay() {
        Section french = single("FR-7", school.teacher("ana"), "7A", 2);
        Section german = single("DE-7", school.teacher("ben"), "7B", 2);
        link(SectionLink.Kind.SAME_DAY, french, german);
        List<Lesson> lessons = List.of(school.lesson(french, 1, "TUE-P2", room()),
                school.lesson(french, 2, "MON-P1", room()), school.lesson(german, 1, "WED-P3", room()),
                school.lesson(german, 2, "MON-P2", room()));

        School solved = search(lessons, 1);

        assertThat(lessons.get(2).getBlock().getDays()).isEqualTo(lessons.get(0).getBlock().getDays());
        assertThat(lessons.get(1).getBlock()).isSameAs(school.block("MON-P1"));
        assertThat(lessons.get(3).getBlock()).isSameAs(school.block("MON-P2"));
        assertThat(hardRulesBroken(solved)).isEmpty();
    }

    /** Two NOT_OVERLAPPING sections of different teachers and classes found in one period part. */
    @Test
    void notOverlappingLessonsFoundTogetherPart() {
        Section first = single("DM-1", school.teacher("ana"), "7A", 1);
        Section second = single("DM-2", school.teacher("ben"), "7B", 1);
        Section third = single("DM-3", school.teacher("cy"), "7C", 1);
        link(SectionLink.Kind.NOT_OVERLAPPING, first, second, third);
        List<Lesson> lessons = List.of(school.lesson(first, "MON-P1", room()), school.lesson(second, "MON-P1", room()),
                school.lesson(third, "MON-P1", room()));

        School solved = search(lessons, 2);

        assertThat(lessons.stream().map(Lesson::getBlock).distinct()).hasSize(3);
        assertThat(hardRulesBroken(solved)).isEmpty();
    }

    /** Three lessons on Monday for a teacher who may teach two a day: one goes to another day. */
    @Test
    void aTeacherFoundOverTheirDailyLimitTeachesWithinIt() {
        Teacher pat = school.teacherBuilder("pat").maxTeachingPerDay(2).build();
        List<Lesson> lessons = new ArrayList<>();
        for (String block : List.of("MON-P1", "MON-P3", "MON-P6")) {
            lessons.add(school.lesson(single("S-" + block, pat, "G-" + block, 1), block, room()));
        }

        School solved = search(lessons, 3);

        assertThat(lessons.stream().filter(lesson -> lesson.getBlock().getId().startsWith("MON"))).hasSize(2);
        assertThat(hardRulesBroken(solved)).isEmpty();
    }

    /**
     * A teacher with at most two CORE lessons in a row and three a day, found with three in a row and a fourth after
     * lunch: one goes. Lunch ends a run, so P4 and P5 (lunch between) may stay as they are.
     */
    @Test
    void aTeacherFoundOverTheirTaggedLimitsKeepsThem() {
        Teacher kim = school.teacher("kim");
        kim.setTagLimits(List.of(new TagLimit("CORE", 3, 2)));
        List<Lesson> lessons = new ArrayList<>();
        for (String block : List.of("MON-P1", "MON-P2", "MON-P3", "MON-P5")) {
            Section section = single("C-" + block, kim, "G-" + block, 1);
            section.setTags(List.of("CORE"));
            lessons.add(school.lesson(section, block, room()));
        }
        Section art = single("ART", kim, "G-ART", 1);
        Lesson untagged = school.lesson(art, "MON-P4", room());
        lessons.add(untagged);

        School solved = search(lessons, 4);

        assertThat(hardRulesBroken(solved)).isEmpty();
        assertThat(lessons.stream().filter(lesson -> lesson.getBlock().getId().startsWith("MON")
                && lesson != untagged)).hasSize(3);
    }

    private Section single(String id, Teacher teacher, String group, int meetings) {
        return school.section(id, teacher, school.group(group, 20)).family(BlockFamily.SINGLE).meetings(meetings)
                .build();
    }

    private Room room() {
        return rooms.get(roomsTaken++);
    }

    private static void link(SectionLink.Kind kind, Section... sections) {
        SectionLink link = new SectionLink(kind, List.of(sections));
        for (Section section : sections) {
            section.setLinks(List.of(link));
        }
    }

    private School search(List<Lesson> lessons, long seed) {
        School working = new School("test", null, school.bellSchedule(), List.of(), rooms, List.of(), List.of(),
                lessons, List.of(), List.of(), List.of(), List.of());
        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(seed);
        repair.changeWorkingSolution(WorkingSolutions.scoreDirectorFor(working), () -> false);
        return working;
    }

    private static List<String> hardRulesBroken(School school) {
        return ScheduleSolver.explain(school).stream().filter(rule -> !rule.score().startsWith("0hard"))
                .map(RuleScore::rule).toList();
    }
}
