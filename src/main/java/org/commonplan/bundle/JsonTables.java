package org.commonplan.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.commonplan.bundle.Table.Row;

/**
 * Reads the JSON form of a bundle into the same {@link Table}s as the CSV files, with row {@code i} (0-based)
 * on line {@code i + 2}, where it would be in the CSV file.
 */
final class JsonTables {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonTables() {
    }

    /** @return the tables by file, or null when the document cannot be read at all */
    static Map<BundleFile, Table> read(byte[] json, Problems problems) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            String column = location == null || location.getColumnNr() < 1 ? null
                    : String.valueOf(location.getColumnNr());
            problems.add(BundleReader.JSON_FILE, line, column, "malformed JSON: " + e.getOriginalMessage());
            return null;
        }
        if (root == null || root.isMissingNode()) {
            problems.addFileProblem(BundleReader.JSON_FILE, "the document is empty");
            return null;
        }
        if (!root.isObject()) {
            problems.addFileProblem(BundleReader.JSON_FILE, "the document must be an object whose keys are the "
                    + "bundle's files without .csv (settings, bell_schedule, teachers, ...)");
            return null;
        }
        Map<BundleFile, Table> tables = new EnumMap<>(BundleFile.class);
        boolean readable = true;
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey().endsWith(".csv")
                    ? field.getKey().substring(0, field.getKey().length() - 4) : field.getKey();
            BundleFile file = BundleFile.byJsonKey(key).orElse(null);
            if (file == null) {
                problems.addFileProblem(BundleReader.JSON_FILE, Cells.quote(field.getKey())
                        + " is not a part of a bundle; the parts are " + jsonKeys());
                continue;
            }
            Table table = file == BundleFile.SETTINGS && field.getValue().isObject()
                    ? settingsTable(field.getValue(), problems)
                    : table(file, field.getValue(), problems);
            if (table == null) {
                readable = false;
            } else {
                tables.put(file, table);
            }
        }
        return readable ? tables : null;
    }

    /** settings as an object of key: value, the natural JSON form of the two-column settings.csv. */
    private static Table settingsTable(JsonNode settings, Problems problems) {
        String file = BundleFile.SETTINGS.fileName();
        if (settings.size() > Limits.MAX_ROWS_PER_FILE) {
            problems.addFileProblem(file, String.format("settings has %,d keys, more than the limit of %,d rows per "
                    + "file", settings.size(), Limits.MAX_ROWS_PER_FILE));
            return null;
        }
        List<Row> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = settings.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            int line = rows.size() + 2;
            Map<String, String> cells = new HashMap<>();
            cells.put("key", field.getKey());
            String value = value(file, line, field.getKey(), field.getValue(), problems);
            if (value != null) {
                cells.put("value", value);
            }
            rows.add(new Row(line, cells));
        }
        return new Table(file, List.of("key", "value"), rows);
    }

    private static Table table(BundleFile bundleFile, JsonNode node, Problems problems) {
        String file = bundleFile.fileName();
        if (!node.isArray()) {
            problems.addFileProblem(file, "in JSON, " + bundleFile.jsonKey()
                    + " must be a list of rows, each an object of column: value");
            return null;
        }
        if (node.size() > Limits.MAX_ROWS_PER_FILE) {
            problems.addFileProblem(file, "the file has more than the limit of "
                    + String.format("%,d", Limits.MAX_ROWS_PER_FILE) + " rows per file");
            return null;
        }
        Set<String> columns = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            int line = i + 2;
            JsonNode element = node.get(i);
            if (!element.isObject()) {
                problems.add(file, line, null, "a row must be an object of column: value");
                continue;
            }
            if (element.size() > Limits.MAX_COLUMNS) {
                problems.add(file, line, null, String.format("the row has %,d columns; a file has at most %,d",
                        element.size(), Limits.MAX_COLUMNS));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = element.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String column = Table.cell(field.getKey());
                if (column == null) {
                    problems.add(file, line, null, "a column name is empty");
                    continue;
                }
                if (columns.add(column) && columns.size() > Limits.MAX_COLUMNS) {
                    problems.add(file, line, column, String.format("the rows name more than %,d different "
                            + "columns; a file has at most %,d", Limits.MAX_COLUMNS, Limits.MAX_COLUMNS));
                    return null;
                }
                String value = value(file, line, column, field.getValue(), problems);
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

    /** A cell's text: strings and numbers as written, a list joined with ';' as in a CSV cell. */
    private static String value(String file, int line, String column, JsonNode node, Problems problems) {
        if (node.isNull()) {
            return null;
        }
        if (node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToLong()) {
            // 30.0 is the whole number 30, as a spreadsheet would write it.
            return String.valueOf(node.longValue());
        }
        if (node.isValueNode()) {
            return Table.cell(node.asText());
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(";");
            for (JsonNode item : node) {
                if (!item.isValueNode() || item.isNull()) {
                    problems.add(file, line, column, "a list may hold only text and numbers");
                    return null;
                }
                joined.add(item.asText());
            }
            return Table.cell(joined.toString());
        }
        problems.add(file, line, column, "a value must be text, a number or a list");
        return null;
    }

    private static String jsonKeys() {
        StringJoiner keys = new StringJoiner(", ");
        for (BundleFile file : BundleFile.values()) {
            keys.add(file.jsonKey());
        }
        return keys.toString();
    }
}
