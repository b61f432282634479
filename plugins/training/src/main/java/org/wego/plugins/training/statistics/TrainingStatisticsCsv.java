package org.wego.plugins.training.statistics;

import java.util.List;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.CsvTables;
import org.wego.plugin.api.Messages;
import org.wego.plugins.training.statistics.TrainingFigures.Row;

/**
 * The training statistics as one CSV file through the platform's writer (BOM, formula defusing,
 * quoting): each table under a line naming it, headers in the user's language, a blank line between
 * tables, figures written as numbers.
 */
final class TrainingStatisticsCsv {

    private TrainingStatisticsCsv() {}

    static String write(TrainingFigures s, Messages m, CsvTables csv) {
        CsvTable out = csv.create(m);
        out.row(m.get("training.statistics.title"), s.asOf().toString());
        out.row(m.get("training.statistics.definition"));
        table(out, m, m.get("training.statistics.totals-title"), s.totals(), s.reportedLabel());
        table(out, m, m.get("training.statistics.by-year"), s.byYear(), s.reportedLabel());
        table(out, m, m.get("training.statistics.by-partner"), s.byPartner(), s.reportedLabel());
        table(out, m, m.get("training.statistics.by-continent"), s.byContinent(), s.reportedLabel());
        table(out, m, m.get("training.statistics.by-office"), s.byRegionalOffice(), s.reportedLabel());
        return out.text();
    }

    private static void table(CsvTable out, Messages m, String title, List<Row> rows, String reported) {
        out.blankLine();
        out.row(title);
        out.header(
                "training.statistics.column.row",
                "training.statistics.column.officials",
                "training.statistics.column.cities",
                "training.statistics.column.source");
        for (Row row : rows) {
            out.row(
                    row.label(),
                    row.officials(),
                    row.cities() == null ? null : row.citiesText(),
                    // Reported rows in the platform's one wording (HistoryRows), as on the page.
                    row.source() == TrainingFigures.Source.REPORTED
                            ? reported
                            : m.get("training.statistics.source." + row.source().name()));
        }
    }
}
