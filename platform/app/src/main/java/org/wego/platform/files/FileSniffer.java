package org.wego.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.wego.platform.archives.BoundedInflation;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.AttachmentRejectedException.Reason;
import org.wego.plugin.api.FileType;

/**
 * The type of a file from its content: the first bytes, and for Office files (zip archives) the part
 * that makes them a Word document or a workbook. The name and the browser's claim are never trusted.
 * An Office file is inflated once, to nowhere, through a bounded stream before it is accepted: its
 * entries' declared and actual sizes and their compression ratio are capped, so a zip bomb or an
 * archive that lies about its sizes is refused ({@link Reason#UNSAFE_ARCHIVE}) and never stored for
 * someone's Excel or a later reader to unpack.
 */
final class FileSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** What all entries of one Office file may inflate to: far beyond any real document's text and pictures. */
    static final long MAX_INFLATED = 256L * 1024 * 1024;

    /** Inflated bytes per compressed byte of an entry: documents deflate at most some tens of times. */
    static final int MAX_RATIO = 100;

    /** Below this an entry's ratio is not judged (small parts of repeated markup deflate very well). */
    static final long RATIO_GRACE = 1024L * 1024;

    private static final int MAX_ENTRIES = 10_000;

    private static final BoundedInflation.Caps CAPS =
            new BoundedInflation.Caps(MAX_INFLATED, MAX_RATIO, RATIO_GRACE, MAX_ENTRIES);

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
            requireBounded(zip);
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

    /** Declared sizes first (nothing inflated for a bomb that admits it), then the actual bytes. */
    private static void requireBounded(ZipFile zip) throws IOException {
        var inflation = new BoundedInflation(CAPS);
        try {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                inflation.entry();
                inflation.declared(entry.getSize(), entry.getCompressedSize());
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    inflation.copy(
                            in,
                            entry.getSize(),
                            entry::getCompressedSize,
                            OutputStream.nullOutputStream(),
                            BoundedInflation.Chunks.none());
                }
            }
        } catch (BoundedInflation.Refused e) {
            throw new AttachmentRejectedException(Reason.UNSAFE_ARCHIVE);
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
