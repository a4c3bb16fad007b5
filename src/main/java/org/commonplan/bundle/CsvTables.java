package org.commonplan.bundle;

import java.io.IOException;
import java.io.StringReader;
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

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

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
        // RFC 4180 quoting: a backslash is an ordinary character, and a stray quote is an error, not a merged line.
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return read(file, reader, problems);
        } catch (IOException e) {
            problems.addFileProblem(file, "the file cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static Table read(String file, CSVReader reader, Problems problems) throws IOException {
        int line = 0;
        try {
            String[] header = reader.readNext();
            if (header == null) {
                problems.addFileProblem(file, "the file is empty; it needs a header row");
                return null;
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String raw : header) {
                String name = Table.cell(raw);
                names.add(name);
                if (name != null && !seen.add(name)) {
                    problems.add(file, 1, name, "the column appears twice in the header");
                }
            }
            List<Row> rows = new ArrayList<>();
            while (true) {
                line = (int) reader.getLinesRead() + 1;
                String[] cells = reader.readNext();
                if (cells == null) {
                    break;
                }
                Row row = row(file, line, names, cells, problems);
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
        } catch (CsvMalformedLineException | CsvValidationException e) {
            problems.add(file, line, null, "a quoted cell is never closed, or a quote stands inside an unquoted "
                    + "cell; quote the whole cell and double any quote inside it (\"\")");
            return null;
        }
    }

    /** The row's cells by column name, or null for a blank row. */
    private static Row row(String file, int line, List<String> names, String[] cells, Problems problems) {
        Map<String, String> values = new HashMap<>();
        boolean blank = true;
        for (int i = 0; i < cells.length; i++) {
            String value = Table.cell(cells[i]);
            if (value == null) {
                continue;
            }
            blank = false;
            if (i >= names.size()) {
                problems.add(file, line, null, "the row has a value in cell " + (i + 1) + " but the header names "
                        + names.size() + " columns");
            } else if (names.get(i) == null) {
                problems.add(file, line, null, "the row has a value in cell " + (i + 1)
                        + " but that column has no name in the header");
            } else {
                values.putIfAbsent(names.get(i), value);
            }
        }
        return blank ? null : new Row(line, values);
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
