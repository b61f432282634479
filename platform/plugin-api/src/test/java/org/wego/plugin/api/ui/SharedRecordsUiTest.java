package org.wego.plugin.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.ShownReference;

class SharedRecordsUiTest {

    private static final RecordReference PROGRAMME = RecordReference.of("training", "programme", 42);

    /** Answers with the key and its arguments, so the test sees which wording was asked for. */
    private static final Div WHERE = new Div() {
        @Override
        public String getTranslation(String key, Object... params) {
            return key + Arrays.toString(params);
        }
    };

    @Test
    void aReferenceToARecordThatIsThereIsALinkWithItsTitleAsText() {
        var link = new ReferenceLink(
                new ShownReference(PROGRAMME, "<script>alert(1)</script>", "training/programmes/42", true));

        Anchor anchor = (Anchor) link.getElement().getChild(0).getComponent().orElseThrow();
        assertThat(anchor.getHref()).isEqualTo("training/programmes/42");
        assertThat(anchor.getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(link.getElement().getAttribute("data-reference")).isEqualTo("training:programme:42");
    }

    @Test
    void anUnavailableReferenceIsMutedTextWithoutALink() {
        var link = new ReferenceLink(
                new ShownReference(PROGRAMME, "Record of training programme (not available)", null, false));

        assertThat(link.getElement().getOuterHTML()).doesNotContain("<a");
        assertThat(link.getElement().getText()).isEqualTo("Record of training programme (not available)");
        assertThat(link.getElement().getClassList()).contains("wego-reference-unavailable");
    }

    @Test
    void reportedFiguresHaveOneWordingAndOneStyle() {
        assertThat(HistoryRows.label(WHERE, YearMonth.of(2023, 1))).isEqualTo("history.reported.in[2023-01]");
        assertThat(HistoryRows.label(WHERE, null)).isEqualTo("history.reported.before-platform[]");
        var messages = new org.wego.plugin.api.Messages() {
            @Override
            public java.util.Locale locale() {
                return java.util.Locale.KOREAN;
            }

            @Override
            public String get(String key, Object... arguments) {
                return key + Arrays.toString(arguments);
            }
        };
        assertThat(HistoryRows.label(messages, YearMonth.of(2023, 1))).isEqualTo("history.reported.in[2023-01]");
        assertThat(HistoryRows.label(messages, null)).isEqualTo("history.reported.before-platform[]");
        NativeTableCell cell = HistoryRows.mark(new NativeTableCell());
        assertThat(cell.getClassNames()).contains(HistoryRows.CSS_CLASS);
        assertThat(cell.getStyle().get("color")).isEqualTo("var(--lumo-secondary-text-color)");
    }
}
