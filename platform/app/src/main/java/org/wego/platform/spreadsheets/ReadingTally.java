package org.wego.platform.spreadsheets;

/**
 * How far one read got: what was inflated, scanned and decoded before the reader returned or refused
 * the file. Tests use it to prove a crafted file was stopped at the cap, not read whole.
 */
public final class ReadingTally {

    private long bytesInflated;
    private long cellsSeen;
    private long rowsSeen;
    private long sharedStrings;
    private long charsRead;
    private int entriesRead;

    /** Bytes inflated from the zip entries of an XLSX, refused entries included up to where they stopped. */
    public long bytesInflated() {
        return bytesInflated;
    }

    /** Cells ({@code <c>} elements) of the worksheets scanned. */
    public long cellsSeen() {
        return cellsSeen;
    }

    /** Rows scanned: worksheet {@code <row>} elements, or CSV records. */
    public long rowsSeen() {
        return rowsSeen;
    }

    /** Shared strings ({@code <si>} elements) scanned. */
    public long sharedStrings() {
        return sharedStrings;
    }

    /** Characters of a CSV decoded. */
    public long charsRead() {
        return charsRead;
    }

    /** Zip entries read (inflated) of an XLSX. */
    public int entriesRead() {
        return entriesRead;
    }

    void inflated(long bytes) {
        bytesInflated += bytes;
    }

    void cell() {
        cellsSeen++;
    }

    void row() {
        rowsSeen++;
    }

    void sharedString() {
        sharedStrings++;
    }

    void chars(long count) {
        charsRead += count;
    }

    void entry() {
        entriesRead++;
    }

    @Override
    public String toString() {
        return "inflated " + bytesInflated + " bytes of " + entriesRead + " entries, " + cellsSeen + " cells, "
                + rowsSeen + " rows, " + sharedStrings + " shared strings, " + charsRead + " characters";
    }
}
