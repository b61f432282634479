package org.wego.platform.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of {@code ./wego bench uploads}: every file read once, one line each, as uploads.sh parses them.
 * An integration test by its weight (large workbooks built and read, tens of seconds), not by what it uses.
 */
class UploadHeapBenchIT {

    @Test
    void everyFileIsReadOnceAndReportedOnALineTheScriptParses() {
        var printed = new ByteArrayOutputStream();
        UploadHeapBench.measure(1, new PrintStream(printed, true, StandardCharsets.UTF_8));

        var lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(9).allSatisfy(line -> assertThat(line).matches("bench: \\S+ .+ \\d+ \\d+ \\d+"));
        assertThat(lines.getFirst()).startsWith("bench: baseline-xlsx-1000-rows read 1001 rows ");
        assertThat(lines)
                .filteredOn(line -> line.startsWith("bench: zip-bomb-1gb "))
                .singleElement()
                .satisfies(line -> assertThat(line).doesNotContain(" read "));
    }
}
