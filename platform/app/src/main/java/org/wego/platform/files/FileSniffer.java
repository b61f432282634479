package org.wego.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.wego.plugin.api.FileType;

/**
 * The type of a file from its content: the first bytes, and for Office files (zip archives) the part
 * that makes them a Word document or a workbook. The name and the browser's claim are never trusted.
 */
final class FileSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileSniffer() {}

    /** The file's type, or empty if it is none the platform knows. */
    static Optional<FileType> sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return officeType(file);
        }
        return Optional.empty();
    }

    private static Optional<FileType> officeType(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (has(zip, "word/document.xml")) {
                return Optional.of(FileType.DOCX);
            }
            if (has(zip, "xl/workbook.xml")) {
                return Optional.of(FileType.XLSX);
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty(); // looks like a zip, is not one
        }
    }

    private static boolean has(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && !entry.isDirectory();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
