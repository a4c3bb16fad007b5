package org.commonplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.commonplan.batch.BundleFinder;
import org.commonplan.batch.SchoolSolve;
import org.commonplan.output.OutputFolder;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.compare.Comparison;
import org.commonplan.compare.ComparisonWriter;
import org.commonplan.compare.ScenarioFinder;
import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Solves staffing models (scenario bundles: bell schedules, teacher-leaders and release, team "
                + "structures) and writes them side by side to comparison.md, comparison.csv and comparison.html "
                + "(one self-contained page with charts), with each scenario's schedule in DIR/<scenario>/.",
                "One scenario is the baseline (--baseline; default: one named status-quo, baseline or current, else the "
                + "first): the comparison lists what every other one changes from it.",
                "Exit: 0 done; 3 done but some scenario infeasible; 2 some scenario invalid (nothing written); "
                + "1 unexpected failure."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario bundles, or a folder whose "
            + "subfolders are scenario bundles (e.g. datasets/<school>/scenarios).")
    List<Path> scenarios;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/compare",
            description = "Output folder: a new or empty one, or an earlier comparison's (only its own files are "
                    + "replaced) (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    SolveOptions solving = new SolveOptions();

    @Option(names = "--baseline", paramLabel = "NAME", description = "The scenario the others are compared with "
            + "(default: one named status-quo, baseline or current, else the first).")
    String baseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Map<String, Path> found = ScenarioFinder.scenarios(scenarios);
        if (found.isEmpty()) {
            stderr.println("no scenario bundle (a folder holding " + BundleFinder.BELL_SCHEDULE + ") found in "
                    + scenarios);
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        Map<String, Path> named = ScenarioFinder.baselineFirst(found, baseline);
        if (named == null) {
            stderr.println("--baseline " + baseline + " is not one of the scenarios: " + found.keySet());
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        // Read every scenario before solving any, so that a bad one costs no solver time.
        Map<String, School> problems = new LinkedHashMap<>();
        boolean invalid = false;
        for (Map.Entry<String, Path> scenario : named.entrySet()) {
            School school = ValidateCommand.read(scenario.getValue(), stderr);
            invalid |= school == null;
            problems.put(scenario.getKey(), school);
        }
        if (invalid) {
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        try {
            ComparisonWriter.checkOutput(out, problems.keySet());
        } catch (OutputFolder.Refused refused) {
            stderr.println(refused.getMessage() + "; nothing solved");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        SolverLogs.quiet();
        ProgressBar bar = new ProgressBar(stderr);
        bar.total(problems.size());
        List<Comparison.Scenario> solved = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, School> scenario : problems.entrySet()) {
            String name = scenario.getKey();
            School school = scenario.getValue();
            Duration limit = solving.timeLimitOr(school.getSettings().timeLimit());
            SolverConfig config = ScheduleSolver.config(limit, solving.seed, null, null);
            bar.started(name, ++position);
            SchoolSolve.Solved result = new SchoolSolve(school, config).run(score -> bar.best(name,
                    String.valueOf(score)));
            ScheduleWriter.write(result.render(), out.resolve(name));
            bar.finished(name, String.format(Locale.ROOT, "[%d of %d] %s: %s, score %s, meetings %d of %d "
                            + "(bound %d) (%.1f s)", position, problems.size(), name,
                    result.feasible() ? "FEASIBLE" : "INFEASIBLE", result.school().getScore(),
                    result.report().summary().meetingsScheduled(), result.report().summary().meetingsRequested(),
                    result.bound().bound(), result.seconds()));
            solved.add(new Comparison.Scenario(name, result));
        }
        bar.close();
        Comparison comparison = Comparison.of(solved);
        ComparisonWriter.write(comparison, out);
        stdout.print(ComparisonWriter.markdown(comparison));
        stdout.println();
        stdout.println("Written: " + ComparisonWriter.FILES.stream().map(file -> out.resolve(file).toString())
                .reduce((a, b) -> a + ", " + b).orElse("") + " and each scenario's schedule in " + out
                + "/<scenario>/");
        boolean allFeasible = solved.stream().allMatch(scenario -> scenario.solved().feasible());
        return allFeasible ? CommonPlanCommand.EXIT_OK : CommonPlanCommand.EXIT_INFEASIBLE;
    }
}
