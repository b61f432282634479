package org.wego.platform.spreadsheets;

import java.io.ByteArrayInputStream;
import java.util.Map;
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

    /**
     * Scans every part, judged by its root element rather than its name (a workbook's relationships may
     * put a worksheet anywhere): {@code worksheet} parts by the cell rules, {@code sst} parts by the
     * shared-string rules, every part for a DTD.
     */
    void scan(Map<String, byte[]> parts) throws XMLStreamException {
        for (byte[] xml : parts.values()) {
            XMLStreamReader reader = open(xml);
            try {
                String root = root(reader);
                if (root.equals("worksheet")) {
                    new Worksheet().scan(reader);
                } else if (root.equals("sst")) {
                    if (xml.length > MAX_SHARED_STRINGS_BYTES) {
                        throw Refusals.refuse("xlsx.shared-strings-size", Refusals.size(MAX_SHARED_STRINGS_BYTES));
                    }
                    sharedStrings(reader);
                } else {
                    plain(reader);
                }
            } finally {
                reader.close();
            }
        }
    }

    /** Reads up to the root element (refusing a DTD before it); its local name, or "" for none. */
    private static String root(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            refuseDtd(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return "";
    }

    private static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** Any other part: read through, only to refuse a DTD. */
    private static void plain(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            refuseDtd(xml.next());
        }
    }

    /** The shared strings, the reader on their root {@code sst}. */
    private void sharedStrings(XMLStreamReader xml) throws XMLStreamException {
        int max = maxSharedStrings(limits);
        // A reader may size its table from the declared count: refuse a count too large.
        if (number(xml.getAttributeValue(null, "uniqueCount")) > max) {
            throw Refusals.refuse("xlsx.shared-strings", max);
        }
        long chars = 0;
        boolean inString = false;
        while (xml.hasNext()) {
            int event = xml.next();
            refuseDtd(event);
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                tally.sharedString();
                if (tally.sharedStrings() > max) {
                    throw Refusals.refuse("xlsx.shared-strings", max);
                }
                inString = true;
                chars = 0;
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
    }

    /** One worksheet's rows and cells. */
    private final class Worksheet {

        private int row;
        private int column;
        private boolean rowHasValue;
        private boolean inCell;
        private long cellChars;
        private int rowsWithValues;

        /** The worksheet, the reader on its root element. */
        void scan(XMLStreamReader xml) throws XMLStreamException {
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
