package org.wego.platform.spreadsheets;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.SpreadsheetLimits;

/**
 * A streaming pass over every XML part of a workbook before fastexcel sees it, with the JDK's own
 * StAX parser hardened (no DTD, no external entities): a part with a document type declaration is
 * refused (entity bombs need one); in the worksheets each cell reference must lie within the
 * caller's columns and Excel's rows, rows with content are counted against the caller's limit and
 * each cell's text against {@link #MAX_CELL_CHARS}; the shared strings are counted and measured. All
 * of this is counted, never kept, so fastexcel (which pads a row up to its last cell and holds every
 * shared string) is only ever handed what fits.
 */
final class WorkbookScan {

    /** Excel's own limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** The shared strings part's inflated size. */
    static final int MAX_SHARED_STRINGS_BYTES = 8 * 1024 * 1024;

    /** Shared strings a workbook may hold whatever its limits (fastexcel keeps them all). */
    static final int MAX_SHARED_STRINGS = 1_000_000;

    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
    private static final Pattern SHARED_STRINGS = Pattern.compile("xl/[^/]*sharedStrings[^/]*\\.xml");

    private static final XMLInputFactory FACTORY = hardened();

    private final SpreadsheetLimits limits;
    private final ReadingTally tally;

    WorkbookScan(SpreadsheetLimits limits, ReadingTally tally) {
        this.limits = limits;
        this.tally = tally;
    }

    /** The distinct texts a workbook within these limits may need: every cell of every row. */
    static int maxSharedStrings(SpreadsheetLimits limits) {
        return (int) Math.min((long) limits.maxRows() * limits.columns(), MAX_SHARED_STRINGS);
    }

    void scan(Map<String, byte[]> parts) throws XMLStreamException {
        for (var part : parts.entrySet()) {
            String name = part.getKey();
            byte[] xml = part.getValue();
            if (WORKSHEET.matcher(name).matches()) {
                new Worksheet().scan(open(xml));
            } else if (SHARED_STRINGS.matcher(name).matches()) {
                if (xml.length > MAX_SHARED_STRINGS_BYTES) {
                    throw Refusals.refuse("xlsx.shared-strings-size", Refusals.size(MAX_SHARED_STRINGS_BYTES));
                }
                sharedStrings(open(xml));
            } else {
                plain(open(xml));
            }
        }
    }

    private static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** Any other part: read through, only to refuse a DTD. */
    private static void plain(XMLStreamReader xml) throws XMLStreamException {
        try {
            while (xml.hasNext()) {
                refuseDtd(xml.next());
            }
        } finally {
            xml.close();
        }
    }

    private void sharedStrings(XMLStreamReader xml) throws XMLStreamException {
        int max = maxSharedStrings(limits);
        long chars = 0;
        boolean inString = false;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                refuseDtd(event);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("sst")) {
                        // A reader may size its table from the declared count: refuse a count too large.
                        long declared = number(xml.getAttributeValue(null, "uniqueCount"));
                        if (declared > max) {
                            throw Refusals.refuse("xlsx.shared-strings", max);
                        }
                    } else if (name.equals("si")) {
                        tally.sharedString();
                        if (tally.sharedStrings() > max) {
                            throw Refusals.refuse("xlsx.shared-strings", max);
                        }
                        inString = true;
                        chars = 0;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("si")) {
                    inString = false;
                } else if (inString && isText(event)) {
                    chars += xml.getTextLength();
                    if (chars > MAX_CELL_CHARS) {
                        throw Refusals.refuse("xlsx.text-too-long", MAX_CELL_CHARS);
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    /** One worksheet's rows and cells. */
    private final class Worksheet {

        private int row;
        private int column;
        private boolean rowHasValue;
        private boolean inCell;
        private long cellChars;
        private int rowsWithValues;

        void scan(XMLStreamReader xml) throws XMLStreamException {
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    refuseDtd(event);
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> start(xml);
                        case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                        default -> {
                            if (inCell && isText(event)) {
                                cellChars += xml.getTextLength();
                                if (cellChars > MAX_CELL_CHARS) {
                                    throw Refusals.refuse("cell.too-long", row, MAX_CELL_CHARS);
                                }
                            }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }

        private void start(XMLStreamReader xml) {
            switch (xml.getLocalName()) {
                case "row" -> {
                    tally.row();
                    String number = xml.getAttributeValue(null, "r");
                    row = number == null ? row + 1 : (int) Math.min(number(number), CellReference.BEYOND_ROWS);
                    if (row < 1 || row > SpreadsheetLimits.EXCEL_ROWS) {
                        throw Refusals.refuse("xlsx.row-beyond", String.valueOf(row));
                    }
                    column = 0;
                    rowHasValue = false;
                }
                case "c" -> {
                    tally.cell();
                    String reference = xml.getAttributeValue(null, "r");
                    if (reference == null) {
                        column++;
                    } else {
                        CellReference cell = CellReference.parse(reference).orElseThrow(Refusals::unreadable);
                        if (cell.row() > SpreadsheetLimits.EXCEL_ROWS) {
                            throw Refusals.refuse("xlsx.row-beyond", reference);
                        }
                        column = cell.column();
                    }
                    if (column > limits.columns()) {
                        String cell = reference != null ? reference : CellReference.columnLabel(column) + row;
                        throw Refusals.refuse("cell.beyond-columns", cell, CellReference.columnLabel(limits.columns()));
                    }
                    inCell = true;
                    cellChars = 0;
                }
                case "v", "f", "is" -> {
                    if (inCell) {
                        rowHasValue = true;
                    }
                }
                default -> {}
            }
        }

        private void end(String name) {
            if (name.equals("c")) {
                inCell = false;
            } else if (name.equals("row") && rowHasValue) {
                if (++rowsWithValues > limits.maxRows()) {
                    throw Refusals.refuse("file.too-many-rows", limits.maxRows());
                }
            }
        }
    }

    private static void refuseDtd(int event) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw Refusals.refuse("xlsx.dtd");
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA;
    }

    /** A non-negative whole number of an attribute, saturated; 0 when absent; unreadable otherwise. */
    private static long number(@Nullable String text) {
        if (text == null) {
            return 0;
        }
        long value = 0;
        if (text.isEmpty()) {
            throw Refusals.unreadable();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw Refusals.unreadable();
            }
            value = Math.min(value * 10 + (c - '0'), Integer.MAX_VALUE);
        }
        return value;
    }

    /** The JDK's StAX (not whatever is on the class path), with DTDs and external entities off. */
    private static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
