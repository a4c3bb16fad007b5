package org.commonplan.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder CommonPlan writes results into, kept from harming anything else the user keeps there. CommonPlan
 * writes into a new folder, an empty one, or an earlier output of its own (known by a file it writes there,
 * with the first line it writes), and there it replaces only the files it writes. Anything else is refused
 * with a sentence, which the commands do before solving. Each file is written to a temporary file beside it
 * and moved into place, so no one ever reads half a file; the folders it makes are rwxr-xr-x and its files
 * rw-r--r--, as other tools leave them.
 */
public final class OutputFolder {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final String TEMPORARY = ".tmp";

    /**
     * What CommonPlan writes into one kind of output folder.
     *
     * @param what       the kind of output in words, e.g. "schedule"
     * @param files      the files it writes there
     * @param marks      file name to the start of the first line CommonPlan writes in it: an earlier output holds
     *                   at least one of them
     * @param subfolders the kind of output each of its subfolders holds, or null when it has none
     */
    public record Kind(String what, List<String> files, Map<String, String> marks, Kind subfolders) {
    }

    /** Why CommonPlan will not write into a folder, as a sentence for the user. */
    public static final class Refused extends IOException {

        public Refused(String sentence) {
            super(sentence);
        }
    }

    private OutputFolder() {
    }

    /** Refuses a folder that CommonPlan may not (someone else's files are there) or cannot write into. */
    public static void check(Path folder, Kind kind) throws Refused {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            checkExisting(folder, kind);
            return;
        }
        Path existing = folder.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new Refused(folder + ": the folder cannot be made, because " + existing
                    + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new Refused(folder + ": the folder cannot be made, because " + existing
                    + " is read-only");
        }
    }

    private static void checkExisting(Path folder, Kind kind) throws Refused {
        if (!Files.isDirectory(folder)) {
            throw new Refused(folder + ": this is a file, not a folder; CommonPlan writes its " + kind.what()
                    + " into a folder of its own and replaces nothing it did not write, so choose a new folder");
        }
        if (!Files.isWritable(folder)) {
            throw new Refused(folder + ": the folder is read-only");
        }
        if (isEarlierOutput(folder, kind)) {
            return;
        }
        List<String> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                boolean own = isTemporary(entry, kind)
                        || kind.subfolders() != null && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && isEarlierOutput(entry, kind.subfolders());
                if (!own) {
                    others.add(entry.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new Refused(folder + ": the folder cannot be read: " + e.getMessage());
        }
        if (!others.isEmpty()) {
            throw new Refused(folder + ": the folder holds files CommonPlan did not write ("
                    + String.join(", ", others.subList(0, Math.min(3, others.size())))
                    + (others.size() > 3 ? " and " + (others.size() - 3) + " more" : "")
                    + "); choose a new or empty folder, or an earlier " + kind.what() + " output (CommonPlan "
                    + "knows one by its " + kind.marks().keySet().stream().sorted().collect(Collectors.joining(
                            " or ")) + ")");
        }
    }

    /** Whether the folder holds one of the kind's marks: a file CommonPlan wrote, as it writes it. */
    public static boolean isEarlierOutput(Path folder, Kind kind) {
        for (Map.Entry<String, String> mark : kind.marks().entrySet()) {
            Path file = folder.resolve(mark.getKey());
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && firstLineStartsWith(file, mark.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstLineStartsWith(Path file, String start) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[start.length()];
            int read = 0;
            while (read < head.length) {
                int chunk = reader.read(head, read, head.length - read);
                if (chunk < 0) {
                    return false;
                }
                read += chunk;
            }
            return new String(head).equals(start);
        } catch (IOException e) {
            return false;
        }
    }

    /** A temporary file of {@link #write}: left behind only when the process was killed while writing. */
    private static boolean isTemporary(Path entry, Kind kind) {
        String name = entry.getFileName().toString();
        return name.endsWith(TEMPORARY) && kind.files().stream().anyMatch(file -> name.startsWith("." + file + "."));
    }

    /** Checks the folder and makes it and any missing parent, each rwxr-xr-x; folders already there are kept. */
    public static void create(Path folder, Kind kind) throws IOException {
        check(folder, kind);
        Deque<Path> missing = new ArrayDeque<>();
        for (Path path = folder.toAbsolutePath(); path != null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
                path = path.getParent()) {
            missing.push(path);
        }
        for (Path path : missing) {
            try {
                Files.createDirectory(path);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                if (Files.isDirectory(path)) {
                    continue;
                }
                throw madeMeanwhile;
            }
            permit(path, FOLDER);
        }
    }

    /**
     * Writes one file whole: to a temporary file in the same folder, then moved over the old one (a link there
     * is replaced, not followed).
     */
    public static void write(Path folder, String name, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(folder, "." + name + ".", TEMPORARY);
        try {
            Files.write(temporary, content);
            permit(temporary, FILE);
            Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void permit(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows and the like: the file system's own defaults.
        }
    }
}
