package org.wego.platform.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;

/**
 * A CSV upload read with Commons CSV (RFC 4180: commas, double quotes, CRLF, LF or CR) from a reader
 * that counts every character and refuses a physical line longer than {@link #MAX_LINE_CHARS} while
 * it is read, so the parser never buffers more than one bounded line; rows, columns and cells are
 * checked as each record arrives.
 */
final class CsvRows {

    /** One physical line: a row of officials takes a few hundred characters. */
    static final int MAX_LINE_CHARS = 128 * 1024;

    private static final Charset CP949 = Charset.forName("x-windows-949");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false) // blank lines still count, so row numbers match the file's
            .setLenientEof(true)
            .setTrailingData(true)
            .get();

    private CsvRows() {}

    /** The encoding of CSV bytes: a BOM says UTF-8; valid UTF-8 is UTF-8; anything else CP949. */
    static String encodingOf(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Spreadsheet.UTF8_BOM;
        }
        // Decoded through a small buffer: checking 2 MB must not allocate 4 MB of characters.
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Spreadsheet.CP949;
            }
        } while (result.isOverflow());
        do {
            out.clear();
            result = decoder.flush(out);
        } while (result.isOverflow());
        return result.isError() ? Spreadsheet.CP949 : Spreadsheet.UTF8;
    }

    static Spreadsheet read(byte[] bytes, SpreadsheetLimits limits, ReadingTally tally) throws IOException {
        String encoding = encodingOf(bytes);
        int skip = encoding.equals(Spreadsheet.UTF8_BOM) ? 3 : 0;
        Charset charset = encoding.equals(Spreadsheet.CP949) ? CP949 : StandardCharsets.UTF_8;
        var rows = new ArrayList<Spreadsheet.Row>();
        Reader text = new BoundedLines(
                new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), charset), tally);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                tally.row();
                int number = (int) Math.min(record.getRecordNumber(), Integer.MAX_VALUE);
                List<String> cells = cells(record, number, limits);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() >= limits.maxRows()) {
                    throw Refusals.refuse("file.too-many-rows", limits.maxRows());
                }
                rows.add(new Spreadsheet.Row(number, cells));
            }
        }
        return new Spreadsheet(Spreadsheet.CSV, encoding, rows);
    }

    /** The record's fields up to the declared columns; a value beyond them is refused, empty ones dropped. */
    private static List<String> cells(CSVRecord record, int number, SpreadsheetLimits limits) {
        var cells = new ArrayList<String>(Math.min(record.size(), limits.columns()));
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (value.length() > WorkbookScan.MAX_CELL_CHARS) {
                throw Refusals.refuse("cell.too-long", number, WorkbookScan.MAX_CELL_CHARS);
            }
            if (i < limits.columns()) {
                cells.add(value);
            } else if (!value.isBlank()) {
                throw Refusals.refuse(
                        "cell.beyond-columns",
                        CellReference.columnLabel(i + 1) + number,
                        CellReference.columnLabel(limits.columns()));
            }
        }
        return cells;
    }

    /** Counts characters and refuses a line longer than {@link #MAX_LINE_CHARS} as it is read. */
    private static final class BoundedLines extends FilterReader {

        private final ReadingTally tally;
        private int line = 1;
        private int lineLength;
        private boolean afterCr;

        BoundedLines(Reader in, ReadingTally tally) {
            super(in);
            this.tally = tally;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            // Never more than the rest of the line's allowance plus one, so a refusal comes early.
            int n = super.read(buffer, offset, Math.min(length, MAX_LINE_CHARS + 1));
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    if (c == '\r' || !afterCr) {
                        line++; // CRLF is one line break
                    }
                    afterCr = c == '\r';
                    lineLength = 0;
                    continue;
                }
                afterCr = false;
                if (++lineLength > MAX_LINE_CHARS) {
                    tally.chars(i - offset + 1);
                    throw new Refusals.Refused(Refusals.refuse("csv.line-too-long", line, MAX_LINE_CHARS));
                }
            }
            if (n > 0) {
                tally.chars(n);
            }
            return n;
        }
    }
}
