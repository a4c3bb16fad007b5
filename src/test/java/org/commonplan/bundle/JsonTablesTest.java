package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The JSON form of a bundle is bounded as its CSV files are. */
class JsonTablesTest {

    private static BundleException readJson(String json) {
        return assertThrows(BundleException.class, () -> BundleReader.readJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "school"));
    }

    @Test
    void settingsOfMoreKeysThanAFileHasRowsAreOneProblem() {
        StringBuilder json = new StringBuilder("{\"settings\": {");
        for (int i = 0; i <= Limits.MAX_ROWS_PER_FILE; i++) {
            json.append(i == 0 ? "" : ",").append("\"key").append(i).append("\": 1");
        }
        json.append("}}");

        BundleException error = readJson(json.toString());

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "settings.csv: settings has more than 20,000 keys, the limit of rows per file");
    }

    @Test
    void rowsOfMoreColumnsThanAFileMayHaveAreRefused() {
        StringBuilder wide = new StringBuilder("{\"id\": \"R1\"");
        StringBuilder spread = new StringBuilder();
        for (int i = 0; i < Limits.MAX_COLUMNS; i++) {
            wide.append(", \"c").append(i).append("\": 1");
            spread.append(i == 0 ? "" : ", ").append("{\"id\": \"T").append(i).append("\", \"c").append(i)
                    .append("\": 1}");
        }
        wide.append('}');
        String json = "{\"rooms\": [" + wide + "], \"teachers\": [" + spread + "]}";

        BundleException error = readJson(json);

        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "teachers.csv line 101, column c99: the rows name more than 100 different columns; a file has at"
                        + " most 100",
                "rooms.csv line 2: the row has more than 100 columns; a file has at most 100");
    }

    @Test
    void aListOfMillionsOfItemsCostsMemoryInProportionToItsTextNotToItsItems() {
        StringBuilder json = new StringBuilder("{\"teams\": [{\"id\": \"T\", \"kind\": \"GRADE\", \"members\": [");
        for (int i = 0; i < 2_000_000; i++) {
            json.append(i == 0 ? "\"t\"" : ",\"t\"");
        }
        byte[] document = json.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        BundleException error = assertThrows(BundleException.class,
                () -> BundleReader.readJson(new ByteArrayInputStream(document), "school"));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(error.problems()).extracting(BundleProblem::toString).contains("teams.csv line 2, column members:"
                + " the cell lists 2,000,000 items, more than the limit of 1,000 in a cell");
        // A tree of the document held an object for each item: some 20 times the text.
        assertThat(allocated).isLessThan(8L * document.length);
    }
}
