package org.commonplan.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file's text (RFC 4180: cells separated by commas, a quoted cell may hold commas, line
 * breaks and doubled quotes), read one at a time and keeping only the first cells of each: a record far wider
 * than its header is scanned to its end without being held, so a 10 MB row costs no more memory than its text.
 */
final class CsvRecords {

    /**
     * One record.
     *
     * @param line       the 1-based line it starts on
     * @param cells      its first cells, as many as were asked for (fewer when the record has fewer)
     * @param extraValue the 1-based number of the first cell past those with something other than blanks in it,
     *                   or 0 when there is none
     */
    record Record(int line, List<String> cells, int extraValue) {
    }

    /** A quoted cell that is never closed, or text after a cell's closing quote, in the record on {@code line}. */
    static final class MalformedRecord extends Exception {

        private final int line;

        MalformedRecord(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final String text;
    private int position;
    private int line = 1;

    CsvRecords(String text) {
        this.text = text;
    }

    /** The next record with at most {@code keep} of its cells, or null at the end of the text. */
    Record next(int keep) throws MalformedRecord {
        if (position >= text.length()) {
            return null;
        }
        int startLine = line;
        List<String> cells = new ArrayList<>();
        int extraValue = 0;
        for (int cell = 1; ; cell++) {
            boolean kept = cell <= keep;
            StringBuilder value = kept ? new StringBuilder() : null;
            boolean blank = text.startsWith("\"", position)
                    ? readQuoted(value, startLine) : readPlain(value);
            if (kept) {
                cells.add(value.toString());
            } else if (!blank && extraValue == 0) {
                extraValue = cell;
            }
            if (position >= text.length()) {
                break;
            }
            char separator = text.charAt(position++);
            if (separator == ',') {
                continue;
            }
            if (separator == '\r' && position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            line++;
            break;
        }
        return new Record(startLine, cells, extraValue);
    }

    /** An unquoted cell up to the next comma or line break, appended to {@code value} when it is kept. */
    private boolean readPlain(StringBuilder value) {
        int start = position;
        boolean blank = true;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            blank &= Character.isWhitespace(c);
            position++;
        }
        if (value != null) {
            value.append(text, start, position);
        }
        return blank;
    }

    /** A quoted cell, its line breaks read as {@code \n}; after the closing quote comes a comma or a line break. */
    private boolean readQuoted(StringBuilder value, int startLine) throws MalformedRecord {
        boolean blank = true;
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new MalformedRecord(startLine);
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    position++;
                } else {
                    break;
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                c = '\n';
            }
            blank &= Character.isWhitespace(c);
            if (value != null) {
                value.append(c);
            }
        }
        if (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
            throw new MalformedRecord(startLine);
        }
        return blank;
    }
}
