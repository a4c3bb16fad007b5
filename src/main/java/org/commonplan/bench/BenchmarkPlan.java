package org.commonplan.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.commonplan.solver.SolverPlan;
import org.commonplan.solver.SolverPlan.Variant;

/**
 * A Timefold benchmark of every solver variant ({@link SolverPlan.Variant}) over a list of datasets, so that the
 * Benchmarker and the completion table measure the same configurations as production builds.
 */
public record BenchmarkPlan(PlannerBenchmarkConfig config, List<Path> datasets, List<Variant> variants) {

    /**
     * The Benchmarker's configuration: each variant for {@code seconds} of solver time on each dataset, with the
     * run's seed. The time limit only ends the run: the repairs and the conflict-directed search end by their own
     * rules, without the third of it that {@code solve} gives each, as every figure in benchmarks/RESULTS.md was
     * measured.
     */
    public static BenchmarkPlan of(List<Path> datasets, long seconds, long seed, Path directory) {
        ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig()
                .withSolutionFileIOClass(BundleSolutionFileIO.class)
                .withWriteOutputSolutionEnabled(false)
                .withInputSolutionFileList(datasets.stream().map(Path::toFile).toList())
                .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.MOVE_EVALUATION_SPEED);
        List<Variant> variants = Arrays.asList(Variant.values());
        List<SolverBenchmarkConfig> solvers = variants.stream()
                .map(variant -> new SolverBenchmarkConfig().withName(variant.benchmarkName())
                        .withSolverConfig(solverConfig(variant, seed, Duration.ofSeconds(seconds))))
                .toList();
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withBenchmarkDirectory(directory.toFile())
                .withParallelBenchmarkCount("1")
                .withInheritedSolverBenchmarkConfig(new SolverBenchmarkConfig().withProblemBenchmarksConfig(problems))
                .withSolverBenchmarkConfigList(solvers);
        return new BenchmarkPlan(config, List.copyOf(datasets), List.copyOf(variants));
    }

    /**
     * A variant with the run's seed and time limit, as {@code solve --time-limit} runs it: the conflict-directed
     * search and the repairs each end by their share of the limit. Without the limit they had no share, and on a
     * school neither tool completes the search kept a 10 s run to itself.
     */
    public static SolverConfig solverConfig(Variant variant, long seed, Duration timeLimit) {
        return SolverPlan.of(variant, SolverPlan.RunSettings.of(timeLimit, seed)).solverConfig();
    }

    /** The HTML report inside a Benchmarker result folder (it puts each run in a timestamped subfolder). */
    public static File reportOf(File results) throws IOException {
        try (var files = Files.walk(results.toPath())) {
            return files.filter(path -> path.getFileName().toString().equals("index.html"))
                    .map(Path::toFile).findFirst().orElse(new File(results, "index.html"));
        }
    }
}
