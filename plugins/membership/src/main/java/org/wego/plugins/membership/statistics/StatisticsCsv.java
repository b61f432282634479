package org.wego.plugins.membership.statistics;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Messages;
import org.wego.plugins.membership.statistics.Statistics.Figure;

/**
 * The statistics as one CSV file: UTF-8 with a BOM (spreadsheet programs then read Korean right),
 * each table under a line naming it, headers in the user's language, a blank line between tables.
 */
final class StatisticsCsv {

    private StatisticsCsv() {}

    static String write(Statistics s, Messages m) {
        var out = new StringBuilder("\uFEFF");
        line(out, List.of(m.get("membership.statistics.title"), s.asOf().toString()));
        out.append("\r\n");

        line(out, List.of(m.get("membership.statistics.by-type")));
        var header = new ArrayList<String>();
        header.add(m.get("membership.statistics.column.row"));
        header.add(m.get("membership.statistics.column.total"));
        s.continents().forEach(c -> header.add(c.label()));
        line(out, header);
        for (Statistics.TypeRow row : s.byTypeAndContinent()) {
            var cells = new ArrayList<String>();
            cells.add(row.label());
            cells.add(Long.toString(row.total()));
            row.byContinent().forEach(n -> cells.add(Long.toString(n)));
            line(out, cells);
        }
        figures(out, m, m.get("membership.statistics.capitals-title"), s.capitals(), s.reportedLabel());
        figures(out, m, m.get("membership.statistics.offices-title"), s.regionalOffices(), s.reportedLabel());

        out.append("\r\n");
        line(out, List.of(m.get("membership.statistics.growth-title")));
        line(
                out,
                List.of(
                        m.get("membership.statistics.column.period"),
                        m.get("membership.statistics.column.joined"),
                        m.get("membership.statistics.column.cumulative"),
                        m.get("membership.statistics.column.reported-value"),
                        m.get("membership.statistics.column.reported-label")));
        for (Statistics.GrowthPoint p : s.growth()) {
            line(
                    out,
                    List.of(
                            p.label(),
                            Long.toString(p.joined()),
                            text(p.cumulative()),
                            text(p.reported()),
                            p.reportedLabel() == null ? "" : p.reportedLabel()));
        }
        if (s.applications() != null) {
            figures(out, m, m.get("membership.statistics.applications-title"), s.applications(), s.reportedLabel());
        }
        return out.toString();
    }

    private static void figures(StringBuilder out, Messages m, String title, List<Figure> figures, String reported) {
        out.append("\r\n");
        line(out, List.of(title));
        line(
                out,
                List.of(
                        m.get("membership.statistics.column.row"),
                        m.get("membership.statistics.column.computed"),
                        reported,
                        m.get("membership.statistics.column.difference")));
        for (Figure f : figures) {
            line(out, List.of(f.label(), Long.toString(f.computed()), text(f.reported()), text(f.difference())));
        }
    }

    private static String text(@Nullable Long value) {
        return value == null ? "" : Long.toString(value);
    }

    private static void line(StringBuilder out, List<String> cells) {
        var quoted = new ArrayList<String>();
        for (String cell : cells) {
            quoted.add(cell(cell));
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    /** Quotes a cell when needed and defuses spreadsheet formulas (a cell starting =, +, - or @). */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+")
                ? "'" + value
                : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
