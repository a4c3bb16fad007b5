package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * FET's own timetable of a real school from its examples, made by fet-cl and recounted by CommonPlan's rule check
 * in the imported bundle: where the import maps FET's constraints exactly or asks less, FET's timetable breaks
 * none of the bundle's hard rules. Runs where fet-data and fet-cl are installed.
 */
@EnabledIf("fetInstalled")
class FetTimetableRecountTest {

    /** St Andrew's: 268 lessons, days between at 100%, approximations; FET solves it in well under a second. */
    private static final String SCHOOL = "FET-5-official/Namibia/by-Bobby/set-7-2016/StAndrewsPSY2016T2a.fet";

    @TempDir
    Path dir;

    static boolean fetInstalled() {
        return FetExamplesTest.examplesInstalled() && Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "fet-cl")));
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void fetsTimetableOfARealSchoolBreaksNoHardRuleOfItsBundle() throws Exception {
        Path file = FetExamplesTest.EXAMPLES.resolve(SCHOOL);
        // Fixed seeds: the same timetable every run.
        Process fet = new ProcessBuilder("fet-cl", "--inputfile=" + file, "--outputdir=" + dir.resolve("out"),
                "--timelimitseconds=30", "--htmllevel=0", "--randomseeds10=1", "--randomseeds11=2",
                "--randomseeds12=3", "--randomseeds20=4", "--randomseeds21=5", "--randomseeds22=6")
                .redirectErrorStream(true).redirectOutput(dir.resolve("fet.log").toFile()).start();
        assertThat(fet.waitFor(80, TimeUnit.SECONDS)).as("fet-cl ends").isTrue();
        assertThat(Files.readString(dir.resolve("fet.log"))).contains("Simulation successful");
        Path activities;
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            activities = files.filter(path -> path.getFileName().toString().endsWith("_activities.xml")).findFirst()
                    .orElseThrow();
        }
        FetImporter.Imported imported = FetImporter.importFet(file.getFileName().toString(), Files.readAllBytes(file),
                FetImporter.Options.defaults());

        FetSchedule.Placed placed = FetSchedule.place(imported, FetTimetable.read(
                activities.getFileName().toString(), Files.readAllBytes(activities)));

        assertThat(placed.placed()).isEqualTo(placed.school().getLessons().size()).isEqualTo(268);
        assertThat(placed.misplaced()).isEmpty();
        List<RuleCheck.Violation> broken = RuleCheck.hardViolations(placed.school());
        assertThat(broken).isEmpty();
    }
}
