package org.commonplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleProblem;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.commonplan.report.Infeasibility;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a school's CSV bundle (a folder or a .zip) without solving it.",
                "Prints every problem with its file, line and column (exit 2); else, for a school that no schedule can "
                        + "give in full, every cause found before solving (exit 4); else one line on what was read "
                        + "(exit 0)."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BUNDLE", description = "Folder (or .zip) holding bell_schedule.csv, teachers.csv, ...")
    Path bundle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        School school = read(bundle, spec.commandLine().getErr());
        if (school == null) {
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        Infeasibility infeasibility = Infeasibility.of(school);
        if (!infeasibility.isEmpty()) {
            printCauses(out, school, infeasibility);
            return CommonPlanCommand.EXIT_UNSCHEDULABLE;
        }
        out.println(describe(school));
        return CommonPlanCommand.EXIT_OK;
    }

    /** What no schedule of this school can give, one sentence a line, under a line that says so. */
    static void printCauses(PrintWriter out, School school, Infeasibility infeasibility) {
        out.printf("%s: CANNOT BE SCHEDULED IN FULL - %d cause(s) found before solving, whatever the schedule:%n",
                school.getName(), infeasibility.causes().size());
        infeasibility.messages().forEach(message -> out.println("  " + message));
    }

    /** Reads a bundle, or prints its problems to {@code err} and returns null. */
    static School read(Path bundle, PrintWriter err) throws IOException {
        try {
            return BundleReader.read(bundle);
        } catch (BundleException e) {
            err.println(bundle + ": " + e.problemCount() + " problem(s), nothing solved:");
            for (BundleProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            return null;
        }
    }

    static String describe(School school) {
        return String.format("%s: OK - %d teachers, %d rooms, %d groups, %d sections (%d lessons), %d teams "
                        + "(%d meetings/week), %d coaching pairs, %d timeslots over %d days",
                school.getName(), school.getTeachers().size(), school.getRooms().size(), school.getGroups().size(),
                school.getSections().size(), school.getLessons().size(), school.getTeams().size(),
                school.getMeetings().size(), school.getCoachingPairs().size(),
                school.getBellSchedule().getTimeslots().size(), school.getBellSchedule().getDays().size());
    }
}
