package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.IntervalDays;
import org.commonplan.domain.School;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/** teachers.csv's interval_max_days: read, checked and recounted. */
class IntervalDaysColumnTest {

    private static Map<String, byte[]> bundle(String intervals) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:45,CLASS
                MON,P2,08:50,09:35,CLASS
                MON,P3,09:40,10:25,CLASS
                TUE,P1,08:00,08:45,CLASS
                TUE,P2,08:50,09:35,CLASS
                TUE,P3,09:40,10:25,CLASS
                WED,P1,08:00,08:45,CLASS
                WED,P2,08:50,09:35,CLASS
                WED,P3,09:40,10:25,CLASS
                """);
        files.put("settings.csv", "key,value\nmax_teaching_per_day,3\nmin_planning_minutes_per_week,0\n");
        files.put("teachers.csv", "id,name,interval_max_days\nana,Ana," + intervals + "\n");
        files.put("rooms.csv", "id,capacity,kind\nR1,30,GENERAL\n");
        files.put("groups.csv", "id,size\n5A,25\n");
        files.put("sections.csv", """
                id,course,teacher,groups,family,meetings,fixed_block,fixed_room
                MATH-5A,MATH,ana,5A,SINGLE,3,MON-P3;TUE-P2;WED-P3,R1;R1;R1
                """);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    @Test
    void aTeachersIntervalLimitsAreReadAndRecounted() throws Exception {
        School school = BundleReader.read(bundle("P2..P3:1;P3..P3:2"), "school");

        List<IntervalDays> limits = school.getTeachers().get(0).getIntervalDays();
        assertThat(limits).extracting(IntervalDays::toString).containsExactly("P2..P3:1", "P3..P3:2");
        assertThat(limits.get(0).slots().size()).isEqualTo(6);
        // P2-P3 on MON, TUE and WED: 2 days beyond 1; P3 on MON and WED: within 2.
        assertThat(RuleCheck.hardViolations(school)).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("teacher-interval-days");
            assertThat(violation.units()).isEqualTo(2);
        });
        assertThat(RuleCheck.hardViolations(BundleReader.read(bundle("P2..P3:3"), "school"))).isEmpty();
    }

    @Test
    void aBadIntervalNamesLineAndColumn() {
        for (String[] bad : new String[][] {{"P2-P3:1", "is not FROM..TO:DAYS"}, {"P2..P9:1", "\"P9\" is not in"},
                {"P3..P1:1", "P3 comes after P1"}, {"P1..P2:x", "is not a whole number"}}) {
            BundleException error = assertThrows(BundleException.class,
                    () -> BundleReader.read(bundle(bad[0]), "school"));
            assertThat(error.problems()).anySatisfy(problem -> {
                assertThat(problem.file() + ":" + problem.line() + ":" + problem.column())
                        .isEqualTo("teachers.csv:2:interval_max_days");
                assertThat(problem.message()).contains(bad[1]);
            });
        }
    }
}
