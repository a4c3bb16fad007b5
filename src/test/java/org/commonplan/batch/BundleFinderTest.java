package org.commonplan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFinderTest {

    @TempDir
    Path root;

    private Path bundle(String path) throws IOException {
        Path folder = Files.createDirectories(root.resolve(path));
        Files.writeString(folder.resolve(BundleFinder.BELL_SCHEDULE), "day,period,start,end\n");
        return folder;
    }

    @Test
    void findsBundlesInPathOrderWithoutLookingInsideThem() throws IOException {
        Path zeta = bundle("zeta");
        bundle("zeta/scenarios/more-release");
        bundle("zeta/planted");
        Path alpha = bundle("east/alpha");
        Path beta = bundle("east/beta");
        bundle(".hidden/gamma");
        Files.createDirectories(root.resolve("west/empty"));

        assertThat(BundleFinder.find(root)).containsExactly(alpha, beta, zeta);
    }

    @Test
    void aFolderThatIsABundleIsTheOnlyOne() throws IOException {
        Path school = bundle("school");
        bundle("school/scenarios/a");

        assertThat(BundleFinder.find(school)).containsExactly(school);
    }

    @Test
    void schoolsWithTheSameFolderNameAreNamedByTheirPaths() throws IOException {
        Path eastLincoln = bundle("east/lincoln");
        Path westLincoln = bundle("west/lincoln");
        Path oak = bundle("west/oak elementary");

        Map<Path, String> names = BundleFinder.outputNames(root, List.of(eastLincoln, westLincoln, oak));

        assertThat(names.values()).containsExactly("east-lincoln", "west-lincoln", "oak-elementary");
    }
}
