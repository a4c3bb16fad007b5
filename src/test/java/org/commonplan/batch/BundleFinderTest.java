package org.commonplan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
    void aLinkBackUpIsSearchedOnceAndSaid() throws IOException {
        Path school = bundle("district/maple");
        Path loop = Files.createSymbolicLink(root.resolve("district/loop"), root.resolve("district"));

        BundleFinder.Search search = BundleFinder.search(root.resolve("district"));

        assertThat(search.bundles()).containsExactly(school);
        assertThat(search.skipped()).containsExactly(loop + ": skipped, a symbolic link leads there and it is the "
                + "folder " + root.resolve("district") + ", searched once");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoLinksBackUpEndAtOnce() throws IOException {
        Path school = bundle("district/maple");
        Path district = root.resolve("district");
        Files.createSymbolicLink(district.resolve("a-loop"), district);
        Files.createSymbolicLink(district.resolve("b-loop"), Path.of("."));

        BundleFinder.Search search = BundleFinder.search(district);

        assertThat(search.bundles()).containsExactly(school);
        assertThat(search.skipped()).hasSize(2);
    }

    @Test
    void aLinkToASchoolOutsideIsFollowed() throws IOException {
        Path elsewhere = bundle("shared-drive/oak");
        Path district = Files.createDirectories(root.resolve("district"));
        Path link = Files.createSymbolicLink(district.resolve("oak"), elsewhere);

        assertThat(BundleFinder.find(district)).containsExactly(link);
    }

    @Test
    void aBundlesOwnOutputNameIsItsFolderOrItsZipWithoutTheExtension() {
        assertThat(BundleFinder.outputName(Path.of("datasets", "small-middle"))).isEqualTo("small-middle");
        assertThat(BundleFinder.outputName(root.resolve("Riverside K-5.zip"))).isEqualTo("Riverside-K-5");
        assertThat(BundleFinder.outputName(root.resolve("oak.JSON"))).isEqualTo("oak");
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
