package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Stability;

/**
 * A table of figures, the accessible companion of a {@link BarChart}: a caption, column headers, one row
 * header per row, figures right-aligned ("–" where a row has none), and rows of figures reported before the
 * platform styled as every plugin's {@link HistoryRows}, or a whole column of them ({@link #reportedColumn}),
 * a total row set apart ({@link #totalRow}) and a row saying there is nothing to count ({@link #emptyRow}).
 * Compact and as wide as its content; {@link #besideChart} sets it beside its chart.
 *
 * <pre>{@code
 * var table = new FigureTable(title, List.of(yearHeader, countedHeader));
 * table.row("2018", List.of(5));
 * table.reportedRow(HistoryRows.label(this, YearMonth.of(2023, 1)), List.of(10));
 * table.totalRow(togetherLabel, List.of(15));
 * add(table.besideChart(BarChart.svg(...)));
 * }</pre>
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class FigureTable extends Composite<NativeTable> {

    private static final String CELL_PADDING = "2px 8px";
    private static final String RULE = "1px solid var(--lumo-contrast-10pct)";

    /** The CSS class of a {@link #totalRow}. */
    public static final String TOTAL_CSS_CLASS = "wego-figure-total";

    /** The CSS class of an {@link #emptyRow}. */
    public static final String EMPTY_CSS_CLASS = "wego-figure-empty";

    private final int columns;
    private final Set<Integer> reportedColumns = new HashSet<>();

    /**
     * @param caption the table's caption (read by screen readers), translated
     * @param headers the column headers, the first one over the row labels, translated
     */
    public FigureTable(String caption, List<String> headers) {
        NativeTable table = getContent();
        columns = headers.size();
        table.setCaptionText(caption);
        table.addClassName("wego-figure-table");
        table.getStyle()
                .set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("align-self", "flex-start");
        NativeTableRow head = table.getHead().addRow();
        for (int i = 0; i < headers.size(); i++) {
            var cell = head.addHeaderCell();
            cell.setText(headers.get(i));
            cell.getElement().setAttribute("scope", "col");
            style(cell, i == 0 ? "start" : "end");
        }
    }

    /** A row of figures counted by the platform. */
    public NativeTableRow row(String label, List<? extends @Nullable Object> figures) {
        NativeTableRow row = getContent().getBody().addRow();
        var header = row.addHeaderCell();
        header.setText(label);
        header.getElement().setAttribute("scope", "row");
        style(header, "start");
        int column = 1;
        for (Object figure : figures) {
            var cell = row.addDataCell();
            cell.setText(figure == null ? "–" : figure.toString());
            style(cell, "end");
            if (reportedColumns.contains(column++)) {
                HistoryRows.mark(cell);
            }
        }
        return row;
    }

    /** A row of figures reported before the platform, marked as {@link HistoryRows#mark} marks them. */
    public NativeTableRow reportedRow(String label, List<? extends @Nullable Object> figures) {
        return HistoryRows.mark(row(label, figures));
    }

    /**
     * A row of counted figures that sums the rows above it ("together", "total"), set apart by weight and a
     * rule above it so it is not read as one more row of the same kind. Since 1.1.
     */
    public NativeTableRow totalRow(String label, List<? extends @Nullable Object> figures) {
        NativeTableRow row = row(label, figures);
        row.addClassName(TOTAL_CSS_CLASS);
        row.getStyle().set("font-weight", "600").set("border-top", "2px solid var(--lumo-contrast-30pct)");
        return row;
    }

    /** A row of one cell across every column saying why there are no figures, e.g. "No programmes yet". */
    public NativeTableRow emptyRow(String text) {
        NativeTableRow row = getContent().getBody().addRow();
        row.addClassName(EMPTY_CSS_CLASS);
        var cell = row.addDataCell();
        cell.setText(text);
        cell.setColspan(columns);
        style(cell, "start");
        return row;
    }

    /**
     * Marks a column as reported figures beside counted ones (e.g. "reported, 2023-01" beside "counted"): its
     * header and its cell in every row, added before or after, look as {@link HistoryRows#mark} marks them.
     *
     * @param column the column's index among the headers, 1 for the first column of figures
     */
    public FigureTable reportedColumn(int column) {
        if (column < 1 || column >= columns) {
            throw new IllegalArgumentException("not a column of figures: " + column);
        }
        reportedColumns.add(column);
        NativeTable table = getContent();
        Stream.concat(table.getHead().getRows().stream(), table.getBody().getRows().stream())
                .forEach(row -> row.getCell(column).ifPresent(HistoryRows::mark));
        return this;
    }

    /**
     * This table beside its chart (the SVG of {@link BarChart#svg}), the chart first, the table below it where
     * the page is too narrow for both.
     */
    public Div besideChart(String chartSvg) {
        var chart = new Div(new Svg(chartSvg));
        chart.getStyle().set("flex", "1 1 320px").set("max-width", "520px");
        var both = new Div(chart, this);
        both.addClassName("wego-figure-chart");
        both.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        return both;
    }

    private static void style(HasStyle cell, String align) {
        cell.getStyle().set("padding", CELL_PADDING).set("text-align", align).set("border-bottom", RULE);
    }
}
