package org.commonplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.ObservationChecks;
import org.junit.jupiter.api.Test;

/**
 * On every planted school of datasets/: observations.csv plans every observation the coaching pairs want, each where
 * the leader is free and the coached teacher teaches, and the solver's coaching rule finds nothing missing.
 */
class PlantedObservationsTest {

    @Test
    void plantedSchedulesPlanEveryWantedObservation() throws Exception {
        int schools = 0;
        for (Path bundle : PlantedBundles.bundlesUnder(Path.of("datasets"))) {
            if (!PlantedBundles.isPlanted(bundle)) {
                continue;
            }
            School school = PlantedBundles.readPlanted(bundle);
            CollaborationReport report = CollaborationReport.of(school);
            int wanted = school.getCoachingPairs().stream().mapToInt(pair -> pair.observationsPerWeek()).sum();
            int rows = ObservationChecks.observationsAreWherePeopleAre(school,
                    ScheduleWriter.render(school, report, List.of()));
            assertThat(rows).as(bundle.toString()).isEqualTo(wanted);
            assertThat(ObservationChecks.solverPlansAsTheReport(school)).as(bundle.toString()).isZero();
            schools += rows > 0 ? 1 : 0;
        }
        assertThat(schools).as("planted schools with observations").isGreaterThanOrEqualTo(20);
    }
}
