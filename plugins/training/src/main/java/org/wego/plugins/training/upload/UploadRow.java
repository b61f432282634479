package org.wego.plugins.training.upload;

import java.util.EnumMap;
import java.util.Map;

/** One data row of an upload, its cells by column, numbered as in the spreadsheet (header = row 1). */
record UploadRow(int number, Map<UploadColumn, String> values) {

    UploadRow {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    /** The cell's text as written (not trimmed), empty when the column is missing. */
    String value(UploadColumn column) {
        return values.getOrDefault(column, "");
    }
}
