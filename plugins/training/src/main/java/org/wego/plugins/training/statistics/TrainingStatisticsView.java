package org.wego.plugins.training.statistics;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ui.BarChart;
import org.wego.plugin.api.ui.BarChart.Series;
import org.wego.plugin.api.ui.DownloadLink;
import org.wego.plugin.api.ui.FigureTable;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.training.statistics.TrainingFigures.Row;
import org.wego.plugins.training.statistics.TrainingFigures.Source;

/**
 * The training statistics ({@code training/statistics}, every role): officials trained and cities
 * reached in all and per year, partner, continent and regional office, each as a chart beside its
 * table (the table is the chart's accessible alternative). The totals reported before the platform
 * are rows of their own, labelled and styled as every plugin's ({@link HistoryRows}); the chart shows the platform's figures, with the reported
 * ones only where the report gives that breakdown (the totals). A CSV of every table for download.
 */
public class TrainingStatisticsView extends VerticalLayout {

    private final TrainingStatistics statistics;
    private final TrainingFigures figures;

    public TrainingStatisticsView(TrainingStatistics statistics) {
        this.statistics = statistics;
        addClassName("training-statistics");
        add(new H1(getTranslation("training.statistics.title")));
        TrainingFigures s = statistics.statistics(getLocale());
        this.figures = s;
        add(new Paragraph(getTranslation("training.statistics.intro", s.asOf().toString())));
        var definition = new Paragraph(getTranslation("training.statistics.definition"));
        definition.addClassName("training-statistics-definition");
        definition.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(definition, download());
        add(
                section("totals", getTranslation("training.statistics.totals-title"), s.totals(), true),
                section("by-year", getTranslation("training.statistics.by-year"), s.byYear(), false),
                section("by-partner", getTranslation("training.statistics.by-partner"), s.byPartner(), false),
                section("by-continent", getTranslation("training.statistics.by-continent"), s.byContinent(), false),
                section("by-office", getTranslation("training.statistics.by-office"), s.byRegionalOffice(), false));
    }

    private DownloadLink download() {
        // Checked again in the service: the link is a server endpoint of its own.
        var link = new DownloadLink(
                getTranslation("training.statistics.export"),
                locale -> DownloadLink.File.csv(
                        "wego-training-statistics.csv", statistics.csv(locale).getBytes(StandardCharsets.UTF_8)));
        link.addClassName("training-statistics-export");
        return link;
    }

    /**
     * A chart and a table. The chart: officials per computed row; for the totals also the reported
     * rows (their own bars, grey), never the "together" row, which would double the bars.
     */
    private Div section(String id, String title, List<Row> rows, boolean withReported) {
        List<Row> charted = rows.stream()
                .filter(r -> r.source() == Source.COMPUTED || (withReported && r.source() == Source.REPORTED))
                .toList();
        String svg = BarChart.svg(
                "training-chart-" + id,
                title,
                getTranslation("training.statistics." + id + ".desc"),
                charted.stream().map(Row::label).toList(),
                series(charted, withReported));
        var table = new FigureTable(
                title,
                List.of(
                        getTranslation("training.statistics.column.row"),
                        getTranslation("training.statistics.column.officials"),
                        getTranslation("training.statistics.column.cities")));
        for (Row row : rows) {
            List<String> cells = List.of(Long.toString(row.officials()), row.citiesText());
            switch (row.source()) {
                case COMPUTED -> table.row(row.label(), cells);
                case REPORTED -> table.reportedRow(row.label(), cells).addClassName("training-statistics-reported");
                case TOGETHER -> table.totalRow(row.label(), cells).addClassName("training-statistics-together");
            }
        }
        if (rows.stream().noneMatch(r -> r.source() == Source.COMPUTED && r.officials() > 0) && !"totals".equals(id)) {
            table.emptyRow(getTranslation("training.statistics.empty"));
        }
        table.addClassName("training-statistics-table");
        table.getStyle().set("max-width", "560px");
        var section = new Div(new H2(title), table.besideChart(svg));
        section.addClassName("training-statistics-" + id);
        section.setWidthFull();
        return section;
    }

    /** The platform's bars; the reported ones (and their legend) only where they are charted. */
    private List<Series> series(List<Row> charted, boolean withReported) {
        var computed = new Series(
                getTranslation("training.statistics.column.officials"),
                BarChart.COMPUTED,
                charted.stream()
                        .map(r -> r.source() == Source.COMPUTED ? (@Nullable Long) r.officials() : null)
                        .toList());
        if (!withReported) {
            return List.of(computed);
        }
        return List.of(
                computed,
                new Series(
                        figures.reportedLabel(),
                        BarChart.REPORTED,
                        charted.stream()
                                .map(r -> r.source() == Source.REPORTED ? (@Nullable Long) r.officials() : null)
                                .toList()));
    }
}
