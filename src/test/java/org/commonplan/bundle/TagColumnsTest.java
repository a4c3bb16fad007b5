package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.School;
import org.commonplan.domain.TagLimit;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/** sections.csv's tags and teachers.csv's limits on tagged lessons: read, checked and recounted. */
class TagColumnsTest {

    /** Ana teaches LAB-tagged Chemistry at MON P1-P3 and untagged Math at MON P4. */
    private static Map<String, byte[]> bundle(String perDay, String inARow, String chemTags) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:45,CLASS
                MON,P2,08:50,09:35,CLASS
                MON,P3,09:40,10:25,CLASS
                MON,P4,10:30,11:15,CLASS
                TUE,P1,08:00,08:45,CLASS
                """);
        files.put("settings.csv", "key,value\nmin_planning_minutes_per_week,0\nmax_teaching_per_day,4\n"
                + "max_consecutive_teaching,4\n");
        files.put("teachers.csv", "id,max_tagged_per_day,max_tagged_in_a_row\nana," + perDay + "," + inARow + "\n");
        files.put("rooms.csv", "id,capacity\nR1,30\n");
        files.put("sections.csv", "id,course,teacher,family,meetings,fixed_block,fixed_room,course_spread,tags\n"
                + "CHEM,CHEM,ana,SINGLE,3,MON-P1;MON-P2;MON-P3,R1,no," + chemTags + "\n"
                + "MATH,MATH,ana,SINGLE,1,MON-P4,R1,no,\n");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    @Test
    void tagLimitsAreReadAndRecountedOnlyForLessonsOfTheirTag() throws Exception {
        School school = BundleReader.read(bundle("LAB:2;ART:0", "LAB:2", "LAB;SCIENCE"), "school");

        assertThat(school.getSections().get(0).getTags()).containsExactly("LAB", "SCIENCE");
        assertThat(school.getTeachers().get(0).getTagLimits())
                .containsExactly(new TagLimit("LAB", 2, 2), new TagLimit("ART", 0, -1));
        assertThat(RuleCheck.hardViolations(school)).extracting(violation -> violation.rule() + " "
                + violation.units() + ": " + violation.description()).containsExactlyInAnyOrder(
                "teacher-tagged-lessons 1: ana teaches LAB lessons 3 timeslots on MON",
                "teacher-tagged-lessons 1: ana teaches LAB lessons more than 2 in a row on MON");
    }

    @Test
    void badTagsAndLimitsNameFileLineAndColumn() {
        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.read(bundle("LAB;ART:x", "LAB:0;LAB:3;LAB:4", "LAB A"), "school"));

        assertThat(error.problems().stream().map(problem -> problem.file() + ":" + problem.line() + ":"
                + problem.column() + ": " + problem.message()).toList())
                .anySatisfy(p -> assertThat(p).startsWith("teachers.csv:2:max_tagged_per_day: ")
                        .contains("\"LAB\" is not TAG:TIMESLOTS"))
                .anySatisfy(p -> assertThat(p).startsWith("teachers.csv:2:max_tagged_per_day: ")
                        .contains("not a whole number"))
                .anySatisfy(p -> assertThat(p).startsWith("teachers.csv:2:max_tagged_in_a_row: ")
                        .contains("between 1 and 100"))
                .anySatisfy(p -> assertThat(p).startsWith("teachers.csv:2:max_tagged_in_a_row: ")
                        .contains("listed twice"))
                .anySatisfy(p -> assertThat(p).startsWith("sections.csv:2:tags: ").contains("LAB A"));
    }
}
