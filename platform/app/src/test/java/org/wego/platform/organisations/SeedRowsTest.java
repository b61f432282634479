package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedRowsTest {

    @Test
    void readsQuotedFieldsBomAndBothLineEndingsThroughTheBoundedReader() {
        var rows = SeedRows.read("\uFEFFkey,name\r\nvn-hanoi,\"Hanoi, \"\"capital\"\"\"\nkr-seoul,서울\n\nshort\n");

        assertThat(rows)
                .containsExactly(
                        Map.of("key", "vn-hanoi", "name", "Hanoi, \"capital\""),
                        Map.of("key", "kr-seoul", "name", "서울"),
                        Map.of("key", "short", "name", ""));
    }
}
