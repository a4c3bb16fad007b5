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
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.io.jaxb.SolverConfigIO;

import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverTestSupport;
import org.commonplan.solver.moves.ConflictDirectedRepair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkPlanTest {

    private static final Path TEMPLATE = Path.of("benchmarks", "commonplan-benchmark.xml.ftl");

    @TempDir
    Path dir;

    private BenchmarkPlan plan(long seconds) throws IOException {
        return BenchmarkPlan.read(TEMPLATE, Map.of("datasets", List.of("datasets/small-elementary"),
                "seconds", String.valueOf(seconds), "seed", "0", "directory", dir.toString()));
    }

    private static String phasesXml(SolverConfig config) {
        StringWriter xml = new StringWriter();
        new SolverConfigIO().write(new SolverConfig().withPhases(config.getPhaseConfigList()
                .toArray(ai.timefold.solver.core.config.phase.PhaseConfig[]::new)), xml);
        return xml.toString();
    }

    @Test
    void theCommonPlanVariantIsTheProductionSolverConfiguration() throws IOException {
        BenchmarkPlan plan = plan(1);

        assertThat(plan.variants()).extracting(BenchmarkPlan.Variant::name)
                .containsExactly("timefold-default", "late-acceptance", "lessons-first", "commonplan",
                        "no-conflict-search");
        assertThat(plan.datasets()).containsExactly(Path.of("datasets/small-elementary"));
        // The plan's seed (0) reaches the phases that keep a random of their own, as it does in production.
        SolverConfig production = ScheduleSolver.config(null, 0L, null, null);
        assertThat(phasesXml(plan.variants().get(3).solverConfig())).isEqualTo(phasesXml(production));
    }

    @Test
    void theNoConflictSearchVariantIsTheProductionPhasesLessTheConflictDirectedSearch() throws IOException {
        SolverConfig production = ScheduleSolver.config(null, 0L, null, null);
        production.getPhaseConfigList().removeIf(phase -> phase instanceof CustomPhaseConfig custom
                && custom.getCustomPhaseCommandClassList().contains(ConflictDirectedRepair.class));

        SolverConfig variant = plan(1).variants().get(4).solverConfig();

        assertThat(variant.getPhaseConfigList()).hasSize(production.getPhaseConfigList().size());
        assertThat(phasesXml(variant)).isEqualTo(phasesXml(production));
    }

    @Test
    void theLateAcceptanceVariantIsTheProductionPhasesWithLateAcceptanceInsteadOfTabu() throws IOException {
        String production = phasesXml(ScheduleSolver.config(null, null, null, null));
        String lateAcceptance = phasesXml(plan(1).variants().get(1).solverConfig());

        int localSearches = occurrences(production, "<localSearch>");
        assertThat(localSearches).isEqualTo(occurrences(production, "<entityTabuSize>")).isPositive();
        assertThat(lateAcceptance).doesNotContain("<entityTabuSize>", "<pickEarlyType>");
        assertThat(occurrences(lateAcceptance, "<localSearch>")).isEqualTo(localSearches);
        assertThat(occurrences(lateAcceptance, "<lateAcceptanceSize>400</lateAcceptanceSize>")).isEqualTo(localSearches);
        assertThat(occurrences(lateAcceptance, "<acceptedCountLimit>1</acceptedCountLimit>")).isEqualTo(localSearches);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void benchmarkerSmokeRunWritesItsReport() throws IOException {
        File results = PlannerBenchmarkFactory.create(plan(1).config()).buildPlannerBenchmark().benchmark();

        assertThat(BenchmarkPlan.reportOf(results)).exists().isFile();
    }

    @Test
    void completionRunRecordsPlacedMeetingsAtEachCheckpoint() throws IOException {
        School school = SolverTestSupport.read("small-elementary");
        CompletionRun run = CompletionRun.run("small-elementary", school, plan(2).variants().get(3), 0,
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)));

        assertThat(run.placedAt()).hasSize(2);
        assertThat(run.placedAt()).allSatisfy(placed -> assertThat(placed).isBetween(0, run.meetingsRequested()));
        assertThat(run.moveEvaluationSpeed()).isPositive();
        if (run.secondsToComplete() >= 0) {
            assertThat(run.secondsToComplete()).isGreaterThanOrEqualTo(run.secondsToFeasible());
            assertThat(run.finalScore().isFeasible()).isTrue();
        }
    }
}
