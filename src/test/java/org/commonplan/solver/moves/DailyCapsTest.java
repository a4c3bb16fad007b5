package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/**
 * A teacher's limit on lessons a day or in a row that no day can exceed is no cap for the search to weigh: each cap
 * costs every place it weighs a pass over the teacher's lessons.
 */
class DailyCapsTest {

    /** Six CLASS periods a day. */
    private final TestSchool school = TestSchool.sixPeriodDays("MON", "TUE");

    private ActivityModel modelOf(Teacher teacher) {
        Lesson lesson = school.lesson(school.section("S", teacher, school.group("5A", 20))
                .family(BlockFamily.SINGLE).build(), null, null);
        return ActivityModel.of(WorkingSolutions.school(school, List.of(lesson), List.of(), List.of()));
    }

    /** The lesson's first resource is its teacher. */
    private static ActivityModel.DailyCap[] capsOfTheTeacher(ActivityModel model) {
        return model.dailyCaps(model.resourcesOf(0)[0]);
    }

    @Test
    void aDailyLimitOfTheDaysPeriodsIsNoCap() {
        Teacher pat = school.teacherBuilder("pat").maxTeachingPerDay(6).build();

        assertThat(capsOfTheTeacher(modelOf(pat))).isEmpty();
    }

    @Test
    void aDailyLimitBelowTheDaysPeriodsIsACap() {
        Teacher pat = school.teacherBuilder("pat").maxTeachingPerDay(5).build();

        assertThat(capsOfTheTeacher(modelOf(pat))).singleElement()
                .satisfies(cap -> assertThat(cap.maxPerDay()).isEqualTo(5));
    }

    @Test
    void aTagLimitOfTheDaysPeriodsIsNoCapButOneBelowThemIs() {
        Teacher pat = school.teacherBuilder("pat").maxTeachingPerDay(6).build();
        Lesson core = school.lesson(school.section("CORE-5A", pat, school.group("5A", 20))
                .family(BlockFamily.SINGLE).build(), null, null);
        core.getSection().setTags(List.of("CORE"));
        ActivityModel.DailyCap[] caps;

        pat.setTagLimits(List.of(new TagLimit("CORE", 6, 6)));
        caps = capsOfTheTeacher(ActivityModel.of(WorkingSolutions.school(school, List.of(core), List.of(), List.of())));
        assertThat(caps).isEmpty();

        pat.setTagLimits(List.of(new TagLimit("CORE", 6, 2)));
        caps = capsOfTheTeacher(ActivityModel.of(WorkingSolutions.school(school, List.of(core), List.of(), List.of())));
        assertThat(caps).singleElement().satisfies(cap -> {
            assertThat(cap.maxPerDay()).isNegative();
            assertThat(cap.maxInARow()).isEqualTo(2);
        });
    }
}
