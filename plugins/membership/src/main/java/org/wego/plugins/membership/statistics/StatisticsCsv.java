package org.wego.plugins.membership.statistics;

import java.util.ArrayList;
import java.util.List;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.CsvTables;
import org.wego.plugin.api.Messages;
import org.wego.plugins.membership.statistics.Statistics.Figure;

/**
 * The statistics as one CSV file through the platform's writer (BOM, formula defusing, quoting): each
 * table under a line naming it, headers in the user's language, a blank line between tables; figures
 * are written as numbers.
 */
final class StatisticsCsv {

    private StatisticsCsv() {}

    static String write(Statistics s, Messages m, CsvTables csv) {
        CsvTable out = csv.create(m);
        out.row(m.get("membership.statistics.title"), s.asOf().toString());
        out.blankLine();

        out.row(m.get("membership.statistics.by-type"));
        var header = new ArrayList<Object>();
        header.add(m.get("membership.statistics.column.row"));
        header.add(m.get("membership.statistics.column.total"));
        s.continents().forEach(c -> header.add(c.label()));
        out.row(header);
        for (Statistics.TypeRow row : s.byTypeAndContinent()) {
            var cells = new ArrayList<Object>();
            cells.add(row.label());
            cells.add(row.total());
            cells.addAll(row.byContinent());
            out.row(cells);
        }
        figures(out, m, m.get("membership.statistics.capitals-title"), s.capitals(), s.reportedLabel());
        figures(out, m, m.get("membership.statistics.offices-title"), s.regionalOffices(), s.reportedLabel());

        out.blankLine();
        out.row(m.get("membership.statistics.growth-title"));
        out.header(
                "membership.statistics.column.period",
                "membership.statistics.column.joined",
                "membership.statistics.column.cumulative",
                "membership.statistics.column.reported-value",
                "membership.statistics.column.reported-label");
        for (Statistics.GrowthPoint p : s.growth()) {
            out.row(p.label(), p.joined(), p.cumulative(), p.reported(), p.reportedLabel());
        }
        if (s.applications() != null) {
            figures(out, m, m.get("membership.statistics.applications-title"), s.applications(), s.reportedLabel());
        }
        return out.text();
    }

    private static void figures(CsvTable out, Messages m, String title, List<Figure> figures, String reported) {
        out.blankLine();
        out.row(title);
        out.row(
                m.get("membership.statistics.column.row"),
                m.get("membership.statistics.column.computed"),
                reported,
                m.get("membership.statistics.column.difference"));
        for (Figure f : figures) {
            out.row(f.label(), f.computed(), f.reported(), f.difference());
        }
    }
}
