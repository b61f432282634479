package org.wego.plugin.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table of figures: headers with scopes, row headers, figures as text, reported rows marked. */
class FigureTableTest {

    @Test
    void countedAndReportedRowsStandSideBySide() {
        var table = new FigureTable("Events per year", List.of("Year", "Host", "Events"));
        table.row("2018", Arrays.asList(2L, 5L));
        var reported = table.reportedRow("2018 · reported, 2023-01", Arrays.asList(null, 10L));

        NativeTable element = (NativeTable) table.getChildren().findFirst().orElseThrow();
        assertThat(element.getCaption().getText()).isEqualTo("Events per year");
        assertThat(texts(element.getHead().getRows().getFirst())).containsExactly("Year", "Host", "Events");
        assertThat(element.getHead()
                        .getRows()
                        .getFirst()
                        .getElement()
                        .getChild(0)
                        .getAttribute("scope"))
                .isEqualTo("col");
        var rows = element.getBody().getRows();
        assertThat(texts(rows.getFirst())).containsExactly("2018", "2", "5");
        assertThat(rows.getFirst().getElement().getChild(0).getAttribute("scope"))
                .isEqualTo("row");
        assertThat(texts(rows.get(1))).containsExactly("2018 · reported, 2023-01", "–", "10");
        assertThat(reported.getClassNames()).contains(HistoryRows.CSS_CLASS);
        assertThat(rows.getFirst().getClassNames()).doesNotContain(HistoryRows.CSS_CLASS);
    }

    private static List<String> texts(Component row) {
        return row.getChildren().map(cell -> cell.getElement().getText()).toList();
    }
}
