package org.commonplan.bundle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.bundle.Table.Row;

/**
 * Refuses characters that do not show and have no place in a school's data: control characters (NUL, tab and
 * line breaks inside a cell among them) and the bidirectional controls U+202A-U+202E and U+2066-U+2069, which can
 * make an id or a name read as another. Every cell and column name is checked, names included: a name is not
 * silently changed, its file, line and column are reported instead.
 */
final class HiddenCharacters {

    private HiddenCharacters() {
    }

    static boolean isHidden(int c) {
        return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text with each hidden character written as {@code <U+202E>}, for messages that quote what was read. */
    static String shown(String text) {
        if (text == null || text.codePoints().noneMatch(HiddenCharacters::isHidden)) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isHidden(c)) {
                shown.append(String.format("<U+%04X>", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /**
     * The tables with every hidden character reported, once a cell, and taken out, so that the checks after this
     * one speak of the rest of the text.
     */
    static Map<BundleFile, Table> removed(Map<BundleFile, Table> tables, Problems problems) {
        Map<BundleFile, Table> clean = new EnumMap<>(BundleFile.class);
        tables.forEach((file, table) -> clean.put(file, removed(table, problems)));
        return clean;
    }

    private static Table removed(Table table, Problems problems) {
        Map<String, String> cleanNames = new HashMap<>();
        for (String column : table.columns()) {
            String clean = checked(table.file(), 1, column, column, problems);
            if (!clean.equals(column)) {
                cleanNames.put(column, clean);
            }
        }
        boolean changed = !cleanNames.isEmpty();
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (Row row : table.rows()) {
            Map<String, String> cells = null;
            for (String column : table.columns()) {
                String value = row.get(column);
                if (value == null) {
                    continue;
                }
                String cleanColumn = cleanNames.getOrDefault(column, column);
                String clean = checked(table.file(), row.line(), cleanColumn, value, problems);
                if (!clean.equals(value) || !cleanColumn.equals(column)) {
                    if (cells == null) {
                        cells = new LinkedHashMap<>(row.cells());
                    }
                    cells.remove(column);
                    if (!clean.isEmpty()) {
                        cells.putIfAbsent(cleanColumn, clean);
                    }
                }
            }
            rows.add(cells == null ? row : new Row(row.line(), cells));
            changed |= cells != null;
        }
        if (!changed) {
            return table;
        }
        List<String> columns = table.columns().stream().map(column -> cleanNames.getOrDefault(column, column))
                .distinct().toList();
        return new Table(table.file(), columns, rows);
    }

    /** The text without its hidden characters, the first of them reported. */
    private static String checked(String file, int line, String column, String text, Problems problems) {
        int first = text.codePoints().filter(HiddenCharacters::isHidden).findFirst().orElse(-1);
        if (first < 0) {
            return text;
        }
        String kind = Character.getType(first) == Character.CONTROL ? "a control character"
                : "a bidirectional control, which can make text read as other text";
        String name = Character.getName(first);
        problems.add(file, line, column, String.format("the cell holds U+%04X%s, %s; remove it", first,
                name == null ? "" : " " + name, kind));
        StringBuilder clean = new StringBuilder();
        text.codePoints().filter(c -> !isHidden(c)).forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }
}
