package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.commonplan.bundle.Table.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CsvTablesTest {

    private final Problems problems = new Problems();

    private Table read(String text) {
        return CsvTables.read("rooms.csv", text.getBytes(StandardCharsets.UTF_8), problems);
    }

    private List<String> problemTexts() {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (BundleException e) {
            return e.problems().stream().map(BundleProblem::toString).toList();
        }
    }

    @Test
    void quotedCellsLineBreaksAndBlankLinesReadAsSpreadsheetsWriteThem() {
        Table table = read("id,capacity,kind\r\n"
                + "\"R1, annex\",\"3\"\"0\",GENERAL\r\n"
                + "\r\n"
                + "R2,\"30\n\",\n"
                + "R3,a\"b,,,,\n"
                + "R4,25");

        assertThat(problemTexts()).isEmpty();
        assertThat(table.columns()).containsExactly("id", "capacity", "kind");
        assertThat(table.rows()).extracting(Row::line).containsExactly(2, 4, 6, 7);
        assertThat(table.rows()).extracting(Row::cells).containsExactly(
                Map.of("id", "R1, annex", "capacity", "3\"0", "kind", "GENERAL"),
                Map.of("id", "R2", "capacity", "30"),
                Map.of("id", "R3", "capacity", "a\"b"),
                Map.of("id", "R4", "capacity", "25"));
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsReportedOnItsRecordsLine() {
        assertThat(read("id,capacity\nR1,30\nR2,\"30\nR3,40\n")).isNull();
        assertThat(read("id,capacity\nR1,\"30\"x\n")).isNull();

        assertThat(problemTexts()).containsExactly(
                "rooms.csv line 2: a quoted cell is never closed, or text follows its closing quote; quote the whole"
                        + " cell and double any quote inside it (\"\")",
                "rooms.csv line 3: a quoted cell is never closed, or text follows its closing quote; quote the whole"
                        + " cell and double any quote inside it (\"\")");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aRowOfMillionsOfExtraCellsIsOneProblemReadWithoutHoldingItsCells() {
        StringBuilder wide = new StringBuilder("id,capacity\nR1,30\nR2,30");
        for (int i = 0; i < 5_100_000; i++) {
            wide.append(",x");
        }
        wide.append("\nR3,30,,,\n");

        Table table = read(wide.toString());

        assertThat(problemTexts()).containsExactly("rooms.csv line 3: the row has a value in cell 3 but the header"
                + " names 2 columns; the rest of the row is not read");
        assertThat(table.rows()).extracting(Row::line).containsExactly(2, 3, 4);
    }

    @Test
    void aHeaderOfMoreColumnsThanAnyBundleFileIsRefused() {
        StringBuilder header = new StringBuilder("id");
        for (int i = 2; i <= Limits.MAX_COLUMNS + 1; i++) {
            header.append(",c").append(i);
        }
        assertThat(read(header + "\nR1\n")).isNull();

        assertThat(problemTexts()).containsExactly("rooms.csv line 1: the header names a column in cell 101; a file"
                + " has at most 100 columns");
    }

    @Test
    void aValueUnderAnUnnamedColumnIsNamed() {
        read("id,,capacity\nR1,x,30\n");

        BundleException error = assertThrows(BundleException.class, problems::throwIfAny);
        assertThat(error.problems()).extracting(BundleProblem::toString).containsExactly(
                "rooms.csv line 2: the row has a value in cell 2 but that column has no name in the header");
    }
}
