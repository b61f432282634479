package org.wego.plugin.api.ui;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Stability;

/**
 * A grouped bar chart as server-side SVG: no chart library, no front-end build. Accessible: the
 * {@code svg} has {@code role="img"}, a {@code title} and a {@code desc}; each bar has a title with
 * its value; the table beside the chart is the full accessible alternative. Every text is escaped.
 * Plugins put the returned markup in a Vaadin {@code Html} component beside that table:
 *
 * <pre>{@code
 * String svg = BarChart.svg("events-by-year", title, description, years,
 *         List.of(new BarChart.Series(counted, BarChart.COMPUTED, perYear),
 *                 new BarChart.Series(reported, BarChart.REPORTED, reportedPerYear)));
 * add(new Html("<div>" + svg + "</div>"));
 * }</pre>
 *
 * <p>Plain Java (no Vaadin type): it only writes markup.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public final class BarChart {

    /** The drawing's width in SVG units; it scales to its container up to this many pixels. */
    public static final int WIDTH = 640;
    /** The drawing's height in SVG units. */
    public static final int HEIGHT = 300;

    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int LEGEND_LINE = 16;
    private static final int BOTTOM = 64;
    /** The longest axis label, in pixels; longer ones are cut with an ellipsis (the table has them whole). */
    private static final double MAX_LABEL = 84;

    /**
     * One series of bars.
     *
     * @param name its name in the legend
     * @param style the CSS fill, e.g. {@code var(--lumo-primary-color)}
     * @param values one value per category; {@code null} draws no bar
     */
    public record Series(String name, String style, List<@Nullable Long> values) {}

    /** The computed series' colour. */
    public static final String COMPUTED = "var(--lumo-primary-color, #1676f3)";

    /** The reported series' colour. */
    public static final String REPORTED = "var(--lumo-contrast-40pct, #999)";

    private BarChart() {}

    /**
     * The chart as an {@code <svg>} element.
     *
     * @param id unique on the page: the element's {@code id}, and the prefix of its title's and description's
     * @param title what the chart shows, read first by screen readers
     * @param description a sentence on what it shows (e.g. where the reported figures come from)
     * @param categories the groups along the axis, in order
     * @param series one or more series, each with a value (or {@code null}) per category
     */
    public static String svg(
            String id, String title, String description, List<String> categories, List<Series> series) {
        long max = 1;
        for (Series s : series) {
            for (Long v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        // The legend takes one line per series above the plot.
        int top = LEGEND_LINE * series.size() + 16;
        double plotHeight = HEIGHT - top - BOTTOM;
        double groupWidth = plotWidth / Math.max(1, categories.size());
        double barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, series.size()));
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" class=\"wego-chart\" style=\"width:100%;max-width:")
                .append(WIDTH)
                .append("px;height:auto;font-family:var(--lumo-font-family, sans-serif)\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        // Legend, one series a line.
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            int y = 4 + LEGEND_LINE * i;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" style=\"fill:%s\"/>",
                    LEFT,
                    y,
                    escape(s.style())));
            svg.append(String.format(
                            Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" style=\"fill:", LEFT + 16, y + 10))
                    .append("var(--lumo-body-text-color, #222)\">")
                    .append(escape(s.name()))
                    .append("</text>");
        }
        // Axis and grid: zero line and the maximum.
        double base = top + plotHeight;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" style=\"stroke:var(--lumo-contrast-50pct, #888)\"/>",
                LEFT,
                base,
                WIDTH - RIGHT,
                base));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" style=\"fill:var(--lumo-secondary-text-color, #555)\">%d</text>",
                LEFT - 4,
                top + 4.0,
                max));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" style=\"fill:var(--lumo-secondary-text-color, #555)\">0</text>",
                LEFT - 4,
                base + 4));
        for (int c = 0; c < categories.size(); c++) {
            double groupX = LEFT + c * groupWidth + groupWidth * 0.1;
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                Long value = c < s.values().size() ? s.values().get(c) : null;
                if (value == null) {
                    continue;
                }
                double h = plotHeight * value / max;
                double bx = groupX + i * barWidth;
                svg.append(String.format(
                                Locale.ROOT,
                                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" style=\"fill:%s\">",
                                bx,
                                base - h,
                                barWidth - 1,
                                h,
                                escape(s.style())))
                        .append("<title>")
                        .append(escape(categories.get(c) + " — " + s.name() + ": " + value))
                        .append("</title></rect>");
                if (barWidth >= 14) {
                    svg.append(String.format(
                                    Locale.ROOT,
                                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" style=\"fill:var(--lumo-body-text-color, #222)\">",
                                    bx + barWidth / 2,
                                    base - h - 3))
                            .append(value)
                            .append("</text>");
                }
            }
            double labelX = LEFT + c * groupWidth + groupWidth / 2;
            String label = shortened(categories.get(c));
            boolean slanted = groupWidth < textWidth(label) + 4;
            svg.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\"%s style=\"fill:var(--lumo-secondary-text-color, #555)\">",
                            labelX,
                            base + 14,
                            slanted ? "end" : "middle",
                            slanted
                                    ? String.format(
                                            Locale.ROOT, " transform=\"rotate(-35 %.1f %.1f)\"", labelX, base + 14)
                                    : ""))
                    .append(escape(label))
                    .append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The label cut to {@link #MAX_LABEL} with an ellipsis if longer. */
    static String shortened(String label) {
        if (textWidth(label) <= MAX_LABEL) {
            return label;
        }
        var cut = new StringBuilder();
        label.codePoints()
                .takeWhile(c -> textWidth(cut + Character.toString(c)) <= MAX_LABEL - 6)
                .forEach(cut::appendCodePoint);
        return cut.toString().strip() + "…";
    }

    /** The width a label takes at 11 px, roughly: Hangul and other wide scripts about twice a Latin letter. */
    static double textWidth(String text) {
        return text.codePoints().mapToDouble(c -> c >= 0x1100 ? 11 : 6.2).sum();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
