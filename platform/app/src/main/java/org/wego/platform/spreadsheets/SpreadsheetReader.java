package org.wego.platform.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;
import org.wego.plugin.api.Spreadsheets;

/**
 * The platform's bounded reader of uploaded CSV and XLSX files (see {@link Spreadsheets}). Pure: no
 * I/O beyond the bytes given, no state, safe to share; the plugin test kit hands the same reader to
 * plugins' unit tests. An XLSX goes through {@link WorkbookParts} (bounded inflation) and {@link
 * WorkbookScan} (hardened StAX: DTDs, cell references, rows, shared strings, cell sizes) before
 * fastexcel reads the checked parts; a CSV through {@link CsvRows}. Every refusal is an {@link
 * InvalidInputException} with a {@code spreadsheet.*} key; nothing a parser throws escapes otherwise.
 */
public final class SpreadsheetReader implements Spreadsheets {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    @Override
    public Spreadsheet read(byte[] file, SpreadsheetLimits limits) {
        return read(file, limits, new ReadingTally());
    }

    /** Reads as {@link #read(byte[], SpreadsheetLimits)} and counts how far it got into {@code tally}. */
    public Spreadsheet read(byte[] file, SpreadsheetLimits limits, ReadingTally tally) {
        if (file.length == 0) {
            throw Refusals.refuse("file.empty");
        }
        if (file.length > limits.maxBytes()) {
            throw Refusals.refuse("file.too-large", Refusals.size(limits.maxBytes()));
        }
        try {
            if (startsWith(file, OLE2)) {
                throw Refusals.refuse("file.xls");
            }
            return startsWith(file, ZIP) ? xlsx(file, limits, tally) : CsvRows.read(file, limits, tally);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            InvalidInputException refusal = Refusals.within(e);
            throw refusal != null ? refusal : Refusals.unreadable();
        }
    }

    private static Spreadsheet xlsx(byte[] file, SpreadsheetLimits limits, ReadingTally tally)
            throws IOException, XMLStreamException {
        Map<String, byte[]> parts = WorkbookParts.inflate(file, tally);
        new WorkbookScan(limits, tally).scan(parts);
        byte[] checked = WorkbookParts.rezip(parts);
        parts = Map.of(); // the checked copy is all fastexcel needs
        var rows = new ArrayList<Spreadsheet.Row>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(checked));
                var stream = workbook.getFirstSheet().openStream()) {
            int last = 0;
            for (Row row : (Iterable<Row>) stream::iterator) {
                // A row without an r attribute is the one after the last, as Excel reads it (fastexcel counts
                // such rows on its own, from 0 or 1); the numbers shown to people only ever go up.
                int number = row.getRowNum() > last ? row.getRowNum() : last + 1;
                last = number;
                List<String> cells = cells(row, limits.columns());
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    if (rows.size() >= limits.maxRows()) {
                        throw Refusals.refuse("file.too-many-rows", limits.maxRows());
                    }
                    rows.add(new Spreadsheet.Row(number, cells));
                }
            }
        }
        return new Spreadsheet(Spreadsheet.XLSX, Spreadsheet.XLSX, rows);
    }

    private static List<String> cells(Row row, int columns) {
        var cells = new ArrayList<String>();
        for (int i = 0; i < Math.min(row.getCellCount(), columns); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                cells.add("");
            } else if (cell.getType() == CellType.FORMULA) {
                cells.add("=" + cell.getFormula()); // never a computed value: the caller sees it is a formula
            } else if (cell.getType() == CellType.NUMBER) {
                cells.add(cell.asNumber().stripTrailingZeros().toPlainString());
            } else {
                cells.add(cell.getText() == null ? "" : cell.getText());
            }
        }
        return cells;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
