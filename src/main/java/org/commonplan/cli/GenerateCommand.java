package org.commonplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.commonplan.generate.Archetype;
import org.commonplan.generate.DatasetCatalog;
import org.commonplan.generate.GeneratorOptions;
import org.commonplan.generate.SchoolGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a realistic school bundle from an archetype and a seed; the same arguments always "
                + "give byte-identical files.",
                "Every school is built around a hidden schedule that keeps every hard rule and places every team "
                        + "meeting; --planted writes it to DIR/planted/ in the solver's output format.",
                "With --all DIR, regenerates every committed generated dataset under DIR (e.g. datasets)."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--archetype", paramLabel = "NAME", description = "elementary, middle, high-traditional, "
            + "high-4x4, high-ab, high-large or high-xl.")
    String archetype;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the bundle to.")
    Path out;

    @Option(names = "--teachers", paramLabel = "N", description = "About how many teachers (default by archetype).")
    Integer teachers;

    @Option(names = "--planted", description = "Also write the planted schedule to DIR/planted/.")
    boolean planted;

    @Option(names = "--name", paramLabel = "NAME", description = "The school's name (default drawn from the seed).")
    String name;

    @Option(names = {"--ninety-minute-meetings", "--double-meetings"}, description = "Elementary: one 90-minute "
            + "specials block a week per grade, so grade teams meet 90 minutes at once (DOUBLE).")
    boolean ninetyMinuteMeetings;

    @Option(names = "--sections-per-teacher", paramLabel = "N", description = "High school: sections a full-time "
            + "teacher teaches (7-period default 5; status quo 6).")
    Integer sectionsPerTeacher;

    @Option(names = "--leaders", paramLabel = "N", description = "Number of teacher-leaders (default about 1 per 7 "
            + "teachers).")
    Integer leaders;

    @Option(names = "--release", paramLabel = "N", description = "Release periods a day per teacher-leader.")
    Integer releasePerDay;

    @Option(names = "--plc-meetings", paramLabel = "N", description = "High school: meetings a week per content PLC.")
    Integer plcMeetingsPerWeek;

    @Option(names = "--all", paramLabel = "DIR", description = "Regenerate every committed generated dataset under "
            + "DIR; the other options are ignored.")
    Path all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (all != null) {
            List<DatasetCatalog.Written> written = DatasetCatalog.regenerateAll(all, stderr);
            stdout.print(DatasetCatalog.table(written));
            stdout.flush();
            return CommonPlanCommand.EXIT_OK;
        }
        if (archetype == null || out == null) {
            throw new ParameterException(spec.commandLine(), "--archetype and --out are required (or --all DIR)");
        }
        Archetype kind;
        try {
            kind = Archetype.byName(archetype);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SchoolGenerator.Generated generated;
        try {
            GeneratorOptions options = GeneratorOptions.of(kind, seed).withTeachers(teachers).withName(name)
                    .withPlanted(planted).withNinetyMinuteMeetings(ninetyMinuteMeetings)
                    .withSectionsPerTeacher(sectionsPerTeacher).withLeaders(leaders).withReleasePerDay(releasePerDay)
                    .withPlcMeetingsPerWeek(plcMeetingsPerWeek);
            generated = SchoolGenerator.generate(options);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SchoolGenerator.write(generated, out);
        SchoolGenerator.Summary summary = generated.summary();
        stdout.printf("%s (%s, seed %d): %d teachers (%d leaders), %d sections (%d lessons), %d rooms, %d groups, "
                        + "%d teams (%d meetings/week), %d coaching pairs, %d course conflicts%s%n  written to %s%n",
                summary.name(), summary.archetype(), seed, summary.teachers(), summary.leaders(), summary.sections(),
                summary.lessons(), summary.rooms(), summary.groups(), summary.teams(), summary.meetings(),
                summary.coachingPairs(), summary.courseConflicts(), planted ? "; planted schedule in planted/" : "",
                out);
        return CommonPlanCommand.EXIT_OK;
    }
}
