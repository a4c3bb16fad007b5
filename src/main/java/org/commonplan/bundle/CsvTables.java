package org.commonplan.bundle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonplan.bundle.Table.Row;

/** Reads one CSV file of a bundle into a {@link Table}. */
final class CsvTables {

    private CsvTables() {
    }

    /**
     * @return the table, or null when the file cannot be read at all (the reason is in {@code problems})
     */
    static Table read(String file, byte[] bytes, Problems problems) {
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            problems.addFileProblem(file, "the file is larger than the limit of "
                    + megabytes(Limits.MAX_FILE_BYTES) + " per file");
            return null;
        }
        String text = decode(file, bytes, problems);
        if (text == null) {
            return null;
        }
        try {
            return read(file, new CsvRecords(text), problems);
        } catch (CsvRecords.MalformedRecord e) {
            problems.add(file, e.line(), null, "a quoted cell is never closed, or text follows its closing quote; "
                    + "quote the whole cell and double any quote inside it (\"\")");
            return null;
        }
    }

    private static Table read(String file, CsvRecords records, Problems problems) throws CsvRecords.MalformedRecord {
        CsvRecords.Record header = records.next(Limits.MAX_COLUMNS);
        if (header == null) {
            problems.addFileProblem(file, "the file is empty; it needs a header row");
            return null;
        }
        if (header.cells().size() == 1 && header.cells().get(0).contains(";")) {
            // One column named "day;period;..." is a file saved with ';' between cells: say so once, not per cell.
            problems.add(file, 1, null, "the file uses ';' to separate its columns, as spreadsheets save CSV in "
                    + "many languages; CommonPlan reads ',' between columns (and ';' between the items of a list "
                    + "inside a cell): save it as \"CSV UTF-8 (comma delimited)\" or set the list separator to ','");
            return null;
        }
        if (header.extraValue() > 0) {
            problems.add(file, 1, null, String.format("the header names a column in cell %,d; a file has at most "
                    + "%,d columns", header.extraValue(), Limits.MAX_COLUMNS));
            return null;
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header.cells()) {
            String name = Table.cell(raw);
            names.add(name);
            if (name != null && !seen.add(name)) {
                problems.add(file, 1, name, "the column appears twice in the header");
            }
        }
        // Cells past the last named column are read only to see whether they are blank.
        while (!names.isEmpty() && names.get(names.size() - 1) == null) {
            names.remove(names.size() - 1);
        }
        List<Row> rows = new ArrayList<>();
        for (CsvRecords.Record record = records.next(names.size()); record != null;
                record = records.next(names.size())) {
            Row row = row(file, record, names, problems);
            if (row == null) {
                continue;
            }
            if (rows.size() == Limits.MAX_ROWS_PER_FILE) {
                problems.addFileProblem(file, "the file has more than the limit of "
                        + String.format("%,d", Limits.MAX_ROWS_PER_FILE) + " rows per file");
                return null;
            }
            rows.add(row);
        }
        return new Table(file, names.stream().filter(name -> name != null).distinct().toList(), rows);
    }

    /** The row's cells by column name, or null for a blank row; values past the header are one problem. */
    private static Row row(String file, CsvRecords.Record record, List<String> names, Problems problems) {
        Map<String, String> values = new HashMap<>();
        boolean blank = true;
        List<String> cells = record.cells();
        for (int i = 0; i < cells.size(); i++) {
            String value = Table.cell(cells.get(i));
            if (value == null) {
                continue;
            }
            blank = false;
            if (names.get(i) == null) {
                problems.add(file, record.line(), null, "the row has a value in cell " + (i + 1)
                        + " but that column has no name in the header");
            } else {
                values.putIfAbsent(names.get(i), value);
            }
        }
        if (record.extraValue() > 0) {
            problems.add(file, record.line(), null, String.format("the row has a value in cell %,d but the header "
                    + "names %,d %s; the rest of the row is not read", record.extraValue(), names.size(),
                    names.size() == 1 ? "column" : "columns"));
        }
        return blank ? null : new Row(record.line(), values);
    }

    /** Strict UTF-8, so that a file saved in another encoding is named rather than misread. */
    private static String decode(String file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int position = in.position();
            int line = 1;
            for (int i = 0; i < position; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(file, line, null, String.format("byte 0x%02X is not UTF-8; save the file as CSV UTF-8",
                    bytes[position] & 0xFF));
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
