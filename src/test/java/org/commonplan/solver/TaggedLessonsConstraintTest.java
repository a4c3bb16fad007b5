package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.commonplan.solver.justifications.TaggedLessonsJustification;
import org.junit.jupiter.api.Test;

/**
 * A teacher's limit on lessons of sections with one tag (FET's teacher activity-tag limits), on
 * {@link TestSchool#standardWeek()} (MON-FRI, P1-P4, lunch, P5-P6): lessons of other tags do not count.
 */
class TaggedLessonsConstraintTest {

    private static final ConstraintVerifier<ScheduleConstraintProvider, School> VERIFIER =
            ConstraintVerifier.build(new ScheduleConstraintProvider(), School.class, Lesson.class, TeamMeeting.class);

    private final TestSchool school = TestSchool.standardWeek();
    private final Room lab = school.room("LAB1", 30);
    private final StudentGroup grade7a = school.group("7A", 28);
    private final Teacher ana = school.teacher("ANA");

    private List<Lesson> singles(String id, String tag, String... blocks) {
        Section section = school.section(id, ana, grade7a).family(BlockFamily.SINGLE).meetings(blocks.length)
                .build();
        section.setTags(List.of(tag));
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            lessons.add(school.lesson(section, i + 1, blocks[i], lab));
        }
        return lessons;
    }

    private Object[] facts(List<Lesson> lessons) {
        List<Object> all = new ArrayList<>(lessons);
        all.add(ana);
        return all.toArray();
    }

    @Test
    void lessonsOfATagBeyondTheTeachersDailyLimitCostATimeslotEach() {
        List<Lesson> lessons = new ArrayList<>(singles("CHEM-7A", "LAB", "MON-P1", "MON-P2", "MON-P5", "TUE-P1"));
        lessons.addAll(singles("MATH-7A", "THEORY", "MON-P3", "MON-P4"));
        ana.setTagLimits(List.of(new TagLimit("LAB", 2, TagLimit.NO_LIMIT)));

        // 3 LAB timeslots on MON, 1 beyond 2; the two THEORY lessons that day do not count.
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherTaggedLessons)
                .given(facts(lessons))
                .penalizesBy(1);
        TaggedLessonsJustification words = new TaggedLessonsJustification("ANA", "LAB", List.of("MON 3"), 2, 0,
                TagLimit.NO_LIMIT);
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherTaggedLessons)
                .given(facts(lessons))
                .justifiesWith(words);
        assertThat(words.description()).isEqualTo("ANA teaches LAB lessons 3 timeslots on MON (at most 2 a day)");

        ana.setTagLimits(List.of(new TagLimit("LAB", 3, TagLimit.NO_LIMIT)));
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherTaggedLessons)
                .given(facts(lessons))
                .penalizesBy(0);
    }

    @Test
    void lessonsOfATagInARowBreakAtALessonOfAnotherTagOrLunch() {
        List<Lesson> lessons = new ArrayList<>(singles("CHEM-7A", "LAB", "MON-P1", "MON-P2", "MON-P3", "MON-P5",
                "MON-P6", "TUE-P1", "TUE-P3"));
        lessons.addAll(singles("MATH-7A", "THEORY", "TUE-P2"));
        ana.setTagLimits(List.of(new TagLimit("LAB", TagLimit.NO_LIMIT, 2)));

        // MON P1-P3: one beyond 2 in a row; lunch before P5 starts a new run; TUE's runs are broken by THEORY.
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherTaggedLessons)
                .given(facts(lessons))
                .penalizesBy(1);
        TaggedLessonsJustification words = new TaggedLessonsJustification("ANA", "LAB", List.of(), -1, 1, 2);
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherTaggedLessons)
                .given(facts(lessons))
                .justifiesWith(words);
        assertThat(words.description()).isEqualTo("ANA has 1 timeslots of LAB lessons beyond 2 in a row");

        ana.setTagLimits(List.of(new TagLimit("THEORY", 0, 1)));
        VERIFIER.verifyThat(ScheduleConstraintProvider::teacherTaggedLessons)
                .given(facts(lessons))
                .penalizesBy(1);
    }
}
