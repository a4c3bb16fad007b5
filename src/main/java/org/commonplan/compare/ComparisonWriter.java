package org.commonplan.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonplan.output.OutputFolder;
import org.commonplan.output.SafeCsv;
import org.commonplan.output.ScheduleWriter;

/**
 * Writes a {@link Comparison} as comparison.md (Markdown), comparison.csv (one row per figure, one column per
 * scenario, spreadsheet-safe) and comparison.html (one self-contained page: inline style and SVG charts, no
 * script and nothing fetched from the network).
 */
public final class ComparisonWriter {

    public static final String MARKDOWN = "comparison.md";
    public static final String CSV = "comparison.csv";
    public static final String HTML = "comparison.html";
    public static final List<String> FILES = List.of(MARKDOWN, CSV, HTML);

    private static final String TITLE = "Staffing models compared";
    private static final String NO_TEAM = "–";
    private static final String TARGET_MARK = " ✓";

    /** A comparison's folder: an earlier one is known by comparison.md or .csv; its subfolders are schedules. */
    public static final OutputFolder.Kind OUTPUT = new OutputFolder.Kind("comparison", FILES,
            Map.of(MARKDOWN, "# " + TITLE, CSV, "section,metric,"), ScheduleWriter.OUTPUT);

    private ComparisonWriter() {
    }

    /**
     * Refuses an output folder this comparison may not write into (see {@link OutputFolder}): the folder itself,
     * and each scenario's folder in it. Nothing is written.
     */
    public static void checkOutput(Path dir, Collection<String> scenarios) throws OutputFolder.Refused {
        OutputFolder.check(dir, OUTPUT);
        for (String scenario : scenarios) {
            OutputFolder.check(dir.resolve(scenario), ScheduleWriter.OUTPUT);
        }
    }

    /** Writes the three files into {@code dir}, each whole or not at all. */
    public static void write(Comparison comparison, Path dir) throws IOException {
        OutputFolder.create(dir, OUTPUT);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MARKDOWN, markdown(comparison));
        files.put(CSV, csv(comparison));
        files.put(HTML, html(comparison));
        for (Map.Entry<String, String> file : files.entrySet()) {
            OutputFolder.write(dir, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- Markdown

    public static String markdown(Comparison comparison) {
        List<String> scenarios = comparison.scenarios();
        StringBuilder md = new StringBuilder("# " + TITLE + "\n\n");
        md.append("Scenarios: ").append(scenarios.stream().map(name -> "**" + md(name) + "**")
                .collect(Collectors.joining(", "))).append(". The first is the baseline that the others are "
                + "compared with.\n\n");
        md.append("## Summary\n\n");
        md.append(tableHeader("Figure", scenarios));
        for (Comparison.Metric metric : comparison.metrics()) {
            md.append("| ").append(md(metric.label()));
            for (Object value : metric.values()) {
                md.append(" | ").append(md(format(metric.id(), value)));
            }
            md.append(" |\n");
        }
        md.append("\nThe bound is an upper limit on team meetings that any schedule keeping every hard rule can "
                + "place, computed from the problem alone.\n\n");
        md.append("## Collaborative minutes per team a week\n\n");
        md.append(tableHeader("Team", scenarios));
        for (Comparison.TeamRow team : comparison.teams()) {
            md.append("| ").append(md(teamLabel(team)));
            for (int s = 0; s < scenarios.size(); s++) {
                md.append(" | ").append(md(teamCell(team, s, comparison.collabTargetMinutes())));
            }
            md.append(" |\n");
        }
        md.append("\n").append(TARGET_MARK.trim()).append(" at the ").append(comparison.collabTargetMinutes())
                .append("-minute target; ").append(NO_TEAM).append(" no such team in that scenario.\n\n");
        md.append("## What changed from ").append(md(scenarios.get(0))).append("\n\n");
        for (int s = 1; s < scenarios.size(); s++) {
            md.append("### ").append(md(scenarios.get(s))).append("\n\n");
            List<ScenarioDiff.Change> changes = comparison.changes().get(s);
            if (changes.isEmpty()) {
                md.append("- nothing in the bell schedule, staffing, teams, sections or settings\n");
            }
            for (ScenarioDiff.Change change : changes) {
                md.append("- **").append(md(change.area())).append("**: ").append(md(change.text())).append('\n');
            }
            md.append('\n');
        }
        if (scenarios.size() == 1) {
            md.append("Only one scenario: nothing to compare it with.\n");
        }
        return md.toString();
    }

    private static String tableHeader(String first, List<String> scenarios) {
        StringBuilder header = new StringBuilder("| " + first);
        StringBuilder rule = new StringBuilder("|---");
        for (String scenario : scenarios) {
            header.append(" | ").append(md(scenario));
            rule.append("|---:");
        }
        return header.append(" |\n").append(rule).append("|\n").toString();
    }

    /** Text that Markdown shows as it is, in a table cell or a list. */
    static String md(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\`*_[]<>|&#".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    // ---------------------------------------------------------------- CSV

    public static String csv(Comparison comparison) throws IOException {
        List<String> header = new ArrayList<>(List.of("section", "metric"));
        header.addAll(comparison.scenarios());
        List<List<?>> rows = new ArrayList<>();
        for (Comparison.Metric metric : comparison.metrics()) {
            List<Object> row = new ArrayList<>(List.of("summary", metric.id()));
            row.addAll(metric.values());
            rows.add(row);
        }
        for (Comparison.TeamRow team : comparison.teams()) {
            List<Object> scheduled = new ArrayList<>(List.of("team scheduled minutes", team.id()));
            List<Object> requested = new ArrayList<>(List.of("team requested minutes", team.id()));
            for (int s = 0; s < comparison.scenarios().size(); s++) {
                scheduled.add(team.scheduledMinutes().get(s) == null ? "" : team.scheduledMinutes().get(s));
                requested.add(team.requestedMinutes().get(s) == null ? "" : team.requestedMinutes().get(s));
            }
            rows.add(scheduled);
            rows.add(requested);
        }
        for (String area : ScenarioDiff.AREAS) {
            List<Object> row = new ArrayList<>(List.of("changes from " + comparison.scenarios().get(0), area));
            boolean any = false;
            for (List<ScenarioDiff.Change> changes : comparison.changes()) {
                String text = changes.stream().filter(change -> change.area().equals(area))
                        .map(ScenarioDiff.Change::text).collect(Collectors.joining("; "));
                any |= !text.isEmpty();
                row.add(text);
            }
            if (any) {
                rows.add(row);
            }
        }
        StringWriter writer = new StringWriter();
        SafeCsv.write(writer, header, rows);
        return writer.toString();
    }

    // ---------------------------------------------------------------- HTML

    public static String html(Comparison comparison) {
        List<String> scenarios = comparison.scenarios();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(TITLE + ": " + String.join(" vs ", scenarios)))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(TITLE)).append("</h1>\n<p>Scenarios: ");
        for (int s = 0; s < scenarios.size(); s++) {
            html.append(s == 0 ? "" : ", ").append(swatch(s)).append("<strong>")
                    .append(Html.escape(scenarios.get(s))).append("</strong>");
        }
        html.append(". The first is the baseline that the others are compared with.</p>\n");

        html.append("<h2>Collaborative minutes per team a week</h2>\n");
        html.append(teamChart(comparison));
        html.append("<h2>Collaborative minutes per teacher a week</h2>\n");
        html.append(teacherChart(comparison));

        html.append("<h2>Summary</h2>\n<table>\n<thead><tr><th>Figure</th>");
        for (int s = 0; s < scenarios.size(); s++) {
            html.append("<th>").append(swatch(s)).append(Html.escape(scenarios.get(s))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Comparison.Metric metric : comparison.metrics()) {
            html.append("<tr><th>").append(Html.escape(metric.label())).append("</th>");
            for (Object value : metric.values()) {
                String css = Boolean.FALSE.equals(value) ? " class=\"bad\"" : "";
                html.append("<td").append(css).append('>').append(Html.escape(format(metric.id(), value)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">The bound is an upper limit on team meetings that any "
                + "schedule keeping every hard rule can place, computed from the problem alone.</p>\n");

        html.append("<h2>Team minutes</h2>\n<table>\n<thead><tr><th>Team</th>");
        for (int s = 0; s < scenarios.size(); s++) {
            html.append("<th>").append(swatch(s)).append(Html.escape(scenarios.get(s))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Comparison.TeamRow team : comparison.teams()) {
            html.append("<tr><th>").append(Html.escape(teamLabel(team))).append("</th>");
            for (int s = 0; s < scenarios.size(); s++) {
                Integer minutes = team.scheduledMinutes().get(s);
                String css = minutes != null && minutes >= comparison.collabTargetMinutes() ? " class=\"good\"" : "";
                html.append("<td").append(css).append('>')
                        .append(Html.escape(teamCell(team, s, comparison.collabTargetMinutes()))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">").append(Html.escape(TARGET_MARK.trim() + " at the "
                + comparison.collabTargetMinutes() + "-minute target; " + NO_TEAM + " no such team in that scenario."))
                .append("</p>\n");

        html.append("<h2>What changed from ").append(Html.escape(scenarios.get(0))).append("</h2>\n");
        if (scenarios.size() == 1) {
            html.append("<p>Only one scenario: nothing to compare it with.</p>\n");
        }
        for (int s = 1; s < scenarios.size(); s++) {
            html.append("<h3>").append(swatch(s)).append(Html.escape(scenarios.get(s))).append("</h3>\n<ul>\n");
            List<ScenarioDiff.Change> changes = comparison.changes().get(s);
            if (changes.isEmpty()) {
                html.append("<li>nothing in the bell schedule, staffing, teams, sections or settings</li>\n");
            }
            for (ScenarioDiff.Change change : changes) {
                html.append("<li><strong>").append(Html.escape(change.area())).append("</strong>: ")
                        .append(Html.escape(change.text())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<footer>Made by CommonPlan.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String teamChart(Comparison comparison) {
        List<Comparison.TeamRow> teams = comparison.teams();
        Double[][] values = new Double[teams.size()][comparison.scenarios().size()];
        for (int t = 0; t < teams.size(); t++) {
            for (int s = 0; s < comparison.scenarios().size(); s++) {
                Integer minutes = teams.get(t).scheduledMinutes().get(s);
                values[t][s] = minutes == null ? null : minutes.doubleValue();
            }
        }
        return SvgChart.groupedBars("Collaborative minutes per team a week, by scenario", "minutes a week",
                teams.stream().map(Comparison.TeamRow::id).toList(), comparison.scenarios(), values,
                (double) comparison.collabTargetMinutes(), "target " + comparison.collabTargetMinutes() + " min");
    }

    private static String teacherChart(Comparison comparison) {
        List<Comparison.Metric> metrics = List.of(comparison.metric("mean_collab_minutes_all_staff"),
                comparison.metric("mean_collab_minutes"), comparison.metric("min_collab_minutes_all_staff"));
        Double[][] values = new Double[metrics.size()][comparison.scenarios().size()];
        for (int m = 0; m < metrics.size(); m++) {
            for (int s = 0; s < comparison.scenarios().size(); s++) {
                values[m][s] = ((Number) metrics.get(m).values().get(s)).doubleValue();
            }
        }
        return SvgChart.groupedBars("Collaborative minutes per teacher a week (mean and least), by scenario",
                "minutes a week", List.of("mean over all teaching staff", "mean over teachers on teams",
                        "least of any staff member"), comparison.scenarios(), values, null, "");
    }

    private static String swatch(int scenario) {
        return "<span class=\"swatch\" style=\"background:" + SvgChart.PALETTE.get(scenario % SvgChart.PALETTE.size())
                + "\"></span>";
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
                   max-width: 1100px; padding: 0 1rem; color: #222; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
            table { border-collapse: collapse; margin: 0.5rem 0; }
            th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; }
            thead th { background: #f0f0f0; }
            tbody th { text-align: left; font-weight: normal; }
            td { text-align: right; font-variant-numeric: tabular-nums; }
            td.good { background: #e6f4ea; } td.bad { background: #fce8e6; }
            .note { color: #555; font-size: 0.9rem; }
            .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.35em; border-radius: 2px; }
            svg.chart { max-width: 100%; height: auto; display: block; margin: 0.5rem 0; }
            svg .grid { stroke: #e3e3e3; } svg .axisline { stroke: #888; }
            svg .target { stroke: #333; stroke-dasharray: 6 4; }
            svg text { font-size: 12px; fill: #333; } svg .tick { fill: #666; } svg .targetlabel { font-weight: bold; }
            footer { margin-top: 2rem; color: #777; font-size: 0.85rem; }
            """;

    // ---------------------------------------------------------------- shared

    private static String teamLabel(Comparison.TeamRow team) {
        return team.name().equals(team.id()) ? team.id() : team.id() + " " + team.name();
    }

    private static String teamCell(Comparison.TeamRow team, int scenario, int target) {
        Integer scheduled = team.scheduledMinutes().get(scenario);
        if (scheduled == null) {
            return NO_TEAM;
        }
        return scheduled + " of " + team.requestedMinutes().get(scenario) + (scheduled >= target ? TARGET_MARK : "");
    }

    /** A figure as a reader wants it: shares as percentages, money without cents, yes/no. */
    static String format(String metricId, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Double number) {
            if (metricId.startsWith("share")) {
                return Math.round(number * 100) + "%";
            }
            if (metricId.contains("cost")) {
                return String.format(Locale.ROOT, "%,.0f", number);
            }
            if (metricId.equals("release_fte")) {
                return String.format(Locale.ROOT, "%.2f", number);
            }
            return String.format(Locale.ROOT, "%.1f", number);
        }
        if (value instanceof Integer || value instanceof Long) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return value.toString();
    }
}
