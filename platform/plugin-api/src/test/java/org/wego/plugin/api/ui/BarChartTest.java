package org.wego.plugin.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void theChartIsAnAccessibleSvgWithEveryTextEscaped() {
        String svg = BarChart.svg(
                "c",
                "Members <script>",
                "A & B",
                List.of("Asia", "\"Africa\""),
                List.of(new BarChart.Series("Counted", BarChart.COMPUTED, Arrays.asList(3L, null))));

        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("<title id=\"c-title\">Members &lt;script&gt;</title>")
                .contains("<desc id=\"c-desc\">A &amp; B</desc>")
                .contains("&quot;Africa&quot;")
                .doesNotContain("<script>");
        assertThat(BarChart.shortened("Asia")).isEqualTo("Asia");
        assertThat(BarChart.shortened("멕시코시티 지역사무소"))
                .as("a long axis label is cut; the table beside has it whole")
                .startsWith("멕시코")
                .endsWith("…");
        assertThat(svg.split("<rect", -1))
                .as("one legend box and one bar: no bar for a missing value")
                .hasSize(3);
    }
}
