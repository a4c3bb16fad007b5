package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
