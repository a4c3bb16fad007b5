package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.commonplan.report.RuleCheck;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real schools from FET's examples, imported and solved with a step budget: the schedule keeps every hard rule
 * the import mapped (course-spread among them), by the score and by the rule check's own recount.
 */
@EnabledIf("org.commonplan.fetimport.FetExamplesTest#examplesInstalled")
class ImportedSchoolsSolveTest {

    /** Each school, and whether a course of it meets a group more than once a week (course-spread in play). */
    @ParameterizedTest
    @CsvSource({
            // FET keeps its lessons a day apart at 100%: course-spread in play.
            "FET-5-official/Namibia/by-Bobby/set-7-2016/StAndrewsPSY2016T2a.fet, true",
            // Its days apart are all below 100%, which leave course-spread as FET does.
            "FET-5-official/Greece/Didymoteicho/6th-Primary-School.fet, false",
            // Every Hopwood activity is a course of its own: the other mapped rules are what it checks.
            "FET-5-official/United-Kingdom/Hopwood/Hopwood.fet, false"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anImportedSchoolSolvesWithEveryMappedHardRuleKept(String example, boolean spreadInPlay) throws Exception {
        Path file = FetExamplesTest.EXAMPLES.resolve(example);
        FetImporter.Imported imported = FetImporter.importFet(file.getFileName().toString(),
                Files.readAllBytes(file), FetImporter.Options.defaults());
        Map<String, byte[]> csv = imported.files().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(".csv"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        School school = BundleReader.read(csv, imported.schoolName());
        assertThat(school.getSections().stream()
                .anyMatch(section -> section.isCourseSpread() && section.getMeetings() > 1)).isEqualTo(spreadInPlay);

        School solved = SolverTestSupport.solve(school, 20_000);

        assertThat(solved.getScore().hardScore()).as("score %s", solved.getScore()).isZero();
        assertThat(RuleCheck.hardViolations(solved)).isEmpty();
    }
}
