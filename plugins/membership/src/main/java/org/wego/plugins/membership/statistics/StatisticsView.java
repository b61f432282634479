package org.wego.plugins.membership.statistics;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ui.BarChart;
import org.wego.plugin.api.ui.BarChart.Series;
import org.wego.plugin.api.ui.DownloadLink;
import org.wego.plugin.api.ui.FigureTable;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.membership.statistics.Statistics.Figure;
import org.wego.plugins.membership.statistics.Statistics.GrowthPoint;
import org.wego.plugins.membership.statistics.Statistics.Source;
import org.wego.plugins.membership.statistics.Statistics.TypeRow;

/**
 * The statistics dashboard ({@code membership/statistics}, every role): for each figure a chart and
 * a table side by side, the computed figures beside the reported ones of January 2023 with the
 * difference; the table is the chart's accessible alternative. Reported rows and cells carry the
 * kit's one wording and style ({@link HistoryRows}). A CSV of every table for download.
 */
public class StatisticsView extends VerticalLayout {

    private final MembershipStatistics statistics;

    public StatisticsView(MembershipStatistics statistics) {
        this.statistics = statistics;
        addClassName("membership-statistics");
        add(new H1(getTranslation("membership.statistics.title")));
        Statistics s = statistics.statistics(getLocale());
        add(new Paragraph(getTranslation("membership.statistics.intro", s.asOf().toString(), s.reportedLabel())));
        add(download());
        add(
                byType(s),
                figures(
                        "capitals",
                        getTranslation("membership.statistics.capitals-title"),
                        s.capitals(),
                        s.reportedLabel(),
                        true),
                figures(
                        "offices",
                        getTranslation("membership.statistics.offices-title"),
                        s.regionalOffices(),
                        s.reportedLabel(),
                        false),
                growth(s));
        if (s.applications() != null) {
            add(figures(
                    "applications",
                    getTranslation("membership.statistics.applications-title"),
                    s.applications(),
                    s.reportedLabel(),
                    false));
        }
    }

    private DownloadLink download() {
        // Checked again in the service: the link is a server endpoint of its own.
        var link = new DownloadLink(
                getTranslation("membership.statistics.export"),
                locale -> DownloadLink.File.csv(
                        "wego-membership-statistics.csv", statistics.csv(locale).getBytes(StandardCharsets.UTF_8)));
        link.addClassName("membership-statistics-export");
        return link;
    }

    private Div byType(Statistics s) {
        String title = getTranslation("membership.statistics.by-type");
        List<String> continents =
                s.continents().stream().map(Statistics.Column::label).toList();
        var series = new ArrayList<Series>();
        for (TypeRow row : s.byTypeAndContinent()) {
            if (StatisticsCalculator.ALL.equals(row.key())) {
                series.add(new Series(
                        row.source() == Source.COMPUTED
                                ? getTranslation("membership.statistics.column.computed")
                                : row.label(),
                        switch (row.source()) {
                            case COMPUTED -> BarChart.COMPUTED;
                            case REPORTED -> BarChart.REPORTED;
                            case REPORTED_PRINTED -> "var(--lumo-contrast-20pct, #ccc)";
                        },
                        new ArrayList<@Nullable Long>(row.byContinent())));
            }
        }
        var headers = new ArrayList<String>();
        headers.add(getTranslation("membership.statistics.column.row"));
        headers.add(getTranslation("membership.statistics.column.total"));
        headers.addAll(continents);
        var table = new FigureTable(title, headers);
        for (TypeRow row : s.byTypeAndContinent()) {
            var cells = new ArrayList<@Nullable Long>();
            cells.add(row.total());
            cells.addAll(row.byContinent());
            if (row.source() == Source.COMPUTED) {
                table.row(row.label(), cells);
            } else {
                table.reportedRow(row.label(), cells);
            }
        }
        return section(
                "by-type",
                title,
                BarChart.svg(
                        "membership-chart-by-type",
                        title,
                        getTranslation("membership.statistics.by-type.desc"),
                        continents,
                        series),
                table);
    }

    private Div figures(String id, String title, List<Figure> figures, String reportedLabel, boolean reported) {
        var categories = figures.stream().map(Figure::label).toList();
        var series = new ArrayList<Series>();
        series.add(new Series(
                getTranslation("membership.statistics.column.computed"),
                BarChart.COMPUTED,
                figures.stream().map(f -> (@Nullable Long) f.computed()).toList()));
        if (reported) {
            series.add(new Series(
                    reportedLabel,
                    BarChart.REPORTED,
                    figures.stream().map(Figure::reported).toList()));
        }
        var table = new FigureTable(
                title,
                reported
                        ? List.of(
                                getTranslation("membership.statistics.column.row"),
                                getTranslation("membership.statistics.column.computed"),
                                reportedLabel,
                                getTranslation("membership.statistics.column.difference"))
                        : List.of(
                                getTranslation("membership.statistics.column.row"),
                                getTranslation("membership.statistics.column.computed")));
        if (reported) {
            table.reportedColumn(2);
        }
        for (Figure f : figures) {
            NativeTableRow row = table.row(
                    f.label(),
                    reported
                            ? List.of(f.computed(), text(f.reported()), difference(f.difference()))
                            : List.of(f.computed()));
            if (reported) {
                flagDifference(row, 3, f.difference());
            }
        }
        if (figures.isEmpty()) {
            table.emptyRow(getTranslation("membership.statistics.empty"));
        }
        return section(
                id,
                title,
                BarChart.svg(
                        "membership-chart-" + id,
                        title,
                        getTranslation("membership.statistics." + id + ".desc"),
                        categories,
                        series),
                table);
    }

    private Div growth(Statistics s) {
        String title = getTranslation("membership.statistics.growth-title");
        List<GrowthPoint> points = s.growth();
        var table = new FigureTable(
                        title,
                        List.of(
                                getTranslation("membership.statistics.column.period"),
                                getTranslation("membership.statistics.column.joined"),
                                getTranslation("membership.statistics.column.cumulative"),
                                getTranslation("membership.statistics.column.reported-value"),
                                getTranslation("membership.statistics.column.difference")))
                .reportedColumn(3);
        for (GrowthPoint p : points) {
            @Nullable
            Long difference = p.reported() == null || p.cumulative() == null ? null : p.cumulative() - p.reported();
            NativeTableRow row = table.row(
                    p.label(),
                    List.of(
                            text(p.joined()),
                            text(p.cumulative()),
                            p.reported() == null ? "" : p.reported() + " (" + p.reportedLabel() + ")",
                            difference(difference)));
            flagDifference(row, 4, difference);
        }
        String chart = BarChart.svg(
                "membership-chart-growth",
                title,
                getTranslation("membership.statistics.growth.desc"),
                points.stream().map(GrowthPoint::period).toList(),
                List.of(
                        new Series(
                                getTranslation("membership.statistics.column.cumulative"),
                                BarChart.COMPUTED,
                                points.stream().map(GrowthPoint::cumulative).toList()),
                        new Series(
                                getTranslation("membership.statistics.growth.reported"),
                                BarChart.REPORTED,
                                points.stream().map(GrowthPoint::reported).toList())));
        var note = new Paragraph(getTranslation("membership.statistics.growth.note"));
        note.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div section = section("growth", title, chart, table);
        section.add(note);
        return section;
    }

    private Div section(String id, String title, String svg, FigureTable table) {
        table.addClassName("membership-statistics-table");
        var section = new Div(new H2(title), table.besideChart(svg));
        section.addClassName("membership-statistics-" + id);
        section.setWidthFull();
        return section;
    }

    /** A figure that may be unknown, "–" then as every table shows it. */
    private static String text(@Nullable Long value) {
        return value == null ? "–" : Long.toString(value);
    }

    /** Computed minus reported, signed; blank where there is nothing to compare. */
    private static String difference(@Nullable Long value) {
        return value == null ? "" : value > 0 ? "+" + value : Long.toString(value);
    }

    /** A difference other than zero stands out: the computed and the reported figures disagree. */
    private static void flagDifference(NativeTableRow row, int column, @Nullable Long value) {
        if (value != null && value != 0) {
            row.getCell(column).ifPresent(cell -> cell.getStyle().set("color", "var(--lumo-error-text-color)"));
        }
    }
}
