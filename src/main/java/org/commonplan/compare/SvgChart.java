package org.commonplan.compare;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn as inline SVG on the server, so the page shows them offline with no script, font or
 * stylesheet from elsewhere. Every text is escaped.
 */
final class SvgChart {

    /** Colour-blind-safe palette (Paul Tol's bright scheme), one colour per series. */
    static final List<String> PALETTE = List.of("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
            "#BBBBBB");

    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 56;
    private static final int PLOT_HEIGHT = 240;
    private static final int BAR = 18;
    private static final int GROUP_GAP = 28;

    private SvgChart() {
    }

    /**
     * Bars grouped by {@code groups}, one bar per series in each group.
     *
     * @param values      [group][series]; null where a group has no value for a series (drawn as a dash)
     * @param target      a dashed reference line, or null
     * @param targetLabel its label
     */
    static String groupedBars(String title, String unit, List<String> groups, List<String> series,
            Double[][] values, Double target, String targetLabel) {
        double max = target == null ? 0 : target;
        for (Double[] row : values) {
            for (Double value : row) {
                if (value != null) {
                    max = Math.max(max, value);
                }
            }
        }
        double top = niceCeiling(max);
        boolean rotate = groups.size() > 6 || groups.stream().anyMatch(group -> group.length() > 12);
        int bottom = rotate ? 110 : 48;
        int groupWidth = series.size() * BAR + GROUP_GAP;
        int plotWidth = Math.max(groups.size() * groupWidth, 240);
        int width = LEFT + plotWidth + RIGHT;
        int height = TOP + PLOT_HEIGHT + bottom;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                + "height=\"%d\" aria-label=\"%s\">%n", width, height, width, height, Html.escape(title)));
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        legend(svg, series);
        // Grid and axis labels.
        for (int tick = 0; tick <= 4; tick++) {
            double value = top * tick / 4;
            double y = y(value, top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>%n", LEFT, y,
                    LEFT + plotWidth, y, LEFT - 6, y + 4, Html.escape(number(value))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" class=\"axis\" transform=\"rotate(-90 14 %d)\" "
                + "text-anchor=\"middle\">%s</text>%n", TOP + PLOT_HEIGHT / 2, TOP + PLOT_HEIGHT / 2,
                Html.escape(unit)));
        for (int g = 0; g < groups.size(); g++) {
            int groupX = LEFT + g * groupWidth + GROUP_GAP / 2;
            for (int s = 0; s < series.size(); s++) {
                int x = groupX + s * BAR;
                Double value = values[g][s];
                String tip = groups.get(g) + " — " + series.get(s) + ": "
                        + (value == null ? "no such team" : number(value) + " " + unit);
                if (value == null) {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"tick\" "
                            + "text-anchor=\"middle\">–<title>%s</title></text>%n", x + BAR / 2, y(0, top) - 4,
                            Html.escape(tip)));
                    continue;
                }
                double barTop = y(value, top);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s</title></rect>%n", x, barTop, BAR - 2,
                        Math.max(0, y(0, top) - barTop), PALETTE.get(s % PALETTE.size()), Html.escape(tip)));
            }
            int labelX = groupX + series.size() * BAR / 2;
            int labelY = TOP + PLOT_HEIGHT + 18;
            if (rotate) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\" "
                        + "transform=\"rotate(-40 %d %d)\">%s</text>%n", labelX, labelY, labelX, labelY,
                        Html.escape(groups.get(g))));
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\" "
                        + "text-anchor=\"middle\">%s</text>%n", labelX, labelY, Html.escape(groups.get(g))));
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"axisline\"/>%n",
                LEFT, y(0, top), LEFT + plotWidth, y(0, top)));
        if (target != null && target > 0) {
            double y = y(target, top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"target\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" class=\"targetlabel\" text-anchor=\"end\">%s</text>%n", LEFT, y,
                    LEFT + plotWidth, y, LEFT + plotWidth, y - 4, Html.escape(targetLabel)));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, List<String> series) {
        int x = LEFT;
        int y = 18;
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s);
            int itemWidth = 24 + Math.min(name.length(), 40) * 7 + 16;
            if (x + itemWidth > LEFT + 900 && x > LEFT) {
                x = LEFT;
                y += 18;
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>%n", x, y - 10,
                    PALETTE.get(s % PALETTE.size()), x + 18, y, Html.escape(name)));
            x += itemWidth;
        }
    }

    private static double y(double value, double top) {
        return TOP + PLOT_HEIGHT - (top == 0 ? 0 : value / top * PLOT_HEIGHT);
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at or above {@code value}; 10 for nothing to show. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 10;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
