package org.wego.plugins.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.wego.plugin.api.InvalidInputException;

/**
 * An uploaded nominations file read into rows of text (pure, no I/O beyond the bytes given). XLSX is
 * recognised by its zip header, anything else is read as CSV in the detected encoding: a UTF-8
 * byte-order mark means UTF-8, bytes that are valid UTF-8 are UTF-8, anything else is CP949 (what
 * Korean Excel writes). Blank rows are left out. A file too large, with too many rows, an old binary
 * {@code .xls} or an unreadable one is refused as a whole ({@code training.upload.file.*}).
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

    static final String UTF8_BOM = "UTF-8 (BOM)";
    static final String UTF8 = "UTF-8";
    static final String CP949 = "CP949";

    UploadedSheet {
        rows = List.copyOf(rows);
    }

    static UploadedSheet read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "training.upload.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "training.upload.file.too-large", MAX_BYTES / (1024 * 1024));
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 8));
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new InvalidInputException("file", "training.upload.file.xls");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return xlsx(bytes);
        }
        return csv(bytes);
    }

    /** The encoding of CSV bytes: a BOM says UTF-8; valid UTF-8 is UTF-8; anything else CP949. */
    static String encodingOf(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return UTF8_BOM;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return UTF8;
        } catch (CharacterCodingException e) {
            return CP949;
        }
    }

    private static UploadedSheet csv(byte[] bytes) {
        String encoding = encodingOf(bytes);
        String text = switch (encoding) {
            case UTF8_BOM -> new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            case UTF8 -> new String(bytes, StandardCharsets.UTF_8);
            default -> new String(bytes, Charset.forName("x-windows-949"));
        };
        var rows = new ArrayList<SheetRow>();
        int number = 0;
        for (List<String> record : CsvText.records(text)) {
            number++;
            add(rows, new SheetRow(number, record));
        }
        return new UploadedSheet("CSV", encoding, rows);
    }

    private static UploadedSheet xlsx(byte[] bytes) {
        var rows = new ArrayList<SheetRow>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                var stream = workbook.getFirstSheet().openStream()) {
            // Stops reading past the limit: a huge sheet is refused without being read whole.
            stream.limit(MAX_ROWS + 50L).forEach(row -> add(rows, new SheetRow(row.getRowNum(), cells(row))));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "training.upload.file.unreadable");
        }
        return new UploadedSheet("XLSX", "XLSX", rows);
    }

    private static List<String> cells(Row row) {
        var cells = new ArrayList<String>();
        for (int i = 0; i < Math.min(row.getCellCount(), 64); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                cells.add("");
            } else if (cell.getType() == CellType.FORMULA) {
                cells.add("=" + cell.getFormula());
            } else if (cell.getType() == CellType.NUMBER) {
                cells.add(cell.asNumber().stripTrailingZeros().toPlainString());
            } else {
                cells.add(cell.getText() == null ? "" : cell.getText());
            }
        }
        return cells;
    }

    private static void add(List<SheetRow> rows, SheetRow row) {
        if (row.blank()) {
            return;
        }
        // Header, up to a few notes rows, and the data rows.
        if (rows.size() > MAX_ROWS + 10) {
            throw new InvalidInputException("file", "training.upload.file.too-many-rows", MAX_ROWS);
        }
        rows.add(row);
    }
}
