package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * import-report.md: what a FET file held and what became of it. Every constraint is counted under its FET type
 * with one of three results: mapped exactly, mapped approximately (the row says how), or dropped (the row says
 * why).
 */
final class ImportReport {

    enum Result {
        MAPPED("mapped"), APPROXIMATE("approximate"), DROPPED("dropped");

        private final String word;

        Result(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    /** One row of the constraint table: a FET type, a result and its explanation. */
    record Row(String type, Result result, String how) {
    }

    private final Map<Row, Integer> counts = new TreeMap<>((a, b) -> {
        int byType = a.type().compareTo(b.type());
        if (byType != 0) {
            return byType;
        }
        int byResult = a.result().compareTo(b.result());
        return byResult != 0 ? byResult : a.how().compareTo(b.how());
    });
    private final Map<String, List<String>> sections = new LinkedHashMap<>();

    void count(String type, Result result, String how) {
        counts.merge(new Row(type, result, how), 1, Integer::sum);
    }

    /** Constraints counted under each result. */
    Map<Result, Integer> totals() {
        Map<Result, Integer> totals = new LinkedHashMap<>();
        for (Result result : Result.values()) {
            totals.put(result, 0);
        }
        counts.forEach((row, count) -> totals.merge(row.result(), count, Integer::sum));
        return totals;
    }

    Map<Row, Integer> rows() {
        return counts;
    }

    /** Adds lines (Markdown) under a heading; headings keep the order of their first lines. */
    void add(String heading, String line) {
        sections.computeIfAbsent(heading, key -> new ArrayList<>()).add(line);
    }

    String render(String title, List<String> preamble) {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        preamble.forEach(line -> text.append(line).append('\n'));
        text.append("\n## Constraints\n\n");
        if (counts.isEmpty()) {
            text.append("The file has no constraints.\n");
        } else {
            Map<Result, Integer> totals = totals();
            text.append(String.format("%d constraints: %d mapped exactly, %d approximately, %d dropped.%n%n",
                    totals.values().stream().mapToInt(Integer::intValue).sum(), totals.get(Result.MAPPED),
                    totals.get(Result.APPROXIMATE), totals.get(Result.DROPPED)));
            text.append("| FET constraint | count | result | how, or why not |\n|---|---:|---|---|\n");
            counts.forEach((row, count) -> text.append("| ").append(row.type()).append(" | ").append(count)
                    .append(" | ").append(row.result().word()).append(" | ").append(row.how()).append(" |\n"));
        }
        sections.forEach((heading, lines) -> {
            text.append("\n## ").append(heading).append("\n\n");
            lines.forEach(line -> text.append(line).append('\n'));
        });
        return text.toString();
    }
}
