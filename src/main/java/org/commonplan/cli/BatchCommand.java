package org.commonplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.commonplan.batch.BatchRunner;
import org.commonplan.batch.BundleFinder;
import org.commonplan.batch.SchoolResult;
import org.commonplan.batch.ServerSolves;
import org.commonplan.output.OutputFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Solves every school bundle under DIR (each folder holding bell_schedule.csv, in path order; "
                + "a bundle's own subfolders such as scenarios/ are not searched) and writes each school's files "
                + "to OUT/<school>/ and one row per school to OUT/summary.csv.",
                "A bad bundle is an INVALID row with its problems; the batch goes on. Ctrl-C keeps every finished "
                + "school; run the same command with --resume to solve only the rest.",
                "Exit: 0 all solved and feasible; 3 some school infeasible; 2 no bundle found or some bundle "
                + "invalid (the others are still solved); 1 some school failed unexpectedly."})
public final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder holding the school bundles (searched recursively).")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output folder: a new or empty "
            + "one, or an earlier batch's (only its own files are replaced).")
    Path out;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "Schools solved at once, each on one thread (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Mixin
    SolveOptions solving = new SolveOptions();

    @Option(names = "--resume", description = "Keep the schools an earlier run into OUT finished (their "
            + "OUT/<school>/report.json exists) and solve only the others.")
    boolean resume;

    @Option(names = "--server", paramLabel = "URL", description = "Solve on a running CommonPlan service (one "
            + "instance or a cluster behind this address) instead of here: each school is uploaded, followed and its "
            + "files downloaded; --parallel is then how many schools the service holds at once.")
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
        if (!Files.isDirectory(dir)) {
            stderr.println(dir + ": there is no such folder");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        if (parallel < 1) {
            stderr.println("--parallel must be at least 1");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        BundleFinder.Search search = BundleFinder.search(dir);
        search.skipped().forEach(stderr::println);
        if (search.bundles().isEmpty()) {
            stderr.println(dir + ": no school bundle (a folder holding bell_schedule.csv) found");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        try {
            BatchRunner.checkOutput(dir, out);
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
        Duration timeLimit = solving.timeLimit;
        BatchRunner.Options options = new BatchRunner.Options(dir, out, parallel, timeLimit, solving.seed, resume);
        BatchRunner.Listener progress = new BatchRunner.Listener() {
                    @Override
                    public void planned(int toSolve, int kept, int total) {
                        bar.total(toSolve);
                        bar.println(String.format("Batch of %d school(s) from %s: %d to solve%s, %d at a time%s",
                                total, dir, toSolve, kept > 0 ? ", " + kept + " kept from an earlier run" : "",
                                parallel, timeLimit == null ? "" : ", " + timeLimit.toSeconds() + " s each")
                                + (server == null ? "" : ", on " + server));
                    }

                    @Override
                    public void started(String school, int started, int toSolve) {
                        bar.started(school, started);
                    }

                    @Override
                    public void newBest(String school, String score) {
                        bar.best(school, score);
                    }

                    @Override
                    public void finished(SchoolResult result, int finished, int toSolve) {
                        bar.finished(result.school(), String.format("[%d of %d] %s", finished, toSolve,
                                describe(result)));
                    }
                };
        BatchRunner runner = serverSolves == null ? new BatchRunner(options, progress)
                : new BatchRunner(options, serverSolves, progress);
        Thread hook = new Thread(() -> {
            try {
                bar.println("Interrupted: stopping the running solves; finished schools stay written ...");
                boolean saved = runner.cancel(Duration.ofSeconds(30));
                bar.close();
                stderr.println(saved ? "Interrupted. Finished schools are kept in " + out + " and listed in "
                        + out.resolve(BatchRunner.SUMMARY) + "; run the same command with --resume to solve the rest."
                        : "Interrupted before the summary could be written; --resume still skips finished schools.");
                stderr.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "batch-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        long begin = System.nanoTime();
        BatchRunner.Outcome outcome;
        try {
            outcome = runner.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and reports.
            }
            bar.close();
        }
        if (outcome.interrupted()) {
            return CommonPlanCommand.EXIT_FAILURE;
        }
        for (SchoolResult result : outcome.results()) {
            stdout.println(describe(result));
        }
        stdout.printf(Locale.ROOT, "%d school(s) in %.1f s: %d feasible, %d infeasible, %d invalid, %d failed"
                        + "%s; summary in %s%n", outcome.results().size(), (System.nanoTime() - begin) / 1e9,
                outcome.feasible(), outcome.infeasible(), outcome.count(SchoolResult.Status.INVALID),
                outcome.count(SchoolResult.Status.FAILED),
                outcome.kept() > 0 ? " (" + outcome.kept() + " kept from an earlier run, " + outcome.processed()
                        + " done now)" : "", outcome.summary());
        if (outcome.count(SchoolResult.Status.FAILED) > 0) {
            return CommonPlanCommand.EXIT_FAILURE;
        }
        if (outcome.count(SchoolResult.Status.INVALID) > 0) {
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        return outcome.infeasible() > 0 ? CommonPlanCommand.EXIT_INFEASIBLE : CommonPlanCommand.EXIT_OK;
    }

    static String describe(SchoolResult result) {
        return switch (result.status()) {
            case SOLVED -> String.format(Locale.ROOT, "%s: %s, score %s, meetings %d of %d (bound %d), "
                            + "collaborative minutes %s%s", result.school(),
                    Boolean.TRUE.equals(result.feasible()) ? "FEASIBLE" : "INFEASIBLE", result.score(),
                    result.meetingsPlaced(), result.meetingsRequested(), result.bound(), collaborative(result),
                    result.seconds() == null ? " (kept)" : String.format(Locale.ROOT, " (%.1f s)", result.seconds()));
            case INVALID -> result.school() + ": INVALID - " + result.errors().split(" \\| ").length
                    + " problem(s), first: " + result.errors().split(" \\| ")[0];
            case FAILED -> result.school() + ": FAILED - " + result.errors();
            case PENDING -> result.school() + ": not solved (interrupted)";
        };
    }

    /** Over all teaching staff, then over those on teams; a row from an older batch has only the second. */
    private static String collaborative(SchoolResult result) {
        String onTeams = String.format(Locale.ROOT, "mean %.1f min %d", result.meanCollaborativeMinutes(),
                result.minCollaborativeMinutes());
        return result.meanCollaborativeMinutesAllStaff() == null ? onTeams + " on teams"
                : String.format(Locale.ROOT, "mean %.1f min %d over all %d staff (%s over the %d on teams)",
                        result.meanCollaborativeMinutesAllStaff(), result.minCollaborativeMinutesAllStaff(),
                        result.staff(), onTeams, result.staff() - result.staffOnNoTeam());
    }
}
