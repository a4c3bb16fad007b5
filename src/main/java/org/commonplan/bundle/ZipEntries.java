package org.commonplan.bundle;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The one reader of bundle zips, for the CLI and the HTTP service alike. It refuses what a bundle never holds:
 * entries that point outside the bundle folder (zip-slip: {@code ..}, absolute paths, drive letters), archives
 * inside the archive, an entry given twice, more entries than the limit, and more inflated bytes than the limit
 * (counted while inflating, as the sizes a zip declares can lie). Nothing is written anywhere.
 */
final class ZipEntries {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final List<String> ARCHIVE_SUFFIXES = List.of(".zip", ".jar", ".war", ".gz", ".tgz", ".tar",
            ".bz2", ".xz", ".7z", ".rar", ".zst");
    private static final int BUFFER = 8192;

    private final String zipName;
    private final ZipLimits limits;
    private final Problems problems;
    private final byte[] buffer = new byte[BUFFER];
    private long inflated;

    private ZipEntries(String zipName, ZipLimits limits, Problems problems) {
        this.zipName = zipName;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * The bundle's CSV files by folder inside the zip (empty for its root), then by file name; files that are
     * not bundle files are there with no bytes, so that they can be named. Throws with every problem of the zip.
     */
    static Map<String, Map<String, byte[]>> read(InputStream in, String zipName, ZipLimits limits, Problems problems)
            throws BundleException, IOException {
        return new ZipEntries(zipName, limits, problems).read(in);
    }

    private Map<String, Map<String, byte[]>> read(InputStream in) throws BundleException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        byte[] magic = buffered.readNBytes(2);
        buffered.reset();
        if (magic.length < 2 || magic[0] != 'P' || magic[1] != 'K') {
            problems.addFileProblem(zipName, "the file is not a zip; a bundle is a folder, a .zip of one or a "
                    + ".json document");
            throw problems.toException();
        }
        Map<String, Map<String, byte[]>> byFolder = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(buffered)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    problems.addFileProblem(zipName, String.format("the zip has more than the limit of %,d entries",
                            limits.maxEntries()) + setting(limits.entriesSetting()));
                    throw problems.toException();
                }
                String path = entry.getName().replace('\\', '/');
                boolean keep = !outsideFolder(path) && !hasArchiveSuffix(path) && keeps(entry, path);
                // Every entry is inflated here, counted: the stream would inflate what is skipped without counting.
                byte[] bytes = contents(zip, keep);
                if (outsideFolder(path)) {
                    problems.addFileProblem(zipName, "the entry " + Cells.quote(entry.getName())
                            + " points outside the bundle folder; a bundle zip holds only its own files");
                    continue;
                }
                if (hasArchiveSuffix(path)) {
                    problems.addFileProblem(zipName, archiveInside(entry));
                    continue;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (!seen.add(path)) {
                    problems.addFileProblem(zipName, "the zip holds " + Cells.quote(entry.getName())
                            + " twice; a bundle has each file once");
                    continue;
                }
                if (isArchive(bytes)) {
                    problems.addFileProblem(zipName, archiveInside(entry));
                    continue;
                }
                int slash = path.lastIndexOf('/');
                String fileName = path.substring(slash + 1);
                if (isMetadata(path, fileName) || !isCsv(fileName)) {
                    continue;
                }
                String folder = slash < 0 ? "" : path.substring(0, slash);
                byFolder.computeIfAbsent(folder, key -> new LinkedHashMap<>()).put(fileName, keep ? bytes : new byte[0]);
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            problems.addFileProblem(zipName, "the zip cannot be read: " + damage(e));
        }
        problems.throwIfAny();
        if (byFolder.isEmpty()) {
            problems.addFileProblem(zipName, "the zip holds no CSV files");
            throw problems.toException();
        }
        return byFolder;
    }

    /** Whether the entry's bytes are kept: a bundle CSV file's, which BundleReader reads. */
    private static boolean keeps(ZipEntry entry, String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return !entry.isDirectory() && !isMetadata(path, fileName)
                && BundleFile.byFileName(fileName.toLowerCase(Locale.ROOT)).isPresent();
    }

    /**
     * Inflates the whole entry, counting every byte against the limit; returns the first bytes: up to one past
     * the file limit when {@code keep}, else the first four (enough to tell an archive).
     */
    private byte[] contents(ZipInputStream zip, boolean keep) throws IOException, BundleException {
        int kept = keep ? Limits.MAX_FILE_BYTES + 1 : 4;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
            inflated += read;
            if (inflated > limits.maxInflatedBytes()) {
                problems.addFileProblem(zipName, "the zip inflates to more than the limit of "
                        + CsvTables.megabytes(limits.maxInflatedBytes()) + setting(limits.inflatedSetting()));
                throw problems.toException();
            }
            if (head.size() < kept) {
                head.write(buffer, 0, Math.min(read, kept - head.size()));
            }
        }
        return head.toByteArray();
    }

    /** What is wrong with a zip that cannot be read, in words, whatever the exception's own message. */
    private static String damage(Exception e) {
        if (e instanceof EOFException) {
            return "it ends in the middle of an entry; it is cut short or damaged";
        }
        if (e instanceof IllegalArgumentException) {
            return "an entry's name is not UTF-8 text; make the zip again with a current zip tool";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "it is damaged"
                : "it is damaged (" + e.getMessage() + ")";
    }

    private static String archiveInside(ZipEntry entry) {
        return "the entry " + Cells.quote(entry.getName())
                + " is an archive inside the archive; put the CSV files in the zip itself";
    }

    private static String setting(String name) {
        return name == null ? "" : " (" + name + ")";
    }

    /** Metadata that macOS and others add to zips. */
    private static boolean isMetadata(String path, String fileName) {
        return path.startsWith("__MACOSX/") || fileName.startsWith(".");
    }

    private static boolean isCsv(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static boolean outsideFolder(String path) {
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasArchiveSuffix(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /** Zip, gzip, 7z and rar by their first bytes, whatever the entry is called. */
    private static boolean isArchive(byte[] head) {
        int length = head.length;
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return true;
        }
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return true;
        }
        if (length >= 4 && head[0] == '7' && head[1] == 'z' && (head[2] & 0xff) == 0xbc && (head[3] & 0xff) == 0xaf) {
            return true;
        }
        return length >= 4 && head[0] == 'R' && head[1] == 'a' && head[2] == 'r' && head[3] == '!';
    }
}
