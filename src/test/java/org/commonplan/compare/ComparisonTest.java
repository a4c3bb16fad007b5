package org.commonplan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commonplan.batch.SchoolSolve;
import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.MeetingBound;
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

        // Team chart: 4 teams in base, 3 in fewer; teacher chart: mean and least in each scenario; 2 legend swatches each.
        int bars = html.split("<rect ", -1).length - 1;
        assertThat(bars).isEqualTo(4 + 3 + 2 * 2 + 2 * 2);
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
