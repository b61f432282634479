package org.wego.plugins.training.upload;

import java.util.List;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;
import org.wego.plugin.api.Spreadsheets;

/**
 * An uploaded nominations file read into rows of text by the platform's bounded reader ({@link
 * Spreadsheets}: CSV in UTF-8 with or without a byte-order mark or CP949, or XLSX), within this
 * upload's limits. A file too large, with too many rows, a cell beyond the columns read, an old
 * binary {@code .xls}, a zip or entity bomb or an unreadable one is refused as a whole by the reader,
 * with its message ({@code spreadsheet.*}), before anything is parsed beyond the limit.
 *
 * @param format {@code CSV} or {@code XLSX}
 * @param encoding the encoding read, shown to the coordinator: {@code UTF-8 (BOM)}, {@code UTF-8},
 *     {@code CP949}; {@code XLSX} for spreadsheets (always Unicode)
 * @param rows the non-blank rows, header first
 */
record UploadedSheet(String format, String encoding, List<SheetRow> rows) {

    /** 2 MB: a thousand rows of officials take about a tenth of that. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** Data rows (besides the header and notes) a file may hold. */
    static final int MAX_ROWS = 1000;

    /**
     * The columns read: the template has seven; room for a coordinator's own notes columns beside
     * them, and anything further (Excel's {@code XFD} included) is refused rather than padded to.
     */
    static final int COLUMNS = 64;

    /** The header, up to ten notes rows, and the data rows. */
    static final SpreadsheetLimits LIMITS = new SpreadsheetLimits(MAX_ROWS + 11, COLUMNS, MAX_BYTES);

    UploadedSheet {
        rows = List.copyOf(rows);
    }

    /**
     * Reads an upload through the platform's reader.
     *
     * @throws InvalidInputException (field {@code file}) when the reader refuses the file
     */
    static UploadedSheet read(Spreadsheets reader, byte[] bytes) {
        Spreadsheet sheet = reader.read(bytes, LIMITS);
        return new UploadedSheet(
                sheet.format(),
                sheet.encoding(),
                sheet.rows().stream()
                        .map(row -> new SheetRow(row.number(), row.cells()))
                        .toList());
    }
}
