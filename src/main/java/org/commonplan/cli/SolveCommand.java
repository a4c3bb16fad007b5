package org.commonplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.commonplan.batch.BundleFinder;
import org.commonplan.bundle.BundleException;
import org.commonplan.output.OutputFolder;
import org.commonplan.bundle.PreviousScheduleReader;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.LockedOut;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.Infeasibility;
import org.commonplan.report.ScheduleChanges;
import org.commonplan.solver.RuleScore;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Solves one school's master schedule and writes master_schedule.csv, team_meetings.csv, "
                + "blocks.csv, timetable.csv, observations.csv and report.json.",
                "Invalid input: exit 2 and nothing written. Infeasible result: written, exit 3."})
public final class SolveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BUNDLE", description = "Folder (or .zip) holding the school's CSV files.")
    Path bundle;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: a new or empty one, or an earlier "
            + "schedule's, where only its own files are replaced (default: out/<the bundle's folder or zip name>).")
    Path out;

    @Mixin
    SolveOptions solving = new SolveOptions();

    @Option(names = "--reproducible", description = "End every phase on move and step counts instead of time "
            + "(the time limit at " + SolverPlan.MOVES_PER_SECOND + " moves a second, or --moves): the same seed "
            + "(default 0) gives the same schedule on any machine, however loaded.")
    boolean reproducible;

    @Option(names = "--moves", paramLabel = "N", description = "With --reproducible, the moves the "
            + "search evaluates after construction (default: the time limit in seconds times "
            + SolverPlan.MOVES_PER_SECOND + ").")
    Long moves;

    @Option(names = "--previous", paramLabel = "DIR", description = "An earlier output folder of this school: "
            + "start from its schedule, keep each lesson and meeting where it was as far as the changed school "
            + "allows (rule moved-from-previous), and write what moved to changes.csv.")
    Path previous;

    @Option(names = "--lock", paramLabel = "WHAT", description = "With --previous, keep these earlier placements "
            + "in place: all, meetings, sections:ID;ID or teachers:ID;ID (their lessons).")
    String lock;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        School school = ValidateCommand.read(bundle, stderr);
        if (school == null) {
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        if (moves != null && (!reproducible || moves < 1)) {
            stderr.println("--moves " + moves + ": give a positive count, with --reproducible; nothing solved");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        if (lock != null && previous == null) {
            stderr.println("--lock keeps placements of an earlier schedule: give it with --previous DIR; nothing "
                    + "solved");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        if (previous != null && !startFromPrevious(school, stderr)) {
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        Path outDir = out != null ? out : defaultOutput(bundle);
        try {
            OutputFolder.check(outDir, ScheduleWriter.OUTPUT);
        } catch (OutputFolder.Refused refused) {
            stderr.println(refused.getMessage() + "; nothing solved");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        Duration limit = solving.timeLimitOr(school.getSettings().timeLimit());
        stderr.println(ValidateCommand.describe(school));
        Infeasibility infeasibility = Infeasibility.of(school);
        if (!infeasibility.isEmpty()) {
            ValidateCommand.printCauses(stderr, school, infeasibility);
        }
        SolverPlan.RunSettings run = reproducible ? SolverPlan.RunSettings.reproducible(limit, solving.seed, moves)
                : SolverPlan.RunSettings.of(limit, solving.seed);
        stderr.println("Solving for " + (reproducible ? run.moveBudget() + " moves, seed " + run.seed()
                : limit.toSeconds() + " s") + (infeasibility.isEmpty() ? "" : " anyway") + " ...");
        stderr.flush();
        School solved = ScheduleSolver.solve(school, SolverPlan.production(run).solverConfig(), null);
        CollaborationReport report = CollaborationReport.of(solved);
        List<RuleScore> analysis = ScheduleSolver.explain(solved);
        ScheduleWriter.write(ScheduleWriter.render(solved, report, analysis), outDir);
        printSummary(stdout, solved, report, analysis, outDir);
        return solved.getScore().isFeasible() ? CommonPlanCommand.EXIT_OK : CommonPlanCommand.EXIT_INFEASIBLE;
    }

    /** Starts the school from the --previous schedule with the --lock; false after saying what is wrong. */
    private boolean startFromPrevious(School school, PrintWriter stderr) throws IOException {
        PreviousSchedule.Lock locks;
        try {
            locks = PreviousSchedule.Lock.parse(lock);
        } catch (IllegalArgumentException wrong) {
            stderr.println("--lock: " + wrong.getMessage() + "; nothing solved");
            return false;
        }
        List<String> unknown = locks.unknownIds(school);
        if (!unknown.isEmpty()) {
            stderr.println("--lock: " + String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not in the bundle; nothing solved");
            return false;
        }
        if (!Files.isDirectory(previous)) {
            stderr.println("--previous " + previous + ": not a folder; give the output folder of an earlier solve;"
                    + " nothing solved");
            return false;
        }
        PreviousSchedule earlier;
        try {
            earlier = PreviousScheduleReader.read(previous);
        } catch (BundleException invalid) {
            invalid.problems().forEach(problem -> stderr.println(previous.resolve(problem.file())
                    + problem.toString().substring(problem.file().length())));
            stderr.println("--previous " + previous + " is not an earlier schedule CommonPlan can read; nothing "
                    + "solved");
            return false;
        }
        PreviousSchedule.Start start = earlier.applyTo(school, locks);
        List<String> lockedOut = locks == PreviousSchedule.Lock.NONE ? List.of() : LockedOut.find(school);
        if (!lockedOut.isEmpty()) {
            lockedOut.forEach(problem -> stderr.println("--lock " + lock.strip() + ": " + problem));
            stderr.println("--lock " + lock.strip() + " keeps no place for " + lockedOut.size() + " lesson(s) the "
                    + "change needs placed: lock less (meetings, sections:ID;ID or teachers:ID;ID); nothing solved");
            return false;
        }
        stderr.printf("Starting from %s: %d of %d lessons and %d of %d meetings where they were%s%n", previous,
                start.lessonsKept(), school.getLessons().size(), start.meetingsKept(), school.getMeetings().size(),
                locks == PreviousSchedule.Lock.NONE ? "" : ", " + start.locked() + " of them locked");
        return true;
    }

    /** out/ and the bundle's folder name, or its zip's name without .zip: what the scheduler called it. */
    static Path defaultOutput(Path bundle) {
        return Path.of("out", BundleFinder.outputName(bundle));
    }

    static void printSummary(PrintWriter out, School school, CollaborationReport report, List<RuleScore> analysis,
            Path outDir) {
        CollaborationReport.Summary summary = report.summary();
        boolean feasible = school.getScore().isFeasible();
        long unplaced = school.getLessons().stream()
                .filter(lesson -> lesson.getBlock() == null || lesson.getRoom() == null).count();
        out.printf("%s: score %s, %s%n", school.getName(), school.getScore(), unplaced > 0
                ? String.format("INCOMPLETE - %d of %d lessons have no block or room yet: the time limit ended before"
                        + " every lesson was placed; give it more time", unplaced, school.getLessons().size())
                : feasible ? "FEASIBLE" : "INFEASIBLE - this schedule breaks hard rules and is not usable as is");
        List<String> causes = Infeasibility.of(school).messages();
        if (!causes.isEmpty()) {
            out.println("  no schedule can give this school in full (found before solving):");
            causes.forEach(cause -> out.println("    - " + cause));
        }
        out.printf("  team meetings placed: %d of %d%n", summary.meetingsScheduled(), summary.meetingsRequested());
        out.println("  " + org.commonplan.bound.MeetingBound.of(school).describe(summary.meetingsScheduled()));
        out.printf("  collaborative minutes per teacher per week: mean %.1f, min %d over all %d teaching staff"
                        + " (%d on no team); mean %.1f, min %d over the %d on teams%n",
                summary.meanCollaborativeMinutesAllStaff(), summary.minCollaborativeMinutesAllStaff(),
                summary.staff(), summary.staffOnNoTeam(), summary.meanCollaborativeMinutes(),
                summary.minCollaborativeMinutes(), summary.teachersOnTeams());
        out.printf("  professional-learning hours per teacher per year: %.1f over all teaching staff (%.0f%% at the"
                        + " 15-hour threshold); %.1f over those on teams (%.0f%%)%n",
                summary.meanPdHoursPerYearAllStaff(), summary.shareAtPdThresholdAllStaff() * 100,
                summary.meanPdHoursPerTeacherYear(), summary.shareOfTeachersAtPdThreshold() * 100);
        out.printf("  release: %.2f FTE costing %,.0f %s a year%n", summary.releaseFte(), summary.releaseCost(),
                summary.currency());
        if (!feasible) {
            out.println("  broken hard rules:");
            analysis.stream().filter(rule -> rule.level().equals("hard")).limit(5).forEach(rule -> {
                out.printf("    %s: %s (%d)%n", rule.rule(), rule.score(), rule.matches());
                rule.explanations().stream().limit(3).forEach(text -> out.println("      - " + text));
            });
        }
        ScheduleChanges changes = ScheduleChanges.of(school);
        if (changes != null) {
            ScheduleChanges.Counts counts = changes.counts();
            out.printf("  moved from the previous schedule: %d of %d lessons (%d had to), %d of %d meetings (%d had "
                    + "to); %d new, %d removed (changes.csv)%n", counts.lessonsMoved(), counts.lessons(),
                    counts.lessonsHadToMove(), counts.meetingsMoved(), counts.meetings(), counts.meetingsHadToMove(),
                    counts.added(), counts.removed());
        }
        out.println("  written to " + outDir);
    }
}
