package org.commonplan.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of progress on stderr, redrawn in place with a carriage return: schools done of all, and each
 * running school with its current best score. Finished schools get a line of their own above it.
 */
final class ProgressBar {

    /** Redraws for new best scores are at most this often: a search finds many in its first seconds. */
    private static final long REDRAW_NANOS = 200_000_000L;
    /** Longer lines wrap in a narrow terminal, and a carriage return cannot redraw a wrapped line. */
    private static final int WIDTH = width();

    private final PrintWriter err;
    private final Map<String, String> running = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private int done;
    private int total;
    private long lastDraw;
    private int lastLength;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    synchronized void total(int total) {
        this.total = total;
    }

    synchronized void started(String school, int position) {
        running.put(school, "starting");
        positions.put(school, position);
        draw(true);
    }

    synchronized void best(String school, String score) {
        if (running.containsKey(school)) {
            running.put(school, "best " + score);
            draw(false);
        }
    }

    /** Prints the finished school's line and redraws the bar under it. */
    synchronized void finished(String school, String line) {
        running.remove(school);
        positions.remove(school);
        done++;
        clear();
        err.println(line);
        draw(true);
    }

    /** Prints a line of its own above the bar. */
    synchronized void println(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    /** Removes the bar. */
    synchronized void close() {
        clear();
        err.flush();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        StringBuilder text = new StringBuilder("[" + done + "/" + total + " done]");
        running.forEach((school, state) -> text.append(" school ").append(positions.get(school)).append(" of ")
                .append(total).append(' ').append(school).append(": ").append(state).append(';'));
        String line = text.length() > WIDTH ? text.substring(0, WIDTH - 1) + "…" : text.toString();
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    private static int width() {
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? 79 : Math.max(40, Integer.parseInt(columns.trim()) - 1);
        } catch (NumberFormatException e) {
            return 79;
        }
    }

    private void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
        }
    }
}
