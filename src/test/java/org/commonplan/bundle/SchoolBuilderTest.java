package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ranges of a school's numbers, checked with the file, line and column of each value out of range. */
class SchoolBuilderTest {

    private static List<String> problems(Map<String, byte[]> files) {
        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(files, "school"));
        return error.problems().stream().map(BundleProblem::toString).toList();
    }

    private static void put(Map<String, byte[]> files, String file, String text) {
        files.put(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void groupsWhoseSizesAddUpPastTheIntRangeDoNotMakeASectionFitAnyRoom() throws Exception {
        Map<String, byte[]> files = TestBundles.filesOf("small-elementary");
        put(files, "groups.csv", "id,size,grade\nKA,1500000000,K\nKB,1500000000,K\nKC,5000,K\nKD,5001,K\n"
                + "1A,20,1\n1B,20,1\n1C,20,1\n2A,20,2\n2B,20,2\n2C,20,2\n");
        put(files, "sections.csv", "id,course,subject,teacher,groups,room_kind\n"
                + "ALL-K,ASSEMBLY,assembly,rivera,KA;KB,GENERAL\n"
                + "BIG-K,ASSEMBLY,assembly,rivera,KC;KD,GENERAL\n");

        assertThat(problems(files)).containsExactly(
                "groups.csv line 2, column size: size 1500000000 is out of range: it must be between 1 and 10,000",
                "groups.csv line 3, column size: size 1500000000 is out of range: it must be between 1 and 10,000",
                "sections.csv line 3, column groups: the groups' sizes add up to 10,001 students, more than the"
                        + " limit of 10,000 in a section; give the section's enrollment");
    }

    @Test
    void numbersOutOfTheirRangeSayTheRange() throws Exception {
        Map<String, byte[]> files = TestBundles.filesOf("small-elementary");
        put(files, "settings.csv", "key,value\ndefault_salary,9223372036854775807\n"
                + "weight.room-spread,0hard/0medium/9000000000000soft\n");
        put(files, "rooms.csv", "id,capacity,kind\nR1,1000000000000,GENERAL\nR2,99999999999999999999,GENERAL\n"
                + "R3,1e12,GENERAL\n");
        put(files, "teachers.csv", "id,salary\nrivera,9223372036854775807\n");
        put(files, "sections.csv", "id,course,teacher,enrollment\nS1,C1,rivera,3000000000\n");
        put(files, "teams.csv", "id,kind,members,priority\nT1,GRADE,rivera,2147483647\n");
        put(files, "coaching.csv", "leader,teacher,observations_per_week\n");
        put(files, "course_conflicts.csv", "course_a,course_b,students\nC1,C2,2000000000\n");

        assertThat(problems(files)).containsExactly(
                "settings.csv line 2, column value: default_salary 9223372036854775807 is out of range: it must be"
                        + " between 0 and 1,000,000,000",
                "settings.csv line 3, column value: weight \"0hard/0medium/9000000000000soft\" is out of range:"
                        + " each level must be between 0 and 1,000,000",
                "teachers.csv line 2, column salary: salary 9223372036854775807 is out of range: it must be between"
                        + " 0 and 1,000,000,000",
                "rooms.csv line 2, column capacity: capacity 1000000000000 is out of range: it must be between 1"
                        + " and 10,000",
                "rooms.csv line 3, column capacity: capacity 99999999999999999999 is out of range: it must be"
                        + " between 1 and 10,000",
                "rooms.csv line 4, column capacity: capacity \"1e12\" is not a whole number",
                "sections.csv line 2, column enrollment: enrollment 3000000000 is out of range: it must be between 0"
                        + " and 10,000",
                "teams.csv line 2, column priority: priority 2147483647 is out of range: it must be between 1 and"
                        + " 1,000",
                "course_conflicts.csv line 2, column course_b: course \"C2\" is not a course in sections.csv",
                "course_conflicts.csv line 2, column students: students 2000000000 is out of range: it must be"
                        + " between 1 and 10,000");
    }
}
