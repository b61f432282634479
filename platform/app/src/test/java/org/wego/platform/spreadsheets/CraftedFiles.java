package org.wego.platform.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and legitimate upload files, generated in code (no binary blobs in the repository): the
 * attacks of issue 13 section 3, each as small as the attack allows, and legitimate workbooks and
 * CSV files as baselines. The zip bombs are streamed through the deflater in a loop, never built in
 * memory, and built once per JVM.
 */
public final class CraftedFiles {

    /** What the honest bomb's one entry inflates to. */
    public static final long BOMB_BYTES = 1024L * 1024 * 1024;

    private static byte[] honestBomb;

    private CraftedFiles() {}

    /** Rows of one cell each at column {@code ZZZZZZ} (fastexcel pads each row up to it): about 1 KB. */
    public static byte[] columnZzzzzz() {
        var rows = new StringBuilder();
        for (int r = 1; r <= 50; r++) {
            rows.append("<row r=\"")
                    .append(r)
                    .append("\"><c r=\"ZZZZZZ")
                    .append(r)
                    .append("\"><v>1</v></c></row>");
        }
        return workbook(sheet(rows.toString()), null);
    }

    /**
     * One sheet entry inflating to 1 GB of spaces that says so in its central directory: deflated once
     * per JVM (a few seconds), about 1 MB.
     */
    public static synchronized byte[] zipBomb() {
        if (honestBomb == null) {
            honestBomb = zip(parts(null, null), "xl/worksheets/sheet1.xml", out -> {
                byte[] spaces = new byte[1024 * 1024];
                java.util.Arrays.fill(spaces, (byte) ' ');
                try {
                    out.write(
                            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                                    .getBytes(StandardCharsets.UTF_8));
                    for (long written = 0; written < BOMB_BYTES; written += spaces.length) {
                        out.write(spaces);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return honestBomb.clone();
    }

    /**
     * The same bomb with its central directory forged to say the sheet is {@code declared} bytes (the
     * local header has no sizes, as a streamed zip writes them): only inflating can tell.
     */
    public static byte[] lyingZipBomb(int declared) {
        byte[] bytes = zipBomb();
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.UTF_8);
        for (int i = bytes.length - 46; i >= 0; i--) {
            if (zip.getInt(i) == 0x02014b50
                    && zip.getShort(i + 28) == name.length
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                zip.putInt(i + 24, declared); // uncompressed size in the central directory
                return bytes;
            }
        }
        throw new IllegalStateException("no central directory entry for the sheet");
    }

    /** "Billion laughs": nested entities in the sheet's DTD, expanding to gigabytes if a parser allowed it. */
    public static byte[] entityBomb() {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10));
            dtd.append("\">");
        }
        dtd.append("]>");
        String sheet =
                dtd + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
        return workbook(sheet, null);
    }

    /** 100,000 distinct shared strings (without a declared count), the sheet using the first. */
    public static byte[] sharedStrings(int count) {
        var strings = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < count; i++) {
            strings.append("<si><t>s").append(i).append("</t></si>");
        }
        strings.append("</sst>");
        return workbook(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), strings.toString());
    }

    /**
     * One inline cell of {@code chars} random letters (a repeated letter would deflate so well that the
     * ratio cap refuses it first).
     */
    public static byte[] bigCell(int chars) {
        var random = new java.util.Random(13);
        var text = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return workbook(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>"), null);
    }

    /** A CSV whose second line is {@code chars} characters long. */
    public static byte[] csvLongLine(int chars) {
        var out = new ByteArrayOutputStream(chars + 64);
        out.writeBytes("City,Name\r\n".getBytes(StandardCharsets.UTF_8));
        byte[] x = new byte[64 * 1024];
        java.util.Arrays.fill(x, (byte) 'x');
        for (int written = 0; written < chars; written += x.length) {
            out.write(x, 0, Math.min(x.length, chars - written));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A legitimate workbook: a header and {@code rows} rows of seven inline text cells. */
    public static byte[] legitimateWorkbook(int rows) {
        var xml = new StringBuilder();
        for (int r = 1; r <= rows + 1; r++) {
            xml.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 7; c++) {
                String value = r == 1 ? "Column " + c : "value " + r + "." + c + "@example.org";
                xml.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>");
                xml.append(value).append("</t></is></c>");
            }
            xml.append("</row>");
        }
        return workbook(sheet(xml.toString()), null);
    }

    /** The baseline of the heap bench: a header and 1,000 rows. */
    public static byte[] legitimateWorkbook1000() {
        return legitimateWorkbook(1000);
    }

    /** A legitimate CSV: a header and {@code rows} rows of seven fields. */
    public static byte[] legitimateCsv(int rows) {
        var csv = new StringBuilder("City,Name,Position,Department,E-mail,Language,Gender\r\n");
        for (int r = 0; r < rows; r++) {
            csv.append("cn-chengdu,Name ")
                    .append(r)
                    .append(",Director,Smart City,n")
                    .append(r);
            csv.append("@chengdu.example.org,ko,female\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A sheet part around these rows. */
    public static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /**
     * A workbook whose relationships put its one sheet at another path than Excel's {@code
     * xl/worksheets/sheet1.xml}: readers follow the relationship, so the bounds must too.
     */
    public static byte[] workbookWithSheetAt(String path, String sheet) {
        var parts = new LinkedHashMap<String, String>();
        parts(null, null)
                .forEach((name, xml) ->
                        parts.put(name, xml.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/" + path + "\"")));
        parts.put(path, sheet);
        return zip(parts, null, null);
    }

    /** A minimal workbook (content types, relationships, one sheet, optional shared strings). */
    public static byte[] workbook(String sheet, String sharedStrings) {
        Map<String, String> parts = parts(sheet, sharedStrings);
        return zip(parts, null, null);
    }

    private static Map<String, String> parts(String sheet, String sharedStrings) {
        var parts = new LinkedHashMap<String, String>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + (sharedStrings == null
                                ? ""
                                : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + (sharedStrings == null
                                ? ""
                                : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                        + "</Relationships>");
        if (sheet != null) {
            parts.put("xl/worksheets/sheet1.xml", sheet);
        }
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        return parts;
    }

    private static byte[] zip(Map<String, String> parts, String streamedName, Consumer<OutputStream> streamed) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (streamedName != null) {
                zip.putNextEntry(new ZipEntry(streamedName));
                streamed.accept(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
