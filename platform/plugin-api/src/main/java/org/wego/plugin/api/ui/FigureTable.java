package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Stability;

/**
 * A table of figures, the accessible companion of a {@link BarChart}: a caption, column headers, one row
 * header per row, figures right-aligned ("–" where a row has none), and rows of figures reported before the
 * platform styled as every plugin's {@link HistoryRows}. Compact and as wide as its content.
 *
 * <pre>{@code
 * var table = new FigureTable(title, List.of(yearHeader, countedHeader));
 * table.row("2018", List.of(5));
 * table.reportedRow(HistoryRows.label(this, YearMonth.of(2023, 1)), List.of(10));
 * }</pre>
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class FigureTable extends Composite<NativeTable> {

    private static final String CELL_PADDING = "2px 8px";
    private static final String RULE = "1px solid var(--lumo-contrast-10pct)";

    /**
     * @param caption the table's caption (read by screen readers), translated
     * @param headers the column headers, the first one over the row labels, translated
     */
    public FigureTable(String caption, List<String> headers) {
        NativeTable table = getContent();
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
        for (Object figure : figures) {
            var cell = row.addDataCell();
            cell.setText(figure == null ? "–" : figure.toString());
            style(cell, "end");
        }
        return row;
    }

    /** A row of figures reported before the platform, marked as {@link HistoryRows#mark} marks them. */
    public NativeTableRow reportedRow(String label, List<? extends @Nullable Object> figures) {
        return HistoryRows.mark(row(label, figures));
    }

    private static void style(HasStyle cell, String align) {
        cell.getStyle().set("padding", CELL_PADDING).set("text-align", align).set("border-bottom", RULE);
    }
}
