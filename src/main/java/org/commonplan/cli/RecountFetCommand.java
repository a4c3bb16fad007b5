package org.commonplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.commonplan.domain.School;
import org.commonplan.fetimport.FetImportException;
import org.commonplan.fetimport.FetImporter;
import org.commonplan.fetimport.FetSchedule;
import org.commonplan.fetimport.FetTimetable;
import org.commonplan.output.OutputFolder;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.RuleCheck;
import org.commonplan.solver.ScheduleSolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "recount-fet", mixinStandardHelpOptions = true,
        description = {"Checks a timetable FET made against the bundle import-fet makes of the same file: FET's "
                + "placements become a schedule of that bundle, and CommonPlan's own recount of its hard rules "
                + "says which FET's timetable breaks (none where the import maps FET's constraints exactly).",
                "TIMETABLE is the <name>_activities.xml fet-cl writes under timetables/<name>/ of its output "
                        + "folder (that of FET run on a reduced -mapped.fet file fits too: the activities are the "
                        + "same).",
                "Exit 0 when no hard rule is broken, 3 when some are, 2 for a file that cannot be read."})
public final class RecountFetCommand implements Callable<Integer> {

    /** The most broken rules printed one by one; the rest are counted. */
    static final int LISTED = 40;

    @Parameters(index = "0", paramLabel = "FILE.fet", description = "The FET file the timetable was made for.")
    Path fetFile;

    @Parameters(index = "1", paramLabel = "TIMETABLE", description = "FET's <name>_activities.xml.")
    Path timetableFile;

    @Option(names = "--out", paramLabel = "FOLDER", description = "Also write FET's timetable as a CommonPlan "
            + "schedule folder (master_schedule.csv, timetable.csv, report.json, ...), usable as solve --previous.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        for (Path file : List.of(fetFile, timetableFile)) {
            if (!Files.isRegularFile(file)) {
                stderr.println("commonplan recount-fet: " + file + ": there is no such file");
                return CommonPlanCommand.EXIT_INVALID_INPUT;
            }
        }
        if (out != null) {
            try {
                OutputFolder.check(out, ScheduleWriter.OUTPUT);
            } catch (OutputFolder.Refused e) {
                stderr.println("commonplan recount-fet: " + e.getMessage());
                return CommonPlanCommand.EXIT_INVALID_INPUT;
            }
        }
        FetSchedule.Placed placed;
        try {
            FetImporter.Imported imported = FetImporter.importFet(fetFile.getFileName().toString(),
                    readLimited(fetFile), FetImporter.Options.defaults());
            FetTimetable timetable = FetTimetable.read(timetableFile.getFileName().toString(),
                    readLimited(timetableFile));
            placed = FetSchedule.place(imported, timetable);
        } catch (FetImportException e) {
            stderr.println(e.problems().size() + " problem(s), nothing recounted:");
            e.problems().forEach(problem -> stderr.println("  " + problem));
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        School school = placed.school();
        List<RuleCheck.Violation> broken = new ArrayList<>();
        placed.misplaced().forEach(misplaced -> broken.add(new RuleCheck.Violation(misplaced.rule(), 1,
                misplaced.description())));
        broken.addAll(RuleCheck.hardViolations(school));
        // The solver scores only a schedule whose every lesson is within its own blocks and rooms.
        List<String> outside = school.getLessons().stream().filter(lesson -> lesson.getBlock() != null
                && !lesson.getBlockRange().contains(lesson.getBlock()) || lesson.getRoom() != null
                && !lesson.getRoomRange().contains(lesson.getRoom())).map(lesson -> lesson.getId()).toList();
        if (outside.isEmpty()) {
            school.setScore(ScheduleSolver.score(school));
        }
        Map<String, int[]> byRule = new TreeMap<>();
        broken.forEach(violation -> {
            int[] counts = byRule.computeIfAbsent(violation.rule(), rule -> new int[2]);
            counts[0]++;
            counts[1] += violation.units();
        });
        stdout.printf("%s: FET's timetable %s places %d of %d lessons; recount: %d hard rule(s) broken%n",
                school.getName(), timetableFile.getFileName(), placed.placed(), school.getLessons().size(),
                broken.size());
        if (!byRule.isEmpty()) {
            List<String> rules = new ArrayList<>();
            byRule.forEach((rule, counts) -> rules.add(rule + " " + counts[0] + (counts[1] == counts[0] ? ""
                    : " (" + counts[1] + " units)")));
            stdout.println("  by rule: " + String.join(", ", rules));
            broken.stream().limit(LISTED).forEach(violation -> stdout.println("  - " + violation.rule() + ": "
                    + violation.description()));
            if (broken.size() > LISTED) {
                stdout.println("  and " + (broken.size() - LISTED) + " more");
            }
        }
        if (outside.isEmpty()) {
            stdout.println("  CommonPlan's score of it: " + school.getScore());
        } else {
            stdout.println("  no score: the solver scores only lessons within their own blocks and rooms, and "
                    + outside.size() + " are not (" + String.join(", ", outside.subList(0, Math.min(5,
                    outside.size()))) + (outside.size() > 5 ? ", ..." : "") + ")");
        }
        if (out != null) {
            CollaborationReport report = CollaborationReport.of(school);
            ScheduleWriter.write(ScheduleWriter.render(school, report, outside.isEmpty()
                    ? ScheduleSolver.explain(school) : List.of()), out);
            stdout.println("  written to " + out);
        }
        stdout.flush();
        return broken.isEmpty() ? CommonPlanCommand.EXIT_OK : CommonPlanCommand.EXIT_INFEASIBLE;
    }

    private static byte[] readLimited(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // One byte past the limit is enough for the reader to name it.
            return in.readNBytes(FetImporter.MAX_FILE_BYTES + 1);
        }
    }
}
