package org.wego.platform.spreadsheets;

import java.util.Locale;
import java.util.Optional;
import org.wego.plugin.api.SpreadsheetLimits;

/**
 * A cell reference such as {@code B12}: column letters and a row number, both 1-based. Parsed with
 * bounds so a reference like {@code ZZZZZZ1} or {@code A99999999999} never overflows: anything
 * beyond Excel's last column ({@code XFD}) or row is one past it.
 */
record CellReference(int column, int row) {

    /** One past Excel's last column or row: what an out-of-range part of a reference parses to. */
    static final int BEYOND_COLUMNS = SpreadsheetLimits.EXCEL_COLUMNS + 1;

    static final int BEYOND_ROWS = SpreadsheetLimits.EXCEL_ROWS + 1;

    /** The reference, or empty if it is not letters followed by digits. */
    static Optional<CellReference> parse(String text) {
        int i = 0;
        long column = 0;
        while (i < text.length() && isLetter(text.charAt(i))) {
            column = Math.min(column * 26 + (Character.toUpperCase(text.charAt(i)) - 'A' + 1), BEYOND_COLUMNS);
            i++;
        }
        if (i == 0 || i == text.length()) {
            return Optional.empty();
        }
        long row = 0;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            row = Math.min(row * 10 + (c - '0'), BEYOND_ROWS);
        }
        return Optional.of(new CellReference((int) column, (int) row));
    }

    /** The letters of a 1-based column, e.g. {@code A}, {@code BL}, {@code XFD}. */
    static String columnLabel(int column) {
        var label = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            label.append((char) ('A' + (n - 1) % 26));
        }
        return label.reverse().toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
