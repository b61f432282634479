package org.wego.plugin.api;

/**
 * The platform's one reader of uploaded spreadsheets (CSV and XLSX), bounded before it parses: a file
 * is refused as a whole, with a translated message, as soon as it is larger, longer or wider than the
 * caller's {@link SpreadsheetLimits} or than the platform's own caps, before anything is allocated
 * for what lies beyond them. It checks an XLSX's zip entries (declared and actual inflated sizes, the
 * compression ratio), refuses DTDs and entities, caps shared strings and a single cell; a CSV gets
 * the same caps for its total size, line length and rows. Plugins never parse uploads themselves.
 *
 * <p>Refusals are {@link InvalidInputException}s on the field {@code file} whose keys start with
 * {@code spreadsheet.} (the platform's bundle, English and Korean), e.g. {@code
 * spreadsheet.file.too-large}, {@code spreadsheet.xlsx.column-beyond} or {@code
 * spreadsheet.xlsx.zip-bomb}.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface Spreadsheets {

    /**
     * Reads an uploaded file into rows of text. XLSX is recognised by its content (a zip with a
     * workbook); an old binary {@code .xls} is refused; anything else is read as CSV in the encoding
     * detected (a UTF-8 byte-order mark, valid UTF-8, otherwise CP949 as Korean Excel writes).
     *
     * @param file the whole upload, at most {@link SpreadsheetLimits#maxBytes()} (larger is refused)
     * @param limits what this upload may hold
     * @return the non-blank rows, in order, each with its spreadsheet row number
     * @throws InvalidInputException (field {@code file}) when the file is empty, too large, has too many
     *     rows, a cell beyond the declared columns or too long, or cannot be read
     */
    Spreadsheet read(byte[] file, SpreadsheetLimits limits);
}
