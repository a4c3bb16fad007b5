package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundle zips, read by the one reader the CLI and the service share. */
class ZipEntriesTest {

    @TempDir
    Path dir;

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> under(String folder, Map<String, byte[]> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files.forEach((name, bytes) -> entries.put(folder + name, bytes));
        return entries;
    }

    private List<String> problemsReadingFile(byte[] zip) throws IOException {
        Path file = Files.write(dir.resolve("school.zip"), zip);
        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(file));
        return error.problems().stream().map(BundleProblem::toString).toList();
    }

    /** Every occurrence of {@code from} in the bytes replaced by {@code to}, of the same length. */
    private static byte[] patched(byte[] bytes, String from, byte[] to) {
        byte[] target = from.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = bytes.clone();
        for (int i = 0; i + target.length <= copy.length; i++) {
            if (Arrays.equals(copy, i, i + target.length, target, 0, target.length)) {
                System.arraycopy(to, 0, copy, i, to.length);
            }
        }
        return copy;
    }

    @Test
    void aZipReadFromDiskRefusesEntriesOutsideTheBundleFolder() throws Exception {
        Map<String, byte[]> files = TestBundles.filesOf("small-elementary");

        assertThat(problemsReadingFile(zip(under("../school/", files)))).hasSize(files.size())
                .allSatisfy(problem -> assertThat(problem).startsWith("school.zip: the entry \"../school/")
                        .endsWith("\" points outside the bundle folder; a bundle zip holds only its own files"));

        Map<String, byte[]> slip = under("school/", files);
        slip.put("/etc/absolute.csv", new byte[1]);
        slip.put("C:/windows/drive.csv", new byte[1]);
        assertThat(problemsReadingFile(zip(slip))).containsExactly(
                "school.zip: the entry \"/etc/absolute.csv\" points outside the bundle folder; a bundle zip holds"
                        + " only its own files",
                "school.zip: the entry \"C:/windows/drive.csv\" points outside the bundle folder; a bundle zip"
                        + " holds only its own files");
    }

    @Test
    void aFileGivenTwiceInTheZipIsAnError() throws Exception {
        Map<String, byte[]> entries = under("school/", TestBundles.filesOf("small-elementary"));
        entries.put("school/Xeachers.csv", "id\nsomeone\n".getBytes(StandardCharsets.UTF_8));
        // ZipOutputStream refuses a name twice; a zip made otherwise can hold it.
        byte[] zip = patched(zip(entries), "school/Xeachers.csv",
                "school/teachers.csv".getBytes(StandardCharsets.US_ASCII));

        assertThat(problemsReadingFile(zip)).containsExactly(
                "school.zip: the zip holds \"school/teachers.csv\" twice; a bundle has each file once");
    }

    @Test
    void aZipThatCannotBeReadSaysWhyAndNeverNull() throws Exception {
        byte[] whole = zip(under("school/", TestBundles.filesOf("small-elementary")));
        byte[] cutShort = Arrays.copyOf(whole, 200);
        byte[] garbage = new byte[4_000];
        Arrays.fill(garbage, (byte) 'x');
        System.arraycopy(whole, 0, garbage, 0, 30);
        byte[] notUtf8Name = patched(whole, "school/rooms.csv", new byte[] {'s', 'c', 'h', 'o', 'o', 'l', '/',
                (byte) 0xC9, 'o', 'o', 'm', 's', '.', 'c', 's', 'v'});

        assertThat(problemsReadingFile(cutShort)).containsExactly(
                "school.zip: the zip cannot be read: it ends in the middle of an entry; it is cut short or damaged");
        assertThat(problemsReadingFile(garbage)).singleElement().asString()
                .startsWith("school.zip: the zip cannot be read: it ");
        assertThat(problemsReadingFile(notUtf8Name)).containsExactly("school.zip: the zip cannot be read: an"
                + " entry's name is not UTF-8 text; make the zip again with a current zip tool");
        for (byte[] zip : List.of(cutShort, garbage, notUtf8Name)) {
            assertThat(problemsReadingFile(zip)).noneMatch(problem -> problem.contains("null"));
        }
    }

    @Test
    void bytesOfEntriesThatAreNotReadStillCountAgainstTheInflatedLimit() throws Exception {
        Map<String, byte[]> entries = under("school/", TestBundles.filesOf("small-elementary"));
        entries.put("../bomb.csv", new byte[2 * 1024 * 1024]);
        entries.put("school/notes.txt", new byte[2 * 1024 * 1024]);
        ZipLimits oneMegabyte = new ZipLimits(1024 * 1024, 100, "max-unzipped", null);

        for (String skipped : List.of("../bomb.csv", "school/notes.txt")) {
            Map<String, byte[]> one = new LinkedHashMap<>(entries);
            one.keySet().removeIf(name -> name.equals(skipped.equals("../bomb.csv") ? "school/notes.txt"
                    : "../bomb.csv"));
            BundleException error = assertThrows(BundleException.class, () -> BundleReader.readZip(
                    new ByteArrayInputStream(zip(one)), "school", oneMegabyte));
            assertThat(error.problems()).extracting(BundleProblem::toString)
                    .contains("school.zip: the zip inflates to more than the limit of 1 MB (max-unzipped)");
        }
    }
}
