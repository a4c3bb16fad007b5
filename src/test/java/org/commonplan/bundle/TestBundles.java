package org.commonplan.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Copies of the bundled datasets that a test may edit. */
public final class TestBundles {

    private TestBundles() {
    }

    /** Copies the CSV files of {@code datasets/<dataset>} into {@code dir/<as>} and returns that folder. */
    public static Path copyOf(String dataset, Path dir, String as) throws IOException {
        Path copy = dir.resolve(as);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("datasets", dataset))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".csv")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /** The CSV files of {@code datasets/<dataset>} by file name, as an upload holds them. */
    public static Map<String, byte[]> filesOf(String dataset) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(Path.of("datasets", dataset))) {
            for (Path file : list.filter(path -> path.toString().endsWith(".csv")).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
