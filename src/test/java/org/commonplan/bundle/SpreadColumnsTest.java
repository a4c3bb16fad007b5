package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/**
 * The sections.csv columns that say how far apart a section's lessons are wanted (min_days_between_soft) and
 * whether the default spread rules count it (course_spread), and teachers.csv's min_days_per_week: read, checked
 * and recounted.
 */
class SpreadColumnsTest {

    private static Map<String, byte[]> bundle(String mathRow) {
        return bundle(mathRow, "");
    }

    private static Map<String, byte[]> bundle(String mathRow, String anaMinDays) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:45,CLASS
                MON,P2,08:50,09:35,CLASS
                TUE,P1,08:00,08:45,CLASS
                TUE,P2,08:50,09:35,CLASS
                WED,P1,08:00,08:45,CLASS
                WED,P2,08:50,09:35,CLASS
                """);
        files.put("settings.csv", "key,value\nmax_teaching_per_day,2\nmin_planning_minutes_per_week,0\n");
        files.put("teachers.csv", "id,name,min_days_per_week\nana,Ana," + anaMinDays + "\n");
        files.put("rooms.csv", "id,capacity,kind\nR1,30,GENERAL\n");
        files.put("groups.csv", "id,size\n5A,25\n");
        files.put("sections.csv", "id,course,teacher,groups,family,meetings,fixed_block,fixed_room,"
                + "min_days_between_soft,course_spread\n" + mathRow + "\n");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    @Test
    void aSectionOutOfTheDefaultSpreadMeetsTwiceOnADayWithoutBreakingAHardRule() throws Exception {
        School spread = BundleReader.read(bundle("MATH-5A,MATH,ana,5A,SINGLE,2,MON-P1;MON-P2,R1,,"), "school");
        School wanted = BundleReader.read(bundle("MATH-5A,MATH,ana,5A,SINGLE,2,MON-P1;MON-P2,R1,2,no"), "school");

        assertThat(RuleCheck.hardViolations(spread)).extracting(RuleCheck.Violation::rule)
                .containsExactly("course-spread");
        Section math = wanted.getSections().get(0);
        assertThat(math.getMinDaysBetweenSoft()).isEqualTo(2);
        assertThat(math.isCourseSpread()).isFalse();
        assertThat(RuleCheck.hardViolations(wanted)).isEmpty();
    }

    @Test
    void mistakesInTheSpreadColumnsNameLineAndColumn() {
        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(bundle("MATH-5A,MATH,ana,5A,SINGLE,2,,,3,maybe"), "school"));

        List<String> problems = error.problems().stream()
                .map(problem -> problem.file() + ":" + problem.line() + ":" + problem.column() + ": "
                        + problem.message())
                .toList();
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("sections.csv:2:min_days_between_soft: ").contains("2"))
                .anySatisfy(p -> assertThat(p).startsWith("sections.csv:2:course_spread: ")
                        .contains("not yes or no"));
    }

    @Test
    void aTeachersMinimumDaysAreReadCheckedAndRecounted() throws Exception {
        School twoDays = BundleReader.read(bundle("MATH-5A,MATH,ana,5A,SINGLE,2,MON-P1;TUE-P1,R1,,", "3"), "school");

        assertThat(twoDays.getTeachers().get(0).getMinDaysPerWeek()).isEqualTo(3);
        assertThat(RuleCheck.hardViolations(twoDays)).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("teacher-min-days");
            assertThat(violation.units()).isEqualTo(1);
        });
        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(bundle("MATH-5A,MATH,ana,5A,SINGLE,2,,,,", "4"), "school"));
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.file() + ":" + problem.line() + ":" + problem.column())
                    .isEqualTo("teachers.csv:2:min_days_per_week");
            assertThat(problem.message()).contains("between 1 and 3");
        });
    }
}
