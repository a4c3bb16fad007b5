package org.commonplan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commonplan.batch.SchoolSolve;
import org.commonplan.bound.MeetingBound;
import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.report.CollaborationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison's figures, diff and files, on unsolved schools (nothing here needs a schedule). */
class ComparisonTest {

    @TempDir
    Path dir;

    private static Comparison.Scenario scenario(String name, Path bundle) throws IOException {
        try {
            School school = BundleReader.read(bundle);
            return new Comparison.Scenario(name, new SchoolSolve.Solved(school, CollaborationReport.of(school),
                    List.of(), MeetingBound.of(school), 0));
        } catch (BundleException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A scenario whose lessons and meetings all sit in their first allowed block (and room), as if solved. */
    private static Comparison.Scenario placed(String name, Path bundle) throws IOException {
        Comparison.Scenario scenario = scenario(name, bundle);
        School school = scenario.solved().school();
        for (Lesson lesson : school.getLessons()) {
            lesson.setBlock(lesson.getSection().getAllowedBlocks().get(0));
            lesson.setRoom(lesson.getSection().getSuitableRooms().get(0));
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            meeting.setBlock(meeting.getTeam().getAllowedBlocks().get(meeting.getNumber() - 1));
        }
        return new Comparison.Scenario(name, new SchoolSolve.Solved(school, CollaborationReport.of(school),
                List.of(), MeetingBound.of(school), 0));
    }

    @Test
    void figuresPerTeacherCoverAllTeachingStaffAndTeachingLoadSaysWhoseItIs() throws IOException {
        Path base = TestBundles.copyOf("small-elementary", dir, "base");
        Path noSpecials = TestBundles.copyOf("small-elementary", dir, "no-specials");
        Path teams = noSpecials.resolve("teams.csv");
        Files.writeString(teams, Files.readString(teams).replaceAll("(?m)^SPECIALS,.*\n", ""));

        Comparison comparison = Comparison.of(List.of(placed("base", base), placed("no-specials", noSpecials)));

        // 9 homeroom teachers, 4 specialists and the coach; the 4 specialists are on no team without SPECIALS.
        assertThat(comparison.metric("teaching_staff").values()).containsExactly(14, 14);
        assertThat(comparison.metric("teachers_on_teams").values()).containsExactly(14, 10);
        assertThat(comparison.metric("staff_on_no_team").values()).containsExactly(0, 4);
        for (int s = 0; s < 2; s++) {
            double allStaff = (double) comparison.metric("mean_collab_minutes_all_staff").values().get(s);
            double onTeams = (double) comparison.metric("mean_collab_minutes").values().get(s);
            int members = (int) comparison.metric("teachers_on_teams").values().get(s);
            assertThat(allStaff * 14).isCloseTo(onTeams * members, org.assertj.core.data.Offset.offset(0.1));
        }
        assertThat(comparison.metric("min_collab_minutes_all_staff").values().get(1)).isEqualTo(0);
        // The homeroom teachers teach no section: the load is the 4 specialists' and the coach's, and says so.
        assertThat(comparison.metric("staff_teaching_lessons").values()).containsExactly(5, 5);
        assertThat(comparison.metric("mean_teaching_minutes").label()).isEqualTo("Teaching load: mean minutes of "
                + "lessons a week of the staff who teach lessons (homeroom time not counted)");
        assertThat(ComparisonWriter.markdown(comparison)).contains("Teaching staff on no team",
                "mean over all teaching staff");
    }

    @Test
    void aBellScheduleWithAnotherPeriodIsNamedAsTheChange() throws IOException {
        Path base = TestBundles.copyOf("small-middle", dir, "seven");
        Path eight = TestBundles.copyOf("small-middle", dir, "eight");
        StringBuilder bell = new StringBuilder(Files.readString(eight.resolve("bell_schedule.csv")));
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI")) {
            bell.append(day).append(",P8,15:30,16:20,CLASS\n");
        }
        Files.writeString(eight.resolve("bell_schedule.csv"), bell);

        Comparison comparison = Comparison.of(List.of(scenario("seven", base), scenario("eight", eight)));

        assertThat(comparison.changes().get(0)).isEmpty();
        assertThat(comparison.changes().get(1)).extracting(ScenarioDiff.Change::text)
                .contains("CLASS periods a day 7 → 8", "periods added: P8");
        assertThat(comparison.metric("class_periods_per_day").values()).containsExactly(7, 8);
        assertThat(comparison.teams()).extracting(Comparison.TeamRow::id)
                .containsExactly("G6", "G7", "G8", "MATH-PLC");
    }

    @Test
    void textFromTheBundleIsEscapedInEveryFormat() throws IOException {
        Path base = TestBundles.copyOf("small-elementary", dir, "base");
        Path other = TestBundles.copyOf("small-elementary", dir, "other");
        Path teams = other.resolve("teams.csv");
        Files.writeString(teams, Files.readString(teams).replace("GK,Kindergarten team,",
                "GK,\"<script>alert('x')</script> | K & \"\"co\"\"\",").replace(
                        "\nSPECIALS,Specials team,", "\n=EVIL,=HYPERLINK(\"\"x\"\"),"));

        Comparison comparison = Comparison.of(List.of(scenario("base", base), scenario("other", other)));
        String html = ComparisonWriter.html(comparison);
        String markdown = ComparisonWriter.markdown(comparison);
        String csv = ComparisonWriter.csv(comparison);

        assertThat(html).doesNotContain("<script", "http://").contains("&lt;script&gt;alert(&#39;x&#39;)",
                "&amp; &quot;co&quot;");
        assertThat(markdown).contains("\\<script\\>", "\\| K \\& \"co\"");
        assertThat(csv).contains("team scheduled minutes,'=EVIL,").doesNotContain(",=EVIL");
        assertThat(comparison.changes().get(1)).extracting(ScenarioDiff.Change::text)
                .contains("teams added: =EVIL", "teams removed: SPECIALS");
    }

    @Test
    void aScenarioNameIsASpreadsheetSafeColumnHeader() throws IOException {
        Path base = TestBundles.copyOf("small-elementary", dir, "base");

        String csv = ComparisonWriter.csv(Comparison.of(List.of(scenario("base", base),
                scenario("=HYPERLINK(\"http://x\")", base), scenario("@SUM(A1)", base))));

        assertThat(csv.lines().findFirst()).hasValue("section,metric,base,\"'=HYPERLINK(\"\"http://x\"\")\","
                + "'@SUM(A1)");
    }

    @Test
    void theChartHasABarForEveryTeamInEveryScenarioThatHasIt() throws IOException {
        Path base = TestBundles.copyOf("small-elementary", dir, "base");
        Path fewer = TestBundles.copyOf("small-elementary", dir, "fewer");
        Path teams = fewer.resolve("teams.csv");
        Files.writeString(teams, Files.readAllLines(teams).stream().filter(line -> !line.startsWith("SPECIALS"))
                .reduce("", (a, b) -> a + b + "\n"));

        String html = ComparisonWriter.html(Comparison.of(List.of(scenario("base", base), scenario("fewer", fewer))));

        // Team chart: 4 teams in base, 3 in fewer; teacher chart: the mean over all staff and over teams and the
        // least in each scenario; 2 legend swatches each.
        int bars = html.split("<rect ", -1).length - 1;
        assertThat(bars).isEqualTo(4 + 3 + 3 * 2 + 2 * 2);
        assertThat(html).contains("SPECIALS — fewer: no such team");
    }

    @Test
    void scenarioFoldersAreExpandedAndNamesKeptUnique() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        Path a = TestBundles.copyOf("small-elementary", scenarios, "a-baseline");
        Path b = TestBundles.copyOf("small-elementary", scenarios, "b-two-leaders");
        Files.createDirectories(scenarios.resolve("notes"));
        Path again = TestBundles.copyOf("small-elementary", dir.resolve("elsewhere"), "a-baseline");

        Map<String, Path> found = ScenarioFinder.scenarios(List.of(scenarios, again));

        assertThat(found.keySet()).containsExactly("a-baseline", "b-two-leaders", "a-baseline-2");
        assertThat(found.values()).containsExactly(a, b, again);
    }

    @Test
    void theStatusQuoIsTheBaselineUnlessAnotherIsNamed() {
        Map<String, Path> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("ab-block", Path.of("ab-block"));
        scenarios.put("status-quo", Path.of("status-quo"));
        scenarios.put("two-leaders", Path.of("two-leaders"));

        assertThat(ScenarioFinder.baselineFirst(scenarios, null).keySet())
                .containsExactly("status-quo", "ab-block", "two-leaders");
        assertThat(ScenarioFinder.baselineFirst(scenarios, "two-leaders").keySet())
                .containsExactly("two-leaders", "ab-block", "status-quo");
        assertThat(ScenarioFinder.baselineFirst(Map.of("x", Path.of("x")), null).keySet()).containsExactly("x");
        assertThat(ScenarioFinder.baselineFirst(scenarios, "nope")).isNull();
    }
}
