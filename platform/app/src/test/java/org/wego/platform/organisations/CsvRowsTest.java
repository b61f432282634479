package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsQuotedFieldsBomAndBothLineEndings() {
        var rows = CsvRows.read("\uFEFFkey,name\r\nvn-hanoi,\"Hanoi, \"\"capital\"\"\"\nkr-seoul,서울\n");

        assertThat(rows)
                .containsExactly(
                        Map.of("key", "vn-hanoi", "name", "Hanoi, \"capital\""),
                        Map.of("key", "kr-seoul", "name", "서울"));
    }

    @Test
    void writesWhatItReadsAndDefusesFormulas() {
        assertThat(CsvRows.line(List.of("a,b", "say \"hi\"", "=HYPERLINK(1)", "plain")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",'=HYPERLINK(1),plain\r\n");
    }
}
