package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.School;
import org.commonplan.domain.SectionLink;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/** section_links.csv's MIN_GAP rows and their min_gap column: read, checked and recounted. */
class MinGapLinkTest {

    private static Map<String, byte[]> bundle(String linkRows) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:45,CLASS
                MON,P2,08:50,09:35,CLASS
                MON,P3,09:40,10:25,CLASS
                MON,P4,10:30,11:15,CLASS
                TUE,P1,08:00,08:45,CLASS
                TUE,P2,08:50,09:35,CLASS
                TUE,P3,09:40,10:25,CLASS
                TUE,P4,10:30,11:15,CLASS
                """);
        files.put("settings.csv", "key,value\nmax_teaching_per_day,4\nmin_planning_minutes_per_week,0\n");
        files.put("teachers.csv", "id,name\nana,Ana\nben,Ben\n");
        files.put("rooms.csv", "id,capacity,kind\nR1,30,GENERAL\nR2,30,GENERAL\n");
        files.put("groups.csv", "id,size\n5A,25\n5B,25\n");
        files.put("sections.csv", """
                id,course,teacher,groups,family,meetings,fixed_block,fixed_room,course_spread
                MATH-5A,MATH,ana,5A,SINGLE,2,MON-P1;MON-P3,R1;R1,no
                ART-5B,ART,ben,5B,SINGLE,1,MON-P2,R2,
                """);
        files.put("section_links.csv", "kind,sections,min_gap\n" + linkRows);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    @Test
    void aMinGapLinkIsReadAndItsShortGapsRecounted() throws Exception {
        School school = BundleReader.read(bundle("MIN_GAP,MATH-5A;ART-5B,2\n"), "school");

        SectionLink link = school.getSections().get(0).getLinks().get(0);
        assertThat(link.kind()).isEqualTo(SectionLink.Kind.MIN_GAP);
        assertThat(link.minGap()).isEqualTo(2);
        // P1-P3: 1 between, 1 short; P1-P2 and P2-P3: none between, 2 short each.
        assertThat(RuleCheck.hardViolations(school)).extracting(RuleCheck.Violation::rule, RuleCheck.Violation::units)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("min-gap", 1),
                        org.assertj.core.groups.Tuple.tuple("min-gap", 2),
                        org.assertj.core.groups.Tuple.tuple("min-gap", 2));
        // One section alone keeps its own lessons apart.
        School alone = BundleReader.read(bundle("MIN_GAP,MATH-5A,1\n"), "school");
        assertThat(RuleCheck.hardViolations(alone)).isEmpty();
    }

    @Test
    void aMissingOrMisplacedMinGapNamesLineAndColumn() {
        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(
                bundle("MIN_GAP,MATH-5A;ART-5B,\nSAME_DAY,MATH-5A;ART-5B,1\nMIN_GAP,MATH-5A,0\n"), "school"));

        List<String> problems = error.problems().stream()
                .map(problem -> problem.file() + ":" + problem.line() + ":" + problem.column() + ": "
                        + problem.message())
                .toList();
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("section_links.csv:2:min_gap: ").contains("needs min_gap"))
                .anySatisfy(p -> assertThat(p).startsWith("section_links.csv:3:min_gap: ")
                        .contains("MIN_GAP links only"))
                .anySatisfy(p -> assertThat(p).startsWith("section_links.csv:4:min_gap: ").contains("between 1"));
    }
}
