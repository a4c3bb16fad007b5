package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/** Building the week from empty, the search takes the hardest lesson left out first, as construction does. */
class HardestFirstTest {

    /** Six lessons of six teachers; pat is free only on Monday's first period, the others all week. */
    @Test
    void theLessonWithTheFewestBlocksGoesFirst() {
        for (long seed = 0; seed < 5; seed++) {
            TestSchool week = TestSchool.sixPeriodDays("MON", "TUE");
            week.room("R1", 30);
            Teacher pat = week.teacherBuilder("pat").unavailable("MON-P2", "MON-P3", "MON-P4", "MON-P5", "MON-P6",
                    "TUE").build();
            List<Lesson> lessons = new ArrayList<>();
            lessons.add(lessonOf(week, "PAT", pat));
            for (int t = 0; t < 5; t++) {
                lessons.add(lessonOf(week, "T" + t, week.teacher("t" + t)));
            }
            ConflictDirectedSearch search = new ConflictDirectedSearch(
                    WorkingSolutions.school(week, lessons, List.of(), List.of()), new Random(seed));
            search.takeHardestFirst();

            search.run(() -> false, 1, 1);
            Map<Object, ConflictDirectedSearch.Place> placed = search.placedInBest();

            assertThat(placed.keySet()).as("seed %d", seed).containsExactly(lessons.get(0));
            assertThat(placed.get(lessons.get(0)).block().getId()).isEqualTo("MON-P1");
        }
    }

    private static Lesson lessonOf(TestSchool week, String id, Teacher teacher) {
        return week.lesson(week.section(id, teacher, week.group("G-" + id, 20)).family(BlockFamily.SINGLE).build(),
                null, null);
    }
}
