package org.commonplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regenerating a committed dataset from the catalog gives the committed files, byte for byte. */
class DatasetCatalogTest {

    @ParameterizedTest
    @ValueSource(strings = {"elementary-planted", "middle-planted", "high-4x4-planted", "district/adams-elementary",
            "maple-elementary/scenarios/specials-90", "lincoln-high/scenarios/two-teacher-leaders"})
    void regeneratingReproducesTheCommittedFiles(String folder) throws IOException {
        DatasetCatalog.Dataset dataset = DatasetCatalog.datasets().stream()
                .filter(candidate -> candidate.folder().equals(folder)).findFirst().orElseThrow();

        Map<String, byte[]> generated = new TreeMap<>(SchoolGenerator.generate(dataset.options()).files());

        Map<String, byte[]> committed = filesUnder(Path.of("datasets", folder));
        assertThat(generated.keySet()).isEqualTo(committed.keySet());
        generated.forEach((file, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(folder + "/" + file).isEqualTo(new String(committed.get(file),
                        StandardCharsets.UTF_8)));
    }

    private static Map<String, byte[]> filesUnder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
