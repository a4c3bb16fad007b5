package org.commonplan.bundle;

import java.util.List;
import java.util.Map;

/**
 * One bundle file as read from CSV or JSON, before any meaning is given to its cells:
 * the shared form that lets both inputs get the same validation.
 *
 * @param file    the CSV file name, e.g. {@code teachers.csv}
 * @param columns the header's column names in file order
 * @param rows    the non-blank rows
 */
record Table(String file, List<String> columns, List<Row> rows) {

    Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    boolean has(String column) {
        return columns.contains(column);
    }

    /**
     * One row.
     *
     * @param line  the 1-based line the row starts on in the CSV file (header = 1)
     * @param cells column → trimmed value; empty cells are absent
     */
    record Row(int line, Map<String, String> cells) {

        Row {
            cells = Map.copyOf(cells);
        }

        /** The trimmed value, or null when the cell is empty or the column absent. */
        String get(String column) {
            return cells.get(column);
        }
    }

    /** The value a raw cell stands for: trimmed, and null when blank. */
    static String cell(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
