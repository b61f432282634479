package org.wego.plugins.events.statistics;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ui.BarChart;
import org.wego.plugin.api.ui.BarChart.Series;
import org.wego.plugin.api.ui.DownloadLink;
import org.wego.plugin.api.ui.FigureTable;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.events.register.WegoRole;

/**
 * Events per year and by WeGO's role, counted from the register, with the overview's reported count of
 * each year as a history row of its own beside it (never added in); a chart of both and a CSV file.
 */
public class EventStatisticsView extends VerticalLayout implements HasDynamicTitle {

    /** The page's route. */
    public static final String ROUTE = "events/statistics";

    public EventStatisticsView(EventStatistics statistics) {
        addClassName("events-statistics");
        EventFigures figures = statistics.figures();
        String reportedLabel = HistoryRows.label(this, EventStatistics.REPORTED_IN);
        add(
                new H1(getTranslation("events.statistics.title")),
                new Paragraph(getTranslation("events.statistics.intro")));
        var export = new DownloadLink(
                getTranslation("events.statistics.export"),
                locale -> DownloadLink.File.csv("wego-events-statistics.csv", statistics.csv(locale)));
        export.addClassName("events-statistics-export");
        add(export);

        String perYear = getTranslation("events.statistics.per-year");
        var years = figures.years();
        String chart = BarChart.svg(
                "events-chart-years",
                perYear,
                getTranslation("events.statistics.per-year.desc"),
                years.stream().map(y -> Integer.toString(y.year())).toList(),
                List.of(
                        new Series(
                                getTranslation("events.statistics.counted"),
                                BarChart.COMPUTED,
                                years.stream()
                                        .map(y -> (@Nullable Long) y.counted())
                                        .toList()),
                        new Series(
                                reportedLabel,
                                BarChart.REPORTED,
                                years.stream().map(EventFigures.Year::reported).toList())));
        var headers = new ArrayList<String>(List.of(getTranslation("events.statistics.column.year")));
        for (WegoRole role : WegoRole.values()) {
            headers.add(getTranslation("events.role." + role.name()));
        }
        headers.add(getTranslation("events.not-recorded"));
        headers.add(getTranslation("events.statistics.column.events"));
        var table = new FigureTable(perYear, headers);
        table.addClassName("events-statistics-years");
        for (EventFigures.Year year : years) {
            var row = new ArrayList<@Nullable Object>();
            for (WegoRole role : WegoRole.values()) {
                row.add(year.byRole().get(role));
            }
            row.add(year.notRecorded());
            row.add(year.counted());
            table.row(getTranslation("events.statistics.counted.in", Integer.toString(year.year())), row)
                    .addClassName("events-statistics-counted");
            if (year.reported() != null) {
                var reported = new ArrayList<@Nullable Object>();
                for (int i = 0; i <= WegoRole.values().length; i++) {
                    reported.add(null);
                }
                reported.add(year.reported());
                table.reportedRow(Integer.toString(year.year()) + " · " + reportedLabel, reported)
                        .addClassName("events-statistics-reported");
            }
        }
        var chartBox = new Div(new Svg(chart));
        chartBox.getStyle().set("max-width", "640px").set("width", "100%");
        add(new H2(perYear), chartBox, table);

        String byRoleTitle = getTranslation("events.statistics.by-role");
        var byRole = new FigureTable(
                byRoleTitle,
                List.of(getTranslation("events.field.role"), getTranslation("events.statistics.column.events")));
        byRole.addClassName("events-statistics-roles");
        for (WegoRole role : WegoRole.values()) {
            byRole.row(
                    getTranslation("events.role." + role.name()),
                    List.of(figures.byRole().get(role)));
        }
        byRole.row(getTranslation("events.not-recorded"), List.of(figures.roleNotRecorded()));
        byRole.row(getTranslation("events.statistics.total"), List.of(figures.total()));
        add(new H2(byRoleTitle), byRole);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.statistics.title");
    }
}
