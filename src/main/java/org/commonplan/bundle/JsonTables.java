package org.commonplan.bundle;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import org.commonplan.bundle.Table.Row;

/**
 * Reads the JSON form of a bundle into the same {@link Table}s as the CSV files, with row {@code i} (0-based)
 * on line {@code i + 2}, where it would be in the CSV file. The document is read token by token, with the limits
 * of the CSV files applied as it goes, so that it never costs much more memory than its text: a list in a cell
 * becomes one {@code ;}-joined text, as in CSV, never an object for each item.
 */
final class JsonTables {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Problems problems;
    private final JsonParser parser;

    private JsonTables(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** @return the tables by file, or null when the document cannot be read at all */
    static Map<BundleFile, Table> read(byte[] json, Problems problems) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return new JsonTables(parser, problems).read();
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            String column = location == null || location.getColumnNr() < 1 ? null
                    : String.valueOf(location.getColumnNr());
            problems.add(BundleReader.JSON_FILE, line, column, "malformed JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    private Map<BundleFile, Table> read() throws IOException {
        JsonToken root = parser.nextToken();
        if (root == null) {
            problems.addFileProblem(BundleReader.JSON_FILE, "the document is empty");
            return null;
        }
        if (root != JsonToken.START_OBJECT) {
            problems.addFileProblem(BundleReader.JSON_FILE, "the document must be an object whose keys are the "
                    + "bundle's files without .csv (settings, bell_schedule, teachers, ...)");
            return null;
        }
        Map<BundleFile, Table> tables = new EnumMap<>(BundleFile.class);
        boolean readable = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            String key = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
            BundleFile file = BundleFile.byJsonKey(key).orElse(null);
            if (file == null) {
                problems.addFileProblem(BundleReader.JSON_FILE, Cells.quote(name)
                        + " is not a part of a bundle; the parts are " + jsonKeys());
                parser.skipChildren();
                continue;
            }
            Table table = file == BundleFile.SETTINGS && value == JsonToken.START_OBJECT ? settingsTable()
                    : table(file, value);
            if (table == null) {
                readable = false;
            } else {
                tables.put(file, table);
            }
        }
        return readable ? tables : null;
    }

    /** settings as an object of key: value, the natural JSON form of the two-column settings.csv. */
    private Table settingsTable() throws IOException {
        String file = BundleFile.SETTINGS.fileName();
        List<Row> rows = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            if (rows.size() == Limits.MAX_ROWS_PER_FILE) {
                problems.addFileProblem(file, String.format("settings has more than %,d keys, the limit of rows per "
                        + "file", Limits.MAX_ROWS_PER_FILE));
                parser.skipChildren();
                skipRest(JsonToken.END_OBJECT);
                return null;
            }
            int line = rows.size() + 2;
            Map<String, String> cells = new HashMap<>();
            cells.put("key", key);
            String value = value(file, line, key);
            if (value != null) {
                cells.put("value", value);
            }
            rows.add(new Row(line, cells));
        }
        return new Table(file, List.of("key", "value"), rows);
    }

    private Table table(BundleFile bundleFile, JsonToken start) throws IOException {
        String file = bundleFile.fileName();
        if (start != JsonToken.START_ARRAY) {
            problems.addFileProblem(file, "in JSON, " + bundleFile.jsonKey()
                    + " must be a list of rows, each an object of column: value");
            parser.skipChildren();
            return null;
        }
        Set<String> columns = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            int line = i + 2;
            if (i == Limits.MAX_ROWS_PER_FILE) {
                problems.addFileProblem(file, "the file has more than the limit of "
                        + String.format("%,d", Limits.MAX_ROWS_PER_FILE) + " rows per file");
                parser.skipChildren();
                skipRest(JsonToken.END_ARRAY);
                return null;
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                problems.add(file, line, null, "a row must be an object of column: value");
                parser.skipChildren();
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            int fields = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String column = Table.cell(parser.currentName());
                parser.nextToken();
                if (++fields > Limits.MAX_COLUMNS) {
                    problems.add(file, line, null, String.format("the row has more than %,d columns; a file has at "
                            + "most %,d", Limits.MAX_COLUMNS, Limits.MAX_COLUMNS));
                    parser.skipChildren();
                    skipRest(JsonToken.END_OBJECT);
                    cells.clear();
                    break;
                }
                if (column == null) {
                    problems.add(file, line, null, "a column name is empty");
                    parser.skipChildren();
                    continue;
                }
                if (columns.add(column) && columns.size() > Limits.MAX_COLUMNS) {
                    problems.add(file, line, column, String.format("the rows name more than %,d different "
                            + "columns; a file has at most %,d", Limits.MAX_COLUMNS, Limits.MAX_COLUMNS));
                    parser.skipChildren();
                    skipRest(JsonToken.END_OBJECT);
                    skipRest(JsonToken.END_ARRAY);
                    return null;
                }
                String value = value(file, line, column);
                if (value != null) {
                    cells.put(column, value);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(line, cells));
            }
        }
        return new Table(file, List.copyOf(columns), rows);
    }

    /**
     * The current value as a cell's text: strings and numbers as written, a list joined with ';' as in a CSV cell;
     * null when it is null or not a cell's value (reported).
     */
    private String value(String file, int line, String column) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return Table.cell(scalar());
        }
        if (token == JsonToken.START_ARRAY) {
            StringBuilder joined = new StringBuilder();
            boolean valid = true;
            boolean first = true;
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                if (!item.isScalarValue() || item == JsonToken.VALUE_NULL) {
                    valid = false;
                    parser.skipChildren();
                } else if (valid) {
                    // Empty items keep their place: a lock list leaves a lesson free with one ("MON-P1", "", ...).
                    if (!first) {
                        joined.append(';');
                    }
                    first = false;
                    if (item == JsonToken.VALUE_NUMBER_FLOAT) {
                        joined.append(scalar());
                    } else {
                        // Straight from the parser's buffer: no string for each item of a long list.
                        joined.append(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                    }
                }
            }
            if (!valid) {
                problems.add(file, line, column, "a list may hold only text and numbers");
                return null;
            }
            return Table.cell(joined.toString());
        }
        problems.add(file, line, column, "a value must be text, a number or a list");
        parser.skipChildren();
        return null;
    }

    /** A scalar's text; a whole number written with a fraction or an exponent (30.0, 3e1) as its digits. */
    private String scalar() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal number = parser.getDecimalValue().stripTrailingZeros();
            // The exponent may be huge (1e999999999): expand only numbers of at most 100 digits.
            if (number.scale() <= 0 && number.precision() - number.scale() <= 100) {
                return number.toBigIntegerExact().toString();
            }
        }
        return parser.getText();
    }

    /** Skips the rest of the object or list the parser is in, up to and including its {@code end}. */
    private void skipRest(JsonToken end) throws IOException {
        for (JsonToken token = parser.nextToken(); token != end && token != null; token = parser.nextToken()) {
            parser.skipChildren();
        }
    }

    private static String jsonKeys() {
        StringJoiner keys = new StringJoiner(", ");
        for (BundleFile file : BundleFile.values()) {
            keys.add(file.jsonKey());
        }
        return keys.toString();
    }
}
