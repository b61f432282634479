package org.wego.plugins.membership.statistics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ui.BarChart;
import org.wego.plugin.api.ui.BarChart.Series;
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

    private Anchor download() {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    // Checked again in the service: the link is a server endpoint of its own.
                    byte[] csv = statistics.csv(getLocale()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv),
                            "wego-membership-statistics.csv",
                            "text/csv;charset=UTF-8",
                            csv.length);
                }),
                getTranslation("membership.statistics.export"));
        link.getElement().setAttribute("download", true);
        link.addClassName("membership-statistics-export");
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
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
        var table = new NativeTable();
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.row"));
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.total"));
        continents.forEach(c -> head.addHeaderCell().setText(c));
        for (TypeRow row : s.byTypeAndContinent()) {
            NativeTableRow tr = table.getBody().addRow();
            var label = tr.addHeaderCell();
            label.setText(row.label());
            label.getElement().setAttribute("scope", "row");
            number(tr, row.total());
            row.byContinent().forEach(n -> number(tr, n));
            if (row.source() != Source.COMPUTED) {
                HistoryRows.mark(tr);
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
        var table = new NativeTable();
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.row"));
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.computed"));
        if (reported) {
            HistoryRows.mark(head.addHeaderCell()).setText(reportedLabel);
            head.addHeaderCell().setText(getTranslation("membership.statistics.column.difference"));
        }
        for (Figure f : figures) {
            NativeTableRow tr = table.getBody().addRow();
            var label = tr.addHeaderCell();
            label.setText(f.label());
            label.getElement().setAttribute("scope", "row");
            number(tr, f.computed());
            if (reported) {
                HistoryRows.mark(number(tr, f.reported()));
                difference(tr, f.difference());
            }
        }
        if (figures.isEmpty()) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addDataCell().setText(getTranslation("membership.statistics.empty"));
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
        var table = new NativeTable();
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.period"));
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.joined"));
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.cumulative"));
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.reported-value"));
        head.addHeaderCell().setText(getTranslation("membership.statistics.column.difference"));
        for (GrowthPoint p : points) {
            NativeTableRow tr = table.getBody().addRow();
            var label = tr.addHeaderCell();
            label.setText(p.label());
            label.getElement().setAttribute("scope", "row");
            number(tr, p.joined());
            number(tr, p.cumulative());
            var reported = HistoryRows.mark(tr.addDataCell());
            reported.setText(p.reported() == null ? "" : p.reported() + " (" + p.reportedLabel() + ")");
            difference(tr, p.reported() == null || p.cumulative() == null ? null : p.cumulative() - p.reported());
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

    private Div section(String id, String title, String svg, NativeTable table) {
        table.addClassName("membership-statistics-table");
        table.getStyle()
                .set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("align-self", "flex-start");
        table.getChildren()
                .flatMap(Component::getChildren)
                .flatMap(Component::getChildren)
                .forEach(cell -> cell.getElement()
                        .getStyle()
                        .set("padding", "2px 8px")
                        .set(
                                "text-align",
                                cell instanceof com.vaadin.flow.component.html.NativeTableHeaderCell ? "start" : "end")
                        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)"));
        var chart = new Div(new Svg(svg));
        chart.getStyle().set("flex", "1 1 320px").set("max-width", "520px");
        var row = new Div(chart, table);
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        var section = new Div(new H2(title), row);
        section.addClassName("membership-statistics-" + id);
        section.setWidthFull();
        return section;
    }

    private static NativeTableCell number(NativeTableRow row, @Nullable Long value) {
        var cell = row.addDataCell();
        cell.setText(value == null ? "–" : Long.toString(value));
        cell.getStyle().set("text-align", "end");
        return cell;
    }

    private static void difference(NativeTableRow row, @Nullable Long value) {
        var cell = row.addDataCell();
        cell.setText(value == null ? "" : value > 0 ? "+" + value : Long.toString(value));
        cell.getStyle().set("text-align", "end");
        if (value != null && value != 0) {
            cell.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }
}
