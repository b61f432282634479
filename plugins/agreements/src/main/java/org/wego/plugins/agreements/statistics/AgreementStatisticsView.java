package org.wego.plugins.agreements.statistics;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.ui.BarChart;
import org.wego.plugin.api.ui.BarChart.Series;
import org.wego.plugin.api.ui.DownloadLink;
import org.wego.plugin.api.ui.FigureTable;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.agreements.register.AgreementKind;

/**
 * Signed agreements per year (by kind), by counterpart type and by continent, counted from the register, with
 * the overview's reported count of each year as a history row of its own beside it (never added in); a chart,
 * tables and a CSV file. Aggregates only, for every role.
 */
public class AgreementStatisticsView extends VerticalLayout implements HasDynamicTitle {

    /** The page's route. */
    public static final String ROUTE = "agreements/statistics";

    public AgreementStatisticsView(AgreementStatistics statistics) {
        addClassName("agreements-statistics");
        AgreementFigures figures = statistics.figures();
        String reportedLabel = HistoryRows.label(this, AgreementStatistics.REPORTED_IN);
        add(new H1(getTranslation("agreements.stats.title")), new Paragraph(getTranslation("agreements.stats.intro")));
        var export = new DownloadLink(
                getTranslation("agreements.stats.export"),
                locale -> DownloadLink.File.csv("wego-agreements-statistics.csv", statistics.csv(locale)));
        export.addClassName("agreements-statistics-export");
        add(export);

        String perYear = getTranslation("agreements.stats.per-year");
        var years = figures.years();
        String chart = BarChart.svg(
                "agreements-chart-years",
                perYear,
                getTranslation("agreements.stats.per-year.desc"),
                years.stream().map(y -> Integer.toString(y.year())).toList(),
                List.of(
                        new Series(
                                getTranslation("agreements.stats.counted"),
                                BarChart.COMPUTED,
                                years.stream()
                                        .map(y -> (@Nullable Long) y.counted())
                                        .toList()),
                        new Series(
                                reportedLabel,
                                BarChart.REPORTED,
                                years.stream()
                                        .map(AgreementFigures.Year::reported)
                                        .toList())));
        var headers = new ArrayList<String>(List.of(getTranslation("agreements.field.year")));
        for (AgreementKind kind : AgreementKind.values()) {
            headers.add(getTranslation("agreements.kind." + kind.name()));
        }
        headers.add(getTranslation("agreements.stats.column.agreements"));
        var table = new FigureTable(perYear, headers);
        table.addClassName("agreements-statistics-years");
        for (AgreementFigures.Year year : years) {
            var row = new ArrayList<@Nullable Object>();
            for (AgreementKind kind : AgreementKind.values()) {
                row.add(year.byKind().get(kind));
            }
            row.add(year.counted());
            table.row(getTranslation("agreements.stats.counted.in", Integer.toString(year.year())), row)
                    .addClassName("agreements-statistics-counted");
            if (year.reported() != null) {
                var reported = new ArrayList<@Nullable Object>();
                for (int i = 0; i < AgreementKind.values().length; i++) {
                    reported.add(null);
                }
                reported.add(year.reported());
                table.reportedRow(year.year() + " · " + reportedLabel, reported)
                        .addClassName("agreements-statistics-reported");
            }
        }
        table.totalRow(getTranslation("agreements.stats.total"), totals(figures));
        add(new H2(perYear), table.besideChart(chart));

        String byType = getTranslation("agreements.stats.by-counterpart");
        var types = new FigureTable(
                byType,
                List.of(
                        getTranslation("agreements.field.counterpart-type"),
                        getTranslation("agreements.stats.column.agreements")));
        types.addClassName("agreements-statistics-counterparts");
        for (Counterpart type : Counterpart.values()) {
            types.row(
                    getTranslation("agreements.stats.counterpart." + type.name()),
                    List.of(figures.byCounterpart().get(type)));
        }
        types.row(getTranslation("agreements.not-recorded"), List.of(figures.counterpartNotRecorded()));
        add(new H2(byType), new Paragraph(getTranslation("agreements.stats.more-than-one")), types);

        String byContinent = getTranslation("agreements.stats.by-continent");
        var continents = new FigureTable(
                byContinent,
                List.of(
                        getTranslation("agreements.stats.column.continent"),
                        getTranslation("agreements.stats.column.agreements")));
        continents.addClassName("agreements-statistics-continents");
        for (Continent continent : Continent.values()) {
            continents.row(
                    getTranslation("continent." + continent.name()),
                    List.of(figures.byContinent().get(continent)));
        }
        continents.row(getTranslation("agreements.not-recorded"), List.of(figures.continentNotRecorded()));
        add(new H2(byContinent), continents);
    }

    private static List<@Nullable Object> totals(AgreementFigures figures) {
        var row = new ArrayList<@Nullable Object>();
        for (AgreementKind kind : AgreementKind.values()) {
            row.add(figures.byKind().get(kind));
        }
        row.add(figures.total());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.stats.title");
    }
}
