package org.commonplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.io.jaxb.SolverConfigIO;

import org.commonplan.domain.School;
import org.commonplan.solver.SolverPlan;
import org.commonplan.solver.SolverPlan.Variant;
import org.commonplan.solver.SolverTestSupport;
import org.commonplan.solver.moves.ConflictDirectedRepair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkPlanTest {

    @TempDir
    Path dir;

    private BenchmarkPlan plan(long seconds) {
        return BenchmarkPlan.of(List.of(Path.of("datasets/small-elementary")), seconds, 0, dir);
    }

    private static String xml(SolverConfig config) {
        StringWriter xml = new StringWriter();
        new SolverConfigIO().write(config, xml);
        return xml.toString();
    }

    @Test
    void everyVariantIsTheSolverPlansWithTheBenchmarksSeedAndTimeLimit() {
        BenchmarkPlan plan = plan(7);

        assertThat(plan.variants()).extracting(Variant::benchmarkName)
                .containsExactly("timefold-default", "late-acceptance", "lessons-first", "commonplan",
                        "no-conflict-search");
        assertThat(plan.datasets()).containsExactly(Path.of("datasets/small-elementary"));
        List<SolverBenchmarkConfig> solvers = plan.config().getSolverBenchmarkConfigList();
        assertThat(solvers).extracting(SolverBenchmarkConfig::getName)
                .containsExactlyElementsOf(plan.variants().stream().map(Variant::benchmarkName).toList());
        for (int i = 0; i < solvers.size(); i++) {
            // The seed (0) reaches the phases that keep a random of their own, and the limit their shares of it, as
            // in a solve with a time limit.
            SolverConfig expected = SolverPlan.of(plan.variants().get(i),
                    SolverPlan.RunSettings.of(Duration.ofSeconds(7), 0L)).solverConfig();
            assertThat(xml(solvers.get(i).getSolverConfig())).isEqualTo(xml(expected));
        }
        SolverConfig production = solvers.get(plan.variants().indexOf(Variant.PRODUCTION)).getSolverConfig();
        assertThat(production.getPhaseConfigList()).hasSize(SolverPlan.Phase.values().length);
        // Without its share the conflict-directed search kept a 10 s run to itself on schools it cannot complete.
        assertThat(production.getPhaseConfigList()).filteredOn(CustomPhaseConfig.class::isInstance)
                .map(CustomPhaseConfig.class::cast)
                .filteredOn(phase -> phase.getCustomPhaseCommandClassList().contains(ConflictDirectedRepair.class))
                .singleElement().extracting(CustomPhaseConfig::getCustomProperties)
                .isEqualTo(Map.of("randomSeed", "0", "spentLimitMillis", Long.toString(7000 / 3),
                        "spentLimitMillisWhereItSeesEveryRule", Long.toString(2 * (7000 / 3))));
    }

    @Test
    void benchmarkerSmokeRunWritesItsReport() throws IOException {
        // The wiring (bundle reading, statistics, report) is the same for every variant: one, for half a second.
        PlannerBenchmarkConfig config = plan(1).config();
        SolverBenchmarkConfig production = config.getSolverBenchmarkConfigList().stream()
                .filter(solver -> solver.getName().equals(Variant.PRODUCTION.benchmarkName()))
                .findFirst().orElseThrow();
        production.getSolverConfig().setTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(500L));
        config.setSolverBenchmarkConfigList(List.of(production));
        File results = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark().benchmark();

        assertThat(BenchmarkPlan.reportOf(results)).exists().isFile();
    }

    @Test
    void completionRunRecordsPlacedMeetingsAtEachCheckpoint() throws IOException {
        School school = SolverTestSupport.read("small-elementary");
        CompletionRun run = CompletionRun.run("small-elementary", school, Variant.PRODUCTION, 0,
                List.of(Duration.ofMillis(500), Duration.ofSeconds(1)));

        assertThat(run.placedAt()).hasSize(2);
        assertThat(run.placedAt()).allSatisfy(placed -> assertThat(placed).isBetween(0, run.meetingsRequested()));
        assertThat(run.moveEvaluationSpeed()).isPositive();
        if (run.secondsToComplete() >= 0) {
            assertThat(run.secondsToComplete()).isGreaterThanOrEqualTo(run.secondsToFeasible());
            assertThat(run.finalScore().isFeasible()).isTrue();
        }
    }
}
