package org.wego.plugins.training.statistics;

import java.util.ArrayList;
import java.util.List;
import org.wego.plugin.api.Messages;
import org.wego.plugins.training.statistics.TrainingFigures.Row;

/**
 * The training statistics as one CSV file: UTF-8 with a BOM (spreadsheet programs then read Korean
 * right), each table under a line naming it, headers in the user's language, a blank line between
 * tables, every cell safe from spreadsheet formulas.
 */
final class TrainingStatisticsCsv {

    private TrainingStatisticsCsv() {}

    static String write(TrainingFigures s, Messages m) {
        var out = new StringBuilder("\uFEFF");
        line(out, List.of(m.get("training.statistics.title"), s.asOf().toString()));
        line(out, List.of(m.get("training.statistics.definition")));
        table(out, m, m.get("training.statistics.totals-title"), s.totals());
        table(out, m, m.get("training.statistics.by-year"), s.byYear());
        table(out, m, m.get("training.statistics.by-partner"), s.byPartner());
        table(out, m, m.get("training.statistics.by-continent"), s.byContinent());
        table(out, m, m.get("training.statistics.by-office"), s.byRegionalOffice());
        return out.toString();
    }

    private static void table(StringBuilder out, Messages m, String title, List<Row> rows) {
        out.append("\r\n");
        line(out, List.of(title));
        line(
                out,
                List.of(
                        m.get("training.statistics.column.row"),
                        m.get("training.statistics.column.officials"),
                        m.get("training.statistics.column.cities"),
                        m.get("training.statistics.column.source")));
        for (Row row : rows) {
            line(
                    out,
                    List.of(
                            row.label(),
                            Long.toString(row.officials()),
                            row.cities() == null ? "" : row.citiesText(),
                            m.get("training.statistics.source." + row.source().name())));
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        var quoted = new ArrayList<String>();
        for (String cell : cells) {
            quoted.add(cell(cell));
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    /**
     * Quotes a cell when needed and defuses spreadsheet formulas: a cell starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (a plain
     * negative number stays a number).
     */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+")
                ? "'" + value
                : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
