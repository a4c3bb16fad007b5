package org.commonplan.fetimport;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes files into a folder that holds nothing yet: a new folder, or an existing empty one. Anything already in
 * the folder belongs to the user, so a folder with anything in it is refused and left as it is. The files are
 * written to a hidden folder beside it first and moved into place at once, so a failure leaves no half-written
 * bundle. The folder ends up rwxr-xr-x and its files rw-r--r--, as the project's other outputs.
 */
public final class NewFolder {

    private NewFolder() {
    }

    private static void permit(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and the like: the file system's own defaults.
        }
    }

    /** Why {@code folder} cannot take a new bundle, or null when it can. */
    public static String refusal(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return folder + " already holds files; give a new folder, nothing is overwritten";
                }
            }
            return null;
        }
        return Files.exists(folder) ? folder + " is a file, not a folder; give a new folder" : null;
    }

    /** Writes the files; throws {@link FileAlreadyExistsException} when the folder is not new or empty. */
    public static void write(Map<String, byte[]> files, Path folder) throws IOException {
        String refusal = refusal(folder);
        if (refusal != null) {
            throw new FileAlreadyExistsException(folder.toString(), null, refusal);
        }
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + folder.getFileName() + "-");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                permit(Files.write(staging.resolve(file.getKey()), file.getValue()), "rw-r--r--");
            }
            // A temporary folder is made private; the bundle is not.
            permit(staging, "rwxr-xr-x");
            if (Files.isDirectory(folder)) {
                try {
                    // Only an empty folder can be deleted; one filled in the meantime stays as it is.
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException e) {
                    throw new FileAlreadyExistsException(folder.toString(), null, folder
                            + " was filled while the bundle was written; nothing is overwritten");
                }
            }
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(staging)) {
                try (Stream<Path> paths = Files.walk(staging)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }
}
