package org.wego.plugin.api;

import java.util.List;

/**
 * An uploaded spreadsheet read into rows of text by {@link Spreadsheets}.
 *
 * @param format {@value #CSV} or {@value #XLSX}
 * @param encoding the encoding read, to show to the user: {@value #UTF8_BOM}, {@value #UTF8}, {@value
 *     #CP949}; {@value #XLSX} for workbooks (always Unicode)
 * @param rows the non-blank rows, header first, in order
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record Spreadsheet(String format, String encoding, List<Row> rows) {

    public static final String CSV = "CSV";
    public static final String XLSX = "XLSX";
    public static final String UTF8_BOM = "UTF-8 (BOM)";
    public static final String UTF8 = "UTF-8";
    public static final String CP949 = "CP949";

    public Spreadsheet {
        rows = List.copyOf(rows);
    }

    /**
     * One non-blank row as text. A formula cell of an XLSX file is its formula text starting with
     * {@code =} (never a computed value), numbers are plain decimals ({@code 42}, not {@code 42.0}).
     *
     * @param number the row's number as the spreadsheet shows it (the first row is 1); for CSV the
     *     record's number (a quoted line break does not start a new one)
     * @param cells the cells from the first column, at most the declared columns; empty cells are
     *     {@code ""}
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
