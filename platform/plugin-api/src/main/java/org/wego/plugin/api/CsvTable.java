package org.wego.plugin.api;

import java.util.List;

/**
 * One CSV file being written, line by line, made by {@link CsvTables#create(Messages)}. A file may hold
 * several tables one under the other (a title line, a header, rows, a blank line, the next table).
 *
 * <p><b>Formula defusing.</b> A spreadsheet program runs a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula (CSV injection). A text cell starting
 * with one of them is written with a leading apostrophe ({@code '=SUM(A1)}), which spreadsheet programs
 * show as text. Two exceptions keep figures usable: a {@link Number} cell is written as a plain decimal
 * ({@code -5}, {@code 12.5}), and a text cell that is a plain negative decimal (such as {@code -5} or
 * {@code -0.25}, nothing else) is left as it is, since it cannot hold a formula. A leading {@code +} is
 * always defused: it is text such as a phone number, which would lose its plus as a number.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface CsvTable {

    /**
     * Adds a header line: each message key's text in the table's language.
     *
     * @param keys message keys of this plugin's (or the platform's) bundles
     * @return this table
     * @throws java.util.MissingResourceException if a key has no text
     */
    CsvTable header(List<String> keys);

    /**
     * Adds a header line of message keys, as {@link #header(List)}.
     *
     * @param keys message keys
     * @return this table
     */
    default CsvTable header(String... keys) {
        return header(List.of(keys));
    }

    /**
     * Adds a line of cells. A {@code null} cell is empty, a {@link Number} a plain decimal, anything
     * else its {@code toString()} as text, defused as the type's comment says. Translate texts (enum
     * values, yes/no) before passing them.
     *
     * @param cells the line's cells, in column order
     * @return this table
     */
    CsvTable row(List<?> cells);

    /**
     * Adds a line of cells, as {@link #row(List)}.
     *
     * @param cells the line's cells, in column order
     * @return this table
     */
    default CsvTable row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /**
     * Adds an empty line, e.g. between two tables of one file.
     *
     * @return this table
     */
    CsvTable blankLine();

    /**
     * The file so far as text, starting with the byte-order mark {@code U+FEFF}.
     *
     * @return the CSV text
     */
    String text();

    /**
     * The file so far as UTF-8 bytes, starting with the byte-order mark, ready to download.
     *
     * @return the CSV file
     */
    byte[] bytes();

    /**
     * The same lines as an XLSX workbook of one sheet, for those who open exports in Excel: text cells as
     * text, defused as in the CSV (the sheet may be saved as CSV again), {@link Number} cells as numbers, a
     * header line bold and frozen, blank lines kept. Since 1.1.
     *
     * @param sheet the sheet's name, translated; characters Excel refuses in a name become spaces and it is
     *     cut to Excel's 31 characters
     * @return the XLSX file
     * @throws UnsupportedOperationException from a table that writes CSV only (the platform's writes both)
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    default byte[] xlsx(String sheet) {
        throw new UnsupportedOperationException("this table writes CSV only");
    }
}
