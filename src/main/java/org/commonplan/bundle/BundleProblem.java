package org.commonplan.bundle;

/**
 * One thing wrong with an input bundle, located as precisely as the input allows.
 *
 * @param file    the bundle file, e.g. {@code teachers.csv} (for JSON input the same CSV file name)
 * @param line    the 1-based physical line of the CSV file (header = 1), or 0 for the file as a whole
 * @param column  the column the problem is in, or null
 * @param message a sentence a scheduler can act on
 */
public record BundleProblem(String file, int line, String column, String message) {

    /** Names and text quoted from the input show their control characters as {@code <U+0000>}, never raw. */
    public BundleProblem {
        file = HiddenCharacters.shown(file);
        column = HiddenCharacters.shown(column);
        message = HiddenCharacters.shown(message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (column != null) {
            text.append(line > 0 ? ", column " : " column ").append(column);
        }
        return text.append(": ").append(message).toString();
    }
}
