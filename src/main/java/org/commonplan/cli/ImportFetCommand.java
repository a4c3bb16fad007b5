package org.commonplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.commonplan.fetimport.FetImportException;
import org.commonplan.fetimport.FetImporter;
import org.commonplan.fetimport.MappedFet;
import org.commonplan.fetimport.NewFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-fet", mixinStandardHelpOptions = true,
        description = {"Translates a FET timetabling file (.fet) into a CommonPlan bundle folder, with "
                + "import-report.md listing every FET constraint found and whether it was mapped exactly, "
                + "approximately (and how) or dropped (and why).",
                "BUNDLE must be a new or empty folder: nothing already there is overwritten."})
public final class ImportFetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.fet", description = "The FET file.")
    Path fetFile;

    @Option(names = "--out", required = true, paramLabel = "BUNDLE", description = "New folder to write the "
            + "bundle to.")
    Path out;

    @Option(names = "--teams", paramLabel = "subjects", description = "subjects: also a collaborative team per "
            + "subject taught by 3 or more teachers (at most 8 a team), meeting once a week in a SINGLE block.")
    String teams;

    @Option(names = "--mapped-fet", description = "Also write <FILE>-mapped.fet into BUNDLE: the FET file without "
            + "the constraints the import dropped, so FET can be run on the problem the bundle states.")
    boolean mappedFet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (teams != null && !teams.equals("subjects")) {
            throw new ParameterException(spec.commandLine(), "--teams takes one value, subjects, not '" + teams
                    + "'");
        }
        String refusal = NewFolder.refusal(out);
        if (refusal != null) {
            stderr.println("commonplan import-fet: " + refusal);
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        if (!Files.isRegularFile(fetFile)) {
            stderr.println("commonplan import-fet: " + fetFile + ": there is no such file");
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(fetFile)) {
            // One byte past the limit is enough for the reader to name it.
            bytes = in.readNBytes(FetImporter.MAX_FILE_BYTES + 1);
        }
        String fileName = fetFile.getFileName().toString();
        FetImporter.Imported imported;
        try {
            imported = FetImporter.importFet(fileName, bytes, new FetImporter.Options("subjects".equals(teams)));
        } catch (FetImportException e) {
            stderr.println(fetFile + ": " + e.problems().size() + " problem(s), nothing written:");
            e.problems().forEach(problem -> stderr.println("  " + problem));
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        Map<String, byte[]> files = imported.files();
        String mappedName = MappedFet.fileName(fileName);
        if (mappedFet) {
            files = new LinkedHashMap<>(files);
            try {
                files.put(mappedName, MappedFet.without(fileName, bytes, imported.translation().droppedConstraints()));
            } catch (FetImportException e) {
                stderr.println(fetFile + ": " + e.getMessage() + "; nothing written");
                return CommonPlanCommand.EXIT_INVALID_INPUT;
            }
        }
        try {
            NewFolder.write(files, out);
        } catch (FileAlreadyExistsException e) {
            stderr.println("commonplan import-fet: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
            return CommonPlanCommand.EXIT_INVALID_INPUT;
        }
        FetImporter.Summary summary = imported.summary();
        stdout.printf("%s: %d teachers%s, %d groups, %d rooms%s, %d sections (%d lessons, %d fixed)%s from %d "
                        + "activities%n  constraints: %d mapped, %d approximate, %d dropped (see %s)%n  written to %s%n",
                imported.schoolName(), summary.teachers() + summary.placeholderTeachers(),
                summary.placeholderTeachers() == 0 ? "" : " (" + summary.placeholderTeachers() + " placeholder"
                        + (summary.placeholderTeachers() == 1 ? ")" : "s)"),
                summary.groups(), summary.rooms() + summary.virtualRooms(),
                summary.virtualRooms() == 0 ? "" : " (" + summary.virtualRooms() + " of kind NONE)",
                summary.sections(), summary.lessons(), summary.fixedLessons(),
                summary.teams() == 0 ? "" : ", " + summary.teams() + " teams", summary.activities(),
                summary.mapped(), summary.approximate(), summary.dropped(), FetImporter.REPORT, out);
        if (mappedFet) {
            stdout.printf("  %s: the FET file without its %d dropped constraint(s)%n", mappedName,
                    imported.translation().droppedConstraints().size());
        }
        stdout.flush();
        return CommonPlanCommand.EXIT_OK;
    }
}
