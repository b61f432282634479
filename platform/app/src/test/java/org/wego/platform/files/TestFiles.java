package org.wego.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built in memory: the real thing as far as the first bytes go. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[24]);
    }

    public static byte[] jpeg() {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, new byte[24]);
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "xl/workbook.xml");
    }

    /** A zip that is no Office document. */
    public static byte[] plainZip() {
        return zip("readme.txt");
    }

    public static byte[] text() {
        return "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF padded to the size. */
    public static byte[] pdfOfSize(int size) {
        return Arrays.copyOf(pdf(), size);
    }

    private static byte[] zip(String... entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
