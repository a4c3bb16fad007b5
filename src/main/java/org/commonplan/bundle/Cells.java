package org.commonplan.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonplan.bundle.Table.Row;

/** Reads typed values from the cells of one table, reporting each bad cell as a problem. */
final class Cells {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

    /** Columns whose cells are {@code ;} lists. */
    private static final Set<String> LIST_COLUMNS = Set.of("subjects", "co_teacher", "groups", "unavailable",
            "members", "rooms", "blocks", "sections");

    private final Table table;
    private final Problems problems;

    Cells(Table table, Problems problems) {
        this.table = table;
        this.problems = problems;
    }

    String file() {
        return table.file();
    }

    List<Row> rows() {
        return table.rows();
    }

    void problem(Row row, String column, String message) {
        problems.add(table.file(), row.line(), column, message);
    }

    /** An optional cell: null when empty. */
    String text(Row row, String column) {
        return row.get(column);
    }

    /** A cell that must have a value; a missing column was already reported once for the whole file. */
    String required(Row row, String column) {
        String value = row.get(column);
        if (value == null && table.has(column)) {
            problem(row, column, "a value is required");
        }
        return value;
    }

    /** A required id: no spaces, since ids are matched whole and lists are split on ';'. */
    String id(Row row, String column) {
        String value = required(row, column);
        return value == null || validId(row, column, value) ? value : null;
    }

    /** An optional id-like code (a kind, a family), null when empty. */
    String code(Row row, String column, String defaultValue) {
        String value = row.get(column);
        if (value == null) {
            return defaultValue;
        }
        return validId(row, column, value) ? value : null;
    }

    boolean validId(Row row, String column, String value) {
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || c == ';')) {
            problem(row, column, quote(value) + " is not a valid id: ids must not contain spaces or ';'");
            return false;
        }
        return true;
    }

    /** A whole number in [min, max], the default when empty, or null after reporting a bad value. */
    Integer integer(Row row, String column, Integer defaultValue, long min, long max) {
        Long value = whole(row, column, column, row.get(column), defaultValue == null ? null : (long) defaultValue,
                min, max);
        return value == null ? null : value.intValue();
    }

    /** As {@link #integer}, for values that may pass the int range, such as a salary. */
    Long whole(Row row, String column, Long defaultValue, long min, long max) {
        return whole(row, column, column, row.get(column), defaultValue, min, max);
    }

    /** Parses {@code raw} as the value named {@code label}; problems go to {@code column}. */
    Long whole(Row row, String column, String label, String raw, Long defaultValue, long min, long max) {
        if (raw == null) {
            return defaultValue;
        }
        String digits = raw.startsWith("+") ? raw.substring(1) : raw;
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            // Digits too many for a long are a number far out of range, not a typing mistake.
            problem(row, column, WHOLE.matcher(digits).matches() ? outOfRange(label, raw, min, max)
                    : label + " " + quote(raw) + " is not a whole number");
            return null;
        }
        if (value < min || value > max) {
            problem(row, column, outOfRange(label, raw, min, max));
            return null;
        }
        return value;
    }

    static String outOfRange(String label, String raw, long min, long max) {
        return String.format("%s %s is out of range: it must be between %,d and %,d", label, raw, min, max);
    }

    /**
     * A {@code ;}-separated list; blank entries are dropped. A list of more than {@link Limits#MAX_LIST_ITEMS} is
     * reported and cut after one item more, so that a huge cell costs no memory for each of its items.
     */
    List<String> list(Row row, String column) {
        String value = row.get(column);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        int count = 0;
        for (int start = 0; start <= value.length(); ) {
            int end = value.indexOf(';', start);
            end = end < 0 ? value.length() : end;
            if (!blank(value, start, end) && ++count <= Limits.MAX_LIST_ITEMS + 1) {
                items.add(value.substring(start, end).strip());
            }
            start = end + 1;
        }
        if (count > Limits.MAX_LIST_ITEMS) {
            problem(row, column, String.format("the cell lists %,d items, more than the limit of %,d in a cell",
                    count, Limits.MAX_LIST_ITEMS));
        }
        return items;
    }

    /**
     * A {@code ;}-separated list of one entry per item in order, an empty entry as null (a lesson left free); an
     * empty cell is an empty list. More than {@link Limits#MAX_LIST_ITEMS} entries are reported, and null returned.
     */
    List<String> entries(Row row, String column) {
        String value = row.get(column);
        List<String> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        for (int start = 0; start <= value.length(); ) {
            int end = value.indexOf(';', start);
            end = end < 0 ? value.length() : end;
            if (entries.size() == Limits.MAX_LIST_ITEMS) {
                problem(row, column, String.format("the cell lists more than %,d items, the limit in a cell",
                        Limits.MAX_LIST_ITEMS));
                return null;
            }
            entries.add(blank(value, start, end) ? null : value.substring(start, end).strip());
            start = end + 1;
        }
        return entries;
    }

    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One of an enum's constants, matched without regard to case; null after reporting a bad value. */
    <E extends Enum<E>> E choice(Row row, String column, Class<E> type, E defaultValue) {
        String value = defaultValue == null ? required(row, column) : row.get(column);
        if (value == null) {
            return defaultValue;
        }
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problem(row, column, column + " " + quote(value) + " is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /**
     * A hint for an unknown item of a list column that holds a ',' (a list written as a spreadsheet writes one),
     * or "" for any other value.
     */
    static String listHint(String column, String item) {
        if (!LIST_COLUMNS.contains(column) || item.indexOf(',') < 0) {
            return "";
        }
        return "; the items of a list are separated by ';', not ',' (write "
                + quote(item.replaceAll("\\s*,\\s*", ";")) + ")";
    }

    static String quote(String value) {
        return "\"" + value + "\"";
    }
}
