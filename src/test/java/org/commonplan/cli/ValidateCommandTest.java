package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.commonplan.bundle.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** validate on zips and on bundles with many mistakes, and what the CLI prints when something fails. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();

    private Path zip(String folder, Map<String, byte[]> files) throws IOException {
        Path zip = dir.resolve("lincoln.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(folder + file.getKey()));
                zipOut.write(file.getValue());
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aZipWhoseEntriesEscapeTheBundleFolderIsRefusedAsTheServiceRefusesIt() throws IOException {
        Map<String, byte[]> files = TestBundles.filesOf("small-middle");
        assertThat(command.run("validate", zip("lincoln/", files).toString())).isZero();

        int exit = command.run("validate", zip("../lincoln/", files).toString());

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(command.err.toString().lines().skip(1)).hasSize(files.size())
                .allSatisfy(line -> assertThat(line).startsWith("  lincoln.zip: the entry \"../lincoln/")
                        .endsWith("points outside the bundle folder; a bundle zip holds only its own files"));
    }

    @Test
    void aBundleOfThousandsOfMistakesPrintsTheirCountAndTheFirstOfThem() throws IOException {
        Path bundle = TestBundles.copyOf("small-middle", dir, "many");
        StringBuilder rooms = new StringBuilder("id,capacity\n");
        for (int i = 0; i < 3_000; i++) {
            rooms.append('R').append(i).append(",lots\n");
        }
        Files.writeString(bundle.resolve("rooms.csv"), rooms);

        int exit = command.run("validate", bundle.toString());

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        String[] lines = command.err.toString().split("\n");
        assertThat(lines[0]).endsWith("many: 3000 problem(s), nothing solved:");
        assertThat(lines).hasSize(1 + 100 + 1);
        assertThat(lines[lines.length - 1]).isEqualTo("  rooms.csv: and 2,900 more problems not listed: at most 100"
                + " problems are listed for a file and 1,000 in all; fix these and check again");
    }

    @Test
    void aSpecialistWhoNeedsMoreLessonsThanTheWeekHasIsNamedWithTheNumbersAndExitFour() throws IOException {
        // Cedar Grove's PE teacher gets 4 lessons a week with each of 9 classes: 36, in a week of 35 CLASS periods.
        Path bundle = TestBundles.copyOf("small-middle", dir, "cedar");
        Path sections = bundle.resolve("sections.csv");
        Files.writeString(sections, Files.readString(sections).replaceAll("(?m)^(PE[678]-[ABC],.*,SINGLE,)3$", "$14"));

        int exit = command.run("validate", bundle.toString());

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_UNSCHEDULABLE);
        assertThat(command.out.toString().lines()).containsExactly(
                "Cedar Grove Middle School: CANNOT BE SCHEDULED IN FULL - 2 cause(s) found before solving, whatever "
                        + "the schedule:",
                "  teacher pe (Carlos Mendez) has lessons that fill 36 timeslots a week, more than the 30 they can "
                        + "teach: they are available in all 35 CLASS timeslots of the week, and their daily limit of 6"
                        + " (max_teaching_per_day) allows 30",
                "  lessons that can only be in room GYM (sections PE6-A, PE6-B, PE6-C, PE7-A, PE7-B and 4 more) fill 36"
                        + " timeslots a week, more than the 35 CLASS timeslots in which that room is available");
        assertThat(command.out.toString()).doesNotContain("OK");
    }

    @Test
    void aSectionFixedToADayItsTeacherIsAwayIsNamedWithItsLineAndExitTwo() throws IOException {
        Path bundle = TestBundles.copyOf("small-middle", dir, "cedar");
        Files.writeString(bundle.resolve("teachers.csv"), "club,Ivy Chen,art,TEACHER,,FRI,\n",
                java.nio.file.StandardOpenOption.APPEND);
        List<String> sections = Files.readAllLines(bundle.resolve("sections.csv"));
        StringBuilder withPin = new StringBuilder(sections.get(0) + ",fixed_block\n");
        sections.stream().skip(1).forEach(row -> withPin.append(row).append(",\n"));
        withPin.append("CLUB-1,CLUB,art,club,,,20,GENERAL,SINGLE,1,FRI-P6\n");
        Files.writeString(bundle.resolve("sections.csv"), withPin);

        int exit = command.run("validate", bundle.toString());

        // A lock the bundle's own teacher cannot keep is a mistake in the file: exit 2, with its line and column.
        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(command.err.toString()).contains("column fixed_block: teacher \"club\" is unavailable in FRI-P6");
    }

    @Command(name = "fail")
    static final class Fail implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException();
        }
    }

    @Test
    void anExceptionWithoutAMessageIsNamedNeverPrintedAsNull() {
        CommandLine commandLine = CommonPlanCommand.commandLine().addSubcommand(new Fail());
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("fail");

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_FAILURE);
        assertThat(err.toString().strip()).isEqualTo("commonplan: unexpected error (IllegalStateException)");
    }
}
