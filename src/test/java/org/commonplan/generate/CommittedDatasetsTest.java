package org.commonplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.commonplan.domain.School;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every committed dataset reads and validates; every planted one has a schedule that keeps every hard rule. */
class CommittedDatasetsTest {

    private static final Path DATASETS = Path.of("datasets");

    static Stream<Path> committedBundles() throws IOException {
        return PlantedBundles.bundlesUnder(DATASETS).stream();
    }

    static Stream<Path> plantedBundles() throws IOException {
        return PlantedBundles.bundlesUnder(DATASETS).stream().filter(PlantedBundles::isPlanted);
    }

    @ParameterizedTest
    @MethodSource("committedBundles")
    void committedDatasetReadsAndValidates(Path bundle) throws IOException {
        School school = PlantedBundles.read(bundle);

        assertThat(school.getTeachers()).isNotEmpty();
        assertThat(school.getLessons()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("plantedBundles")
    void plantedScheduleKeepsEveryHardRuleAndPlacesEveryMeeting(Path bundle) throws IOException {
        School school = PlantedBundles.readPlanted(bundle);

        assertThat(RuleCheck.hardViolations(school)).as("hard rules broken by the planted schedule of %s", bundle)
                .isEmpty();
        assertThat(school.getMeetings()).isNotEmpty()
                .allSatisfy(meeting -> assertThat(meeting.getBlock()).as(meeting.getId()).isNotNull());
    }

    @Test
    void everyCatalogDatasetIsCommittedAndPlanted() {
        List<DatasetCatalog.Dataset> datasets = DatasetCatalog.datasets();

        assertThat(datasets).allSatisfy(dataset -> {
            Path folder = DATASETS.resolve(dataset.folder());
            assertThat(folder.resolve("bell_schedule.csv")).as(dataset.folder()).isRegularFile();
            assertThat(PlantedBundles.isPlanted(folder)).as(dataset.folder()).isTrue();
        });
        assertThat(datasets.stream().filter(dataset -> dataset.folder().startsWith("district/"))).hasSize(20);
        assertThat(Files.isRegularFile(DATASETS.resolve("small-middle/bell_schedule.csv"))).isTrue();
    }
}
