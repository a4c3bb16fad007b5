package org.commonplan.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.impl.io.PlannerBenchmarkConfigIO;
import ai.timefold.solver.core.config.solver.SolverConfig;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.commonplan.solver.ScheduleSolver;

/**
 * A Timefold benchmark configuration (a FreeMarker template) read as data: its datasets and its named solver variants, each variant
 * completed with the inherited part, so the same file drives the Benchmarker and the completion table.
 */
public record BenchmarkPlan(PlannerBenchmarkConfig config, List<Path> datasets, List<Variant> variants) {

    /** One solver configuration under comparison. */
    public record Variant(String name, SolverConfig solverConfig) {
    }

    /**
     * Renders the FreeMarker template with the model (datasets, seconds, seed, directory, and {@code production}:
     * the phases of the production solver configuration, so a variant can be it or a change of it), then reads it.
     */
    public static BenchmarkPlan read(Path template, Map<String, Object> model) throws IOException {
        Map<String, Object> filled = new HashMap<>(model);
        filled.putIfAbsent("production", productionPhases());
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        StringWriter xml = new StringWriter();
        try (Reader reader = Files.newBufferedReader(template)) {
            new Template(template.getFileName().toString(), reader, freemarker).process(filled, xml);
        } catch (TemplateException e) {
            throw new IOException("Cannot fill in benchmark template " + template + ": " + e.getMessage(), e);
        }
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfigIO().read(new StringReader(xml.toString()));
        SolverBenchmarkConfig inherited = config.getInheritedSolverBenchmarkConfig();
        List<Path> datasets = new ArrayList<>();
        ProblemBenchmarksConfig problems = inherited == null ? null : inherited.getProblemBenchmarksConfig();
        if (problems != null && problems.getInputSolutionFileList() != null) {
            for (File file : problems.getInputSolutionFileList()) {
                datasets.add(file.toPath());
            }
        }
        Long seed = inherited == null || inherited.getSolverConfig() == null ? null
                : inherited.getSolverConfig().getRandomSeed();
        List<Variant> variants = new ArrayList<>();
        for (SolverBenchmarkConfig solverBenchmark : config.getSolverBenchmarkConfigList()) {
            SolverConfig solverConfig = solverBenchmark.getSolverConfig();
            if (seed != null && solverConfig.getPhaseConfigList() != null) {
                ScheduleSolver.seed(solverConfig, seed); // phases with a random of their own get the run's seed too
            }
            if (inherited != null && inherited.getSolverConfig() != null) {
                solverConfig = new SolverConfig(solverConfig).inherit(inherited.getSolverConfig());
            }
            variants.add(new Variant(solverBenchmark.getName(), solverConfig));
        }
        return new BenchmarkPlan(config, List.copyOf(datasets), List.copyOf(variants));
    }

    /** The phases of the production solver configuration, as XML: its construction and local search elements. */
    static String productionPhases() throws IOException {
        String xml;
        try (InputStream in = BenchmarkPlan.class.getClassLoader().getResourceAsStream(ScheduleSolver.CONFIG_RESOURCE)) {
            if (in == null) {
                throw new IOException("The solver configuration " + ScheduleSolver.CONFIG_RESOURCE + " is missing.");
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = xml.indexOf("<constructionHeuristic>");
        int end = xml.lastIndexOf("</localSearch>");
        if (start < 0 || end < 0) {
            throw new IOException("The solver configuration " + ScheduleSolver.CONFIG_RESOURCE + " has no phases.");
        }
        return xml.substring(start, end + "</localSearch>".length());
    }

    /** The HTML report inside a Benchmarker result folder (it puts each run in a timestamped subfolder). */
    public static File reportOf(File results) throws IOException {
        try (var files = Files.walk(results.toPath())) {
            return files.filter(path -> path.getFileName().toString().equals("index.html"))
                    .map(Path::toFile).findFirst().orElse(new File(results, "index.html"));
        }
    }
}
