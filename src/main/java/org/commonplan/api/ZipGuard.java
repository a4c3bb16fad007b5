package org.commonplan.api;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleProblem;

/**
 * Looks through an uploaded zip before BundleReader does, and refuses what a bundle never holds: entries that
 * point outside the bundle folder (zip-slip: {@code ..}, absolute paths, drive letters), archives inside the
 * archive, too many entries, and more inflated bytes than the limit (counted while inflating, as the sizes a zip
 * declares can lie). Nothing is written anywhere: the zip is only read, in memory.
 */
final class ZipGuard {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final List<String> ARCHIVE_SUFFIXES = List.of(".zip", ".jar", ".war", ".gz", ".tgz", ".tar",
            ".bz2", ".xz", ".7z", ".rar", ".zst");
    private static final int BUFFER = 8192;

    private final long maxInflatedBytes;
    private final int maxEntries;

    ZipGuard(long maxInflatedBytes, int maxEntries) {
        this.maxInflatedBytes = maxInflatedBytes;
        this.maxEntries = maxEntries;
    }

    /** Throws with every problem found; a zip that cannot be read at all is left for BundleReader to report. */
    void check(byte[] zip, String zipName) throws BundleException {
        List<BundleProblem> problems = new ArrayList<>();
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    problems.add(problem(zipName, String.format("the zip has more than the limit of %,d entries",
                            maxEntries)));
                    break;
                }
                String path = entry.getName().replace('\\', '/');
                if (outsideFolder(path)) {
                    problems.add(problem(zipName, "the entry \"" + entry.getName()
                            + "\" points outside the bundle folder; a bundle zip holds only its own files"));
                    continue;
                }
                if (hasArchiveSuffix(path)) {
                    problems.add(problem(zipName, "the entry \"" + entry.getName()
                            + "\" is an archive inside the archive; put the CSV files in the zip itself"));
                    continue;
                }
                long entryBytes = 0;
                int read = in.readNBytes(buffer, 0, 4);
                if (!entry.isDirectory() && isArchive(buffer, read)) {
                    problems.add(problem(zipName, "the entry \"" + entry.getName()
                            + "\" is an archive inside the archive; put the CSV files in the zip itself"));
                }
                for (; read > 0; read = in.read(buffer)) {
                    entryBytes += read;
                    if (inflated + entryBytes > maxInflatedBytes) {
                        problems.add(problem(zipName, "the zip inflates to more than the limit of "
                                + size(maxInflatedBytes) + " (commonplan.api.max-unzipped-size)"));
                        throw new BundleException(problems);
                    }
                }
                inflated += entryBytes;
            }
        } catch (ZipException | EOFException e) {
            problems.add(problem(zipName, "the zip cannot be read: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(problem(zipName, "the zip cannot be read: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
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
    private static boolean isArchive(byte[] head, int length) {
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

    private static BundleProblem problem(String zipName, String message) {
        return new BundleProblem(zipName, 0, null, message);
    }

    /** A byte count as a person writes it: {@code 10 MB}, {@code 256 KB}, else bytes. */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format("%,d bytes", bytes);
    }
}
