package org.wego.plugin.api;

/**
 * The platform's one CSV writer: every CSV file a user downloads (exports, statistics, upload templates)
 * is made with it, so each carries the same encoding, line ends, quoting and formula defusing. Read
 * uploaded CSV with {@link Spreadsheets}, never with a parser of your own.
 *
 * <p>Every file is UTF-8 starting with a byte-order mark (Excel then reads Korean right), each line ends
 * with CRLF, and a cell is quoted (RFC 4180) when it holds a comma, a double quote, a line break or
 * leading or trailing blanks. See {@link CsvTable#row(java.util.List)} for the formula rule.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface CsvTables {

    /**
     * Starts an empty CSV file whose header keys are translated with these messages (the user's
     * language, as {@link PluginContext#messages(java.util.Locale)} gives it).
     *
     * @param messages the language of the headers
     * @return a new, empty table; not thread-safe, one per download
     */
    CsvTable create(Messages messages);

    /**
     * Starts an empty CSV file whose lines are all given as texts, e.g. an upload template with one
     * bilingual header row ("City / 도시") that serves every user; {@link CsvTable#header(java.util.List)}
     * is refused on it.
     *
     * @return a new, empty table; not thread-safe, one per download
     */
    CsvTable create();

    /**
     * A text defused as the writer defuses a text cell (see {@link CsvTable}): for the same cells written
     * into another spreadsheet format, such as an XLSX export that may be saved as CSV again.
     *
     * @param text a cell's text
     * @return the text, with a leading apostrophe where a spreadsheet would run it as a formula
     */
    String defused(String text);
}
