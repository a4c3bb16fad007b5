package org.commonplan.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;

import org.commonplan.bench.BenchmarkPlan;
import org.commonplan.bench.CompletionRun;
import org.commonplan.domain.School;
import org.commonplan.solver.SolverPlan.Variant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the solver on the bundled datasets.",
                "Solver variants: timefold-default, late-acceptance, lessons-first, commonplan (production), "
                        + "no-conflict-search.",
                "Without --table: runs the Timefold Benchmarker on every variant and writes its HTML report "
                        + "(BEST_SCORE and MOVE_EVALUATION_SPEED statistics) under target/benchmarks/.",
                "With --table: solves every dataset with every solver variant (or those named) and prints a "
                        + "Markdown table: seconds to feasible and to complete (0 hard, every meeting placed; "
                        + "hundredths under a second), meetings placed at each checkpoint, move evaluation speed."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--datasets", split = ",", paramLabel = "BUNDLE",
            defaultValue = "datasets/small-middle,datasets/small-elementary",
            description = "Bundles to solve (default: ${DEFAULT-VALUE}).")
    List<Path> datasets;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "Solver seconds per dataset and variant for the Benchmarker (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/benchmarks",
            description = "Where the Benchmarker writes its report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--table", description = "Print the completion table instead of running the Benchmarker.")
    boolean table;

    @Option(names = "--checkpoints", split = ",", paramLabel = "DURATION", defaultValue = "10s,30s,60s",
            description = "Solver times at which to count placed meetings; the last is the time limit "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Duration> checkpoints;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed (default: 0).")
    long seed;

    @Option(names = "--variants", split = ",", paramLabel = "NAME",
            description = "With --table: only these solver variants (default: all).")
    List<String> variants;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "5",
            description = "With --table: solver seconds of a discarded first run, so the JVM is warm (default: "
                    + "${DEFAULT-VALUE}; 0 for none).")
    long warmUpSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        for (String name : variants == null ? List.<String>of() : variants) {
            if (Variant.named(name).isEmpty()) {
                spec.commandLine().getErr().println("--variants: there is no solver variant '" + name + "'; the "
                        + "variants are " + Arrays.stream(Variant.values()).map(Variant::benchmarkName)
                                .collect(Collectors.joining(", ")) + ".");
                return CommonPlanCommand.EXIT_INVALID_INPUT;
            }
        }
        long limitSeconds = table ? checkpoints.get(checkpoints.size() - 1).toSeconds() : seconds;
        BenchmarkPlan plan = BenchmarkPlan.of(datasets, limitSeconds, seed, out);
        if (!table) {
            File results = PlannerBenchmarkFactory.create(plan.config()).buildPlannerBenchmark().benchmark();
            stdout.println("Benchmark report: " + BenchmarkPlan.reportOf(results));
            return CommonPlanCommand.EXIT_OK;
        }
        stdout.println("| dataset | variant | meetings | to feasible (s) | to complete (s) | "
                + checkpoints.stream().map(c -> "placed @" + c.toSeconds() + "s").collect(Collectors.joining(" | "))
                + " | final score | moves/s |");
        stdout.println("|---|---|---|---|---|" + "---|".repeat(checkpoints.size()) + "---|---|");
        List<Variant> measured = plan.variants().stream()
                .filter(variant -> variants == null || variants.contains(variant.benchmarkName())).toList();
        warmUp(plan.datasets(), measured);
        for (Path dataset : plan.datasets()) {
            for (Variant variant : measured) {
                School school = ValidateCommand.read(dataset, spec.commandLine().getErr());
                if (school == null) {
                    return CommonPlanCommand.EXIT_INVALID_INPUT;
                }
                CompletionRun run = CompletionRun.run(dataset.getFileName().toString(), school, variant, seed,
                        checkpoints);
                stdout.printf("| %s | %s | %d | %s | %s | %s | %s | %,d |%n", run.dataset(), run.variant(),
                        run.meetingsRequested(), seconds(run.secondsToFeasible()), seconds(run.secondsToComplete()),
                        run.placedAt().stream().map(String::valueOf).collect(Collectors.joining(" | ")),
                        run.finalScore(), run.moveEvaluationSpeed());
                stdout.flush();
            }
        }
        return CommonPlanCommand.EXIT_OK;
    }

    /**
     * A discarded run of the first measured variant on the first dataset, so that the first row is not measured on
     * a cold JVM (just-in-time compilation roughly halves the move speed of the first seconds).
     */
    private void warmUp(List<Path> datasets, List<Variant> measured) throws IOException {
        if (warmUpSeconds <= 0 || datasets.isEmpty() || measured.isEmpty()) {
            return;
        }
        School school = ValidateCommand.read(datasets.get(0), spec.commandLine().getErr());
        if (school != null) {
            CompletionRun.run("warm-up", school, measured.get(0), seed, List.of(Duration.ofSeconds(warmUpSeconds)));
        }
    }

    /** Hundredths under a second, where a tenth would hide a ratio to a peer that takes 0.05 s. */
    private static String seconds(double value) {
        return value < 0 ? "never" : String.format(value < 1 ? "%.2f" : "%.1f", value);
    }
}
