package org.commonplan.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/** Writes CSV whose text cells cannot be taken for formulas by a spreadsheet. */
public final class SafeCsv {

    private SafeCsv() {
    }

    /** A cell that starts with =, +, -, @, tab or carriage return gets a leading apostrophe. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && value instanceof CharSequence) {
            char first = text.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + text;
            }
        }
        return text;
    }

    public static void write(Writer writer, List<String> header, List<List<?>> rows) throws IOException {
        try (ICSVWriter csv = new CSVWriter(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            // Headers too: comparison.csv has a column per scenario, named by the user.
            csv.writeNext(header.stream().map(SafeCsv::cell).toArray(String[]::new), false);
            for (List<?> row : rows) {
                csv.writeNext(row.stream().map(SafeCsv::cell).toArray(String[]::new), false);
            }
        }
    }
}
