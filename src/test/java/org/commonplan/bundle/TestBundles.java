package org.commonplan.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.commonplan.domain.School;

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

    /**
     * Writes a bundle into a new folder under {@code dir}: the {@code defaults}, then the {@code files} (which replace
     * a default of the same name), and reads it; a bundle with mistakes fails the test with their list.
     */
    public static School read(Path dir, Map<String, String> defaults, Map<String, String> files) throws IOException {
        Path bundle = Files.createTempDirectory(dir, "bundle");
        Map<String, String> all = new LinkedHashMap<>(defaults);
        all.putAll(files);
        for (Map.Entry<String, String> file : all.entrySet()) {
            Files.writeString(bundle.resolve(file.getKey()), file.getValue());
        }
        try {
            return BundleReader.read(bundle);
        } catch (BundleException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
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
