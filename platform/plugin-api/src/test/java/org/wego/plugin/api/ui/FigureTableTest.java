package org.wego.plugin.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit's table of figures as a component, without a browser: its rows, their marks and its layout. */
class FigureTableTest {

    private static final List<String> HEADERS = List.of("Year", "Counted", "Reported");

    private static NativeTable table(FigureTable figures) {
        return figures.getContent(); // protected, read here from the same package
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream()
                .map(cell -> cell.getElement().getText())
                .toList();
    }

    private static boolean reported(Component part) {
        return part.getClassNames().contains(HistoryRows.CSS_CLASS);
    }

    @Test
    void aRowHasItsHeaderAndItsFiguresWithADashWhereThereIsNone() {
        var figures = new FigureTable("Events per year", HEADERS);
        NativeTableRow row = figures.row("2018", Arrays.asList(5, null));

        assertThat(table(figures).getCaptionText()).isEqualTo("Events per year");
        assertThat(texts(table(figures).getHead().getRows().getFirst())).isEqualTo(HEADERS);
        assertThat(texts(row)).containsExactly("2018", "5", "–");
        assertThat(row.getHeaderCell(0).orElseThrow().getElement().getAttribute("scope"))
                .isEqualTo("row");
        assertThat(row.getDataCell(0).orElseThrow().getStyle().get("text-align"))
                .isEqualTo("end");
        assertThat(reported(row)).isFalse();
    }

    @Test
    void aReportedRowIsMarkedAsEveryPluginMarksIt() {
        var figures = new FigureTable("Events per year", HEADERS);

        assertThat(reported(figures.reportedRow("2018 · reported", List.of("–", 10))))
                .isTrue();
    }

    @Test
    void aTotalRowIsSetApartAndCountedNotReported() {
        var figures = new FigureTable("Officials trained", HEADERS);
        NativeTableRow total = figures.totalRow("Together", List.of(15, 20));

        assertThat(total.getClassNames()).contains(FigureTable.TOTAL_CSS_CLASS);
        assertThat(total.getStyle().get("font-weight")).isEqualTo("600");
        assertThat(texts(total)).containsExactly("Together", "15", "20");
        assertThat(reported(total)).isFalse();
    }

    @Test
    void anEmptyRowIsOneCellAcrossEveryColumn() {
        var figures = new FigureTable("By partner", HEADERS);
        NativeTableRow empty = figures.emptyRow("No programmes yet");

        assertThat(empty.getClassNames()).contains(FigureTable.EMPTY_CSS_CLASS);
        assertThat(empty.getAllCells()).hasSize(1);
        NativeTableCell cell = empty.getDataCell(0).orElseThrow();
        assertThat(cell.getText()).isEqualTo("No programmes yet");
        assertThat(cell.getColspan()).isEqualTo(HEADERS.size());
    }

    @Test
    void aReportedColumnMarksItsHeaderAndItsCellsInRowsAddedBeforeAndAfter() {
        var figures = new FigureTable("Capitals", HEADERS);
        NativeTableRow before = figures.row("Asia", List.of(3, 4));
        figures.reportedColumn(2);
        NativeTableRow after = figures.row("Europe", List.of(5, 5));

        NativeTableRow head = table(figures).getHead().getRows().getFirst();
        assertThat(reported(head.getCell(2).orElseThrow())).isTrue();
        assertThat(reported(head.getCell(1).orElseThrow())).isFalse();
        for (NativeTableRow row : List.of(before, after)) {
            assertThat(reported(row.getCell(2).orElseThrow())).isTrue();
            assertThat(reported(row.getCell(1).orElseThrow())).isFalse();
            assertThat(reported(row)).isFalse();
        }
        assertThatThrownBy(() -> figures.reportedColumn(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> figures.reportedColumn(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void besideItsChartTheChartComesFirst() {
        var figures = new FigureTable("Events per year", HEADERS);
        var both = figures.besideChart("<svg role=\"img\"></svg>");

        List<Component> parts = both.getChildren().toList();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).isSameAs(figures);
        assertThat(both.getStyle().get("flex-wrap")).isEqualTo("wrap");
    }
}
