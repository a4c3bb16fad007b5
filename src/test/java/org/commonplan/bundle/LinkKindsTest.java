package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.commonplan.domain.School;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/** SAME_DAY, SAME_HOUR, GROUPED and SAME_ROOM rows of section_links.csv, read and recounted from locked lessons. */
class LinkKindsTest {

    /** Two classes, a lunch after P2; FR and DE, ART and MUSIC locked to the given blocks, linked by the kind. */
    private static School school(String kind, String frBlock, String deBlock) throws BundleException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("settings.csv", "key,value\nmin_planning_minutes_per_week,0\n");
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:45,CLASS
                MON,P2,08:50,09:35,CLASS
                MON,L,09:35,10:15,LUNCH
                MON,P3,10:15,11:00,CLASS
                TUE,P1,08:00,08:45,CLASS
                TUE,P2,08:50,09:35,CLASS
                TUE,L,09:35,10:15,LUNCH
                TUE,P3,10:15,11:00,CLASS
                """);
        files.put("teachers.csv", "id,name\nana,Ana\nben,Ben\n");
        files.put("rooms.csv", "id,capacity,kind\nR1,30,GENERAL\nR2,30,GENERAL\n");
        files.put("groups.csv", "id,size\n5A,25\n5B,25\n");
        files.put("sections.csv", "id,course,teacher,groups,family,meetings,fixed_block,fixed_room\n"
                + "FR,FR,ana,5A,SINGLE,1," + frBlock + ",R1\n"
                + "DE,DE,ben,5A,SINGLE,1," + deBlock + "," + (kind.equals("SAME_ROOM") ? "R1" : "R2") + "\n"
                + (kind.equals("SAME_ROOM") ? "LAB,LAB,ben,5B,SINGLE,2,MON-P1;TUE-P1,R1;R2\n" : ""));
        files.put("section_links.csv", "kind,sections\n" + kind + ",FR;DE\n"
                + (kind.equals("SAME_ROOM") ? "SAME_ROOM,LAB\n" : ""));
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return BundleReader.read(bytes, "school");
    }

    private static Object[] brokenRules(School school) {
        return RuleCheck.hardViolations(school).stream().map(RuleCheck.Violation::rule).toArray();
    }

    @Test
    void theRecountFindsEachNewLinkBrokenAndKept() throws Exception {
        assertThat(brokenRules(school("SAME_DAY", "MON-P1", "TUE-P2"))).containsExactly("same-day");
        assertThat(brokenRules(school("SAME_DAY", "MON-P1", "MON-P3"))).isEmpty();
        assertThat(brokenRules(school("SAME_HOUR", "MON-P1", "MON-P2"))).containsExactly("same-hour");
        assertThat(brokenRules(school("SAME_HOUR", "MON-P1", "TUE-P1"))).isEmpty();
        // Back to back across lunch, DE first; then a period apart, then on other days.
        assertThat(brokenRules(school("GROUPED", "MON-P3", "MON-P2"))).isEmpty();
        assertThat(brokenRules(school("GROUPED", "MON-P1", "MON-P3"))).containsExactly("grouped");
        assertThat(brokenRules(school("GROUPED", "MON-P2", "TUE-P3"))).containsExactly("grouped");
        // FR and DE in R1; LAB, a link of one section, in R1 and R2.
        assertThat(RuleCheck.hardViolations(school("SAME_ROOM", "MON-P2", "TUE-P3")))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.rule()).isEqualTo("same-room");
                    assertThat(violation.description()).contains("[LAB]");
                });
    }

    @Test
    void anUnknownKindIsRefusedNamingTheNewKinds() {
        BundleException error = org.junit.jupiter.api.Assertions.assertThrows(BundleException.class,
                () -> school("TOGETHER", "MON-P1", "MON-P2"));

        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.file() + ":" + problem.line() + ":" + problem.column())
                    .isEqualTo("section_links.csv:2:kind");
            assertThat(problem.message()).contains("SAME_DAY", "SAME_HOUR", "GROUPED", "SAME_ROOM");
        });
    }
}
