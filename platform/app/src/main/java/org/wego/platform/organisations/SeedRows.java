package org.wego.platform.organisations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wego.platform.spreadsheets.SpreadsheetReader;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;

/**
 * The seed CSV files as rows keyed by their header, read by the platform's one bounded CSV reader (the
 * one uploads go through), so the project has a single CSV parser.
 */
final class SeedRows {

    /** Far above the seed files (a few hundred rows, a dozen columns, a few kilobytes). */
    private static final SpreadsheetLimits SEED = new SpreadsheetLimits(100_000, 64, 16 * 1024 * 1024);

    private SeedRows() {}

    /** The records of a CSV text with a header line, as maps from header to value ({@code ""} when missing). */
    static List<Map<String, String>> read(String text) {
        List<Spreadsheet.Row> records = new SpreadsheetReader()
                .read(text.getBytes(StandardCharsets.UTF_8), SEED)
                .rows();
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.getFirst().cells();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Spreadsheet.Row record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(
                        header.get(i),
                        i < record.cells().size() ? record.cells().get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
