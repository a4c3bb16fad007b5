package org.commonplan.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a schedule is written: never over what CommonPlan did not write, each file whole, readable by all. */
class OutputFolderTest {

    @TempDir
    Path dir;

    /** The five files of Maple Street, unsolved: what they hold does not matter here. */
    private static Map<String, byte[]> schedule() throws IOException {
        try {
            School school = BundleReader.read(Path.of("datasets", "small-elementary"));
            return ScheduleWriter.render(school, CollaborationReport.of(school), List.of());
        } catch (BundleException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void newFoldersAndFilesAreReadableByAllAndNoTemporaryFileIsLeft() throws IOException {
        Path outDir = dir.resolve("out").resolve("maple");

        ScheduleWriter.write(schedule(), outDir);

        assertThat(names(outDir)).isEqualTo(ScheduleWriter.FILES.stream().sorted().toList());
        assertThat(permissions(dir.resolve("out"))).isEqualTo("rwxr-xr-x");
        assertThat(permissions(outDir)).isEqualTo("rwxr-xr-x");
        for (String file : ScheduleWriter.FILES) {
            assertThat(permissions(outDir.resolve(file))).as(file).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void anEarlierScheduleHasOnlyItsOwnFilesReplaced() throws IOException {
        Path outDir = dir.resolve("maple");
        ScheduleWriter.write(schedule(), outDir);
        Files.writeString(outDir.resolve("notes.txt"), "call the union rep");
        Files.writeString(outDir.resolve(ScheduleWriter.TIMETABLE), "an old timetable");
        Files.createDirectories(outDir.resolve("drafts"));

        Map<String, byte[]> files = schedule();
        ScheduleWriter.write(files, outDir);

        assertThat(Files.readString(outDir.resolve("notes.txt"))).isEqualTo("call the union rep");
        assertThat(outDir.resolve("drafts")).isDirectory();
        assertThat(outDir.resolve(ScheduleWriter.TIMETABLE)).hasBinaryContent(files.get(ScheduleWriter.TIMETABLE));
        assertThat(names(outDir)).hasSize(ScheduleWriter.FILES.size() + 2);
    }

    @Test
    void aReSolvesChangesFileIsItsOwnAndGoesWhenALaterSolveHasNoPreviousSchedule() throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("maple"));
        // Left behind by a re-solve killed while writing changes.csv: CommonPlan's own, not the user's.
        Files.writeString(outDir.resolve("." + ScheduleWriter.CHANGES + ".123.tmp"), "");
        School school = BundleReader.read(Path.of("datasets", "small-elementary"));
        school.setPreviousSchedule(new org.commonplan.domain.PreviousSchedule(Map.of(), Map.of()));
        ScheduleWriter.write(ScheduleWriter.render(school, CollaborationReport.of(school), List.of()), outDir);
        assertThat(outDir.resolve(ScheduleWriter.CHANGES)).exists();

        ScheduleWriter.write(schedule(), outDir);

        assertThat(outDir.resolve(ScheduleWriter.CHANGES)).doesNotExist();
    }

    @Test
    void aFolderWhoseFilesOnlyShareANameWithCommonPlansIsNotTakenForAnEarlierOutput() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("planning"));
        Files.writeString(folder.resolve(ScheduleWriter.MASTER_SCHEDULE), "period,course\nP1,Algebra\n");
        Files.writeString(folder.resolve(ScheduleWriter.TIMETABLE), "my own timetable");

        assertThatThrownBy(() -> ScheduleWriter.write(schedule(), folder))
                .isInstanceOf(OutputFolder.Refused.class)
                .hasMessageContaining("holds files CommonPlan did not write (master_schedule.csv, timetable.csv)");

        assertThat(Files.readString(folder.resolve(ScheduleWriter.TIMETABLE))).isEqualTo("my own timetable");
        assertThat(names(folder)).containsExactly(ScheduleWriter.MASTER_SCHEDULE, ScheduleWriter.TIMETABLE);
    }

    @Test
    void aWriteCutShortIsTakenForAnEarlierOutput() throws IOException {
        // What a killed write leaves: the first file in place, the second one's temporary file.
        Path outDir = dir.resolve("maple");
        Map<String, byte[]> files = schedule();
        Files.createDirectories(outDir);
        Files.write(outDir.resolve(ScheduleWriter.MASTER_SCHEDULE), files.get(ScheduleWriter.MASTER_SCHEDULE));
        Files.writeString(outDir.resolve("." + ScheduleWriter.TEAM_MEETINGS + ".8812345.tmp"), "team,mee");

        ScheduleWriter.write(files, outDir);

        assertThat(outDir.resolve(ScheduleWriter.REPORT)).hasBinaryContent(files.get(ScheduleWriter.REPORT));
    }

    @Test
    void aFileOrAPathThroughAFileIsRefusedWithASentence() throws IOException {
        Path thesis = Files.writeString(dir.resolve("thesis.txt"), "chapter 1");

        assertThatThrownBy(() -> OutputFolder.check(thesis, ScheduleWriter.OUTPUT))
                .isInstanceOf(OutputFolder.Refused.class)
                .hasMessage(thesis + ": this is a file, not a folder; CommonPlan writes its schedule into a folder "
                        + "of its own and replaces nothing it did not write, so choose a new folder");
        assertThatThrownBy(() -> OutputFolder.check(thesis.resolve("out").resolve("maple"), ScheduleWriter.OUTPUT))
                .isInstanceOf(OutputFolder.Refused.class)
                .hasMessage(thesis.resolve("out").resolve("maple") + ": the folder cannot be made, because "
                        + thesis.toAbsolutePath() + " is a file, not a folder");
        assertThat(Files.readString(thesis)).isEqualTo("chapter 1");
    }
}
