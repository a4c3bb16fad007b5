package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-fet as a scheduler runs it: what it prints, what it writes, and what it never touches. */
class ImportFetCommandTest {

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();
    private Path fet;

    @BeforeEach
    void copyTheSmallSchool() throws IOException {
        fet = dir.resolve("small-school.fet");
        try (InputStream in = ImportFetCommandTest.class.getResourceAsStream("/fet/small-school.fet")) {
            Files.copy(in, fet);
        }
    }

    @Test
    void importsIntoANewFolderThatValidateAccepts() throws IOException {
        Path bundle = dir.resolve("harbor");

        int exit = command.run("import-fet", fet.toString(), "--out", bundle.toString());

        assertThat(exit).as(command.err.toString()).isZero();
        assertThat(command.out.toString()).contains("Harbor View School: 6 teachers (1 placeholder), 4 groups, "
                + "8 rooms (4 of kind NONE), 10 sections (17 lessons, 1 fixed) from 18 activities");
        assertThat(bundle.resolve("import-report.md")).exists();
        assertThat(bundle.resolve("sections.csv")).exists();
        assertThat(new CommandRun().run("validate", bundle.toString())).isZero();
        if (Files.getFileStore(bundle).supportsFileAttributeView("posix")) {
            // Written through a private temporary folder, the bundle itself is not private.
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle))).isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle.resolve("teachers.csv"))))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void anExistingEmptyFolderIsFilled() throws IOException {
        Path bundle = Files.createDirectory(dir.resolve("empty"));

        int exit = command.run("import-fet", fet.toString(), "--out", bundle.toString());

        assertThat(exit).as(command.err.toString()).isZero();
        assertThat(bundle.resolve("teachers.csv")).exists();
    }

    @Test
    void aFolderThatHoldsAnythingIsLeftAsItIs() throws IOException {
        Path bundle = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(bundle.resolve("teachers.csv"), "my own teachers\n");

        int exit = command.run("import-fet", fet.toString(), "--out", bundle.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.err.toString()).contains("already holds files; give a new folder, nothing is overwritten");
        assertThat(Files.readString(bundle.resolve("teachers.csv"))).isEqualTo("my own teachers\n");
        try (var entries = Files.list(bundle)) {
            assertThat(entries).hasSize(1);
        }
        try (var entries = Files.list(dir)) {
            assertThat(entries).as("no staging folder is left behind").hasSize(2);
        }
    }

    @Test
    void aBadFileIsNamedWithItsLineAndNothingIsWritten() throws IOException {
        Files.writeString(fet, Files.readString(fet).replace("<Teacher>Eva</Teacher><Subject>PE</Subject>",
                "<Teacher>Zed</Teacher><Subject>PE</Subject>"));
        Path bundle = dir.resolve("out");

        int exit = command.run("import-fet", fet.toString(), "--out", bundle.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.err.toString()).contains("3 problem(s), nothing written:")
                .contains("small-school.fet line 80, Activity: activity 10: teacher \"Zed\" is not in the "
                        + "Teachers_List");
        assertThat(bundle).doesNotExist();
    }

    @Test
    void aMissingFileAndAnUnknownTeamsValueAreRefused() {
        assertThat(command.run("import-fet", dir.resolve("nothing.fet").toString(), "--out",
                dir.resolve("out").toString())).isEqualTo(2);
        assertThat(command.err.toString()).contains("nothing.fet: there is no such file");

        CommandRun teams = new CommandRun();
        assertThat(teams.run("import-fet", fet.toString(), "--out", dir.resolve("out").toString(), "--teams",
                "grades")).isEqualTo(2);
        assertThat(teams.err.toString()).contains("--teams takes one value, subjects, not 'grades'");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
