package org.commonplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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
import org.commonplan.batch.ServerSolves;
import org.commonplan.output.OutputFolder;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.compare.Comparison;
import org.commonplan.compare.ComparisonWriter;
import org.commonplan.compare.ScenarioFinder;
import org.commonplan.compare.ServiceScenarios;
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
                + "1 unexpected failure (with --server: the service unreachable or failing a scenario, or Ctrl-C)."})
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

    @Option(names = "--server", paramLabel = "URL", description = "Solve on a running CommonPlan service (one "
            + "instance or a cluster behind this address) instead of here: every scenario is uploaded at once, "
            + "followed and its files downloaded; the comparison is counted here from the schedules it returns.")
    URI server;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:COMMONPLAN_API_TOKEN}",
            description = "The service's API token, if it has one (default: $COMMONPLAN_API_TOKEN).")
    String token;

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
        ServerSolves serverSolves = null;
        if (server != null) {
            try {
                serverSolves = ServerConnection.open(server, token, solving.timeLimit, solving.seed, stderr);
            } catch (ServerConnection.Refused refused) {
                stderr.println(refused.getMessage());
                return refused.exit;
            }
        }
        SolverLogs.quiet();
        ProgressBar bar = new ProgressBar(stderr);
        bar.total(problems.size());
        List<Comparison.Scenario> solved;
        if (serverSolves != null) {
            solved = onService(new ServiceScenarios(serverSolves), named, problems, bar);
            if (solved == null) {
                return CommonPlanCommand.EXIT_FAILURE;
            }
        } else {
            solved = new ArrayList<>();
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
                bar.finished(name, finishedLine(position, problems.size(), name, result));
                solved.add(new Comparison.Scenario(name, result));
            }
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

    private static String finishedLine(int position, int total, String name, SchoolSolve.Solved result) {
        return String.format(Locale.ROOT, "[%d of %d] %s: %s, score %s, meetings %d of %d (bound %d) (%.1f s)",
                position, total, name, result.feasible() ? "FEASIBLE" : "INFEASIBLE", result.school().getScore(),
                result.report().summary().meetingsScheduled(), result.report().summary().meetingsRequested(),
                result.bound().bound(), result.seconds());
    }

    /**
     * Every scenario solved on the service; null when Ctrl-C or a failure of the service ended it (said on
     * stderr; unfinished jobs are withdrawn, finished scenarios' folders stay written).
     */
    private List<Comparison.Scenario> onService(ServiceScenarios scenarios, Map<String, Path> bundles,
            Map<String, School> problems, ProgressBar bar) throws IOException {
        PrintWriter stderr = spec.commandLine().getErr();
        bar.println(String.format(Locale.ROOT, "Comparing %d scenario(s) on %s%s", problems.size(), server,
                solving.timeLimit == null ? "" : ", " + solving.timeLimit.toSeconds() + " s each"));
        Thread hook = new Thread(() -> {
            bar.println("Interrupted: withdrawing the unfinished scenarios from the service ...");
            scenarios.stop();
            bar.close();
            stderr.println("Interrupted: no comparison written; finished scenarios stay in " + out + "/<scenario>/.");
            stderr.flush();
        }, "compare-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return scenarios.solve(bundles, problems, out, new ServiceScenarios.Listener() {
                @Override
                public void started(String scenario, int started) {
                    bar.started(scenario, started);
                }

                @Override
                public void newBest(String scenario, String score) {
                    bar.best(scenario, score);
                }

                @Override
                public void finished(String scenario, SchoolSolve.Solved solved, int finished) {
                    bar.finished(scenario, finishedLine(finished, problems.size(), scenario, solved));
                }

                @Override
                public void note(String line) {
                    bar.println(line);
                }
            });
        } catch (ServerSolves.ServerFailure failure) {
            bar.close();
            stderr.println(failure.getMessage() + "; the other scenarios are withdrawn, no comparison written");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and reports.
            }
        }
    }
}
