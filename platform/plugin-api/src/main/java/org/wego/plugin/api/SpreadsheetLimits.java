package org.wego.plugin.api;

/**
 * What one spreadsheet upload may hold; the reader refuses anything beyond it before parsing it.
 *
 * @param maxRows the most non-blank rows, header and notes rows included (1 to 1,048,576)
 * @param columns the columns the caller reads: a cell beyond the last of them (for 7, beyond {@code
 *     G}) is refused (1 to 16,384, which is Excel's last column {@code XFD})
 * @param maxBytes the largest file in bytes (1 to 64 MB); an XLSX may inflate to a bounded multiple
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record SpreadsheetLimits(int maxRows, int columns, int maxBytes) {

    /** Excel's last row. */
    public static final int EXCEL_ROWS = 1_048_576;

    /** Excel's last column, {@code XFD}. */
    public static final int EXCEL_COLUMNS = 16_384;

    /** The largest upload the reader takes whatever the caller says. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    public SpreadsheetLimits {
        if (maxRows < 1 || maxRows > EXCEL_ROWS) {
            throw new IllegalArgumentException("maxRows must be between 1 and " + EXCEL_ROWS);
        }
        if (columns < 1 || columns > EXCEL_COLUMNS) {
            throw new IllegalArgumentException("columns must be between 1 and " + EXCEL_COLUMNS);
        }
        if (maxBytes < 1 || maxBytes > MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES);
        }
    }
}
