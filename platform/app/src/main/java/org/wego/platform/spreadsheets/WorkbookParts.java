package org.wego.platform.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.wego.platform.archives.BoundedInflation;

/**
 * The XML parts of an XLSX file, inflated through a bounded stream: each entry's declared size (the
 * central directory's) and its actual inflated bytes are checked against the caps for one entry and
 * for the whole workbook, and against a compression-ratio limit, while inflating, so a zip bomb stops
 * after a few megabytes whatever it claims. Only XML parts are kept (what a workbook reader needs);
 * pictures and other binaries are skipped without being inflated.
 */
final class WorkbookParts {

    /** What all XML parts of one workbook may inflate to, together. */
    static final long MAX_INFLATED = 32L * 1024 * 1024;

    /** Inflated bytes per compressed byte: XML of real workbooks deflates 5 to 20 times, bombs a thousand. */
    static final int MAX_RATIO = 100;

    /** Below this an entry's ratio is not judged: a small part of repeated markup may deflate very well. */
    static final long RATIO_GRACE = 1024L * 1024;

    /** Zip entries a workbook may have at all. */
    static final int MAX_ENTRIES = 1000;

    private static final BoundedInflation.Caps CAPS =
            new BoundedInflation.Caps(MAX_INFLATED, MAX_RATIO, RATIO_GRACE, MAX_ENTRIES);

    private WorkbookParts() {}

    /** The XML parts by name, in the zip's order; refuses the workbook at the first cap it passes. */
    static Map<String, byte[]> inflate(byte[] file, ReadingTally tally) throws IOException {
        var parts = new LinkedHashMap<String, byte[]>();
        var inflation = new BoundedInflation(CAPS);
        try (var zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(file))
                .setIgnoreLocalFileHeader(false)
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                inflation.entry();
                if (entry.isDirectory() || !isXml(entry.getName())) {
                    continue;
                }
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    throw Refusals.unreadable(); // Excel writes only these; others (bzip2, deflate64) are not needed
                }
                // Declared sizes first: a bomb that admits it is refused before a byte is inflated.
                inflation.declared(entry.getSize(), entry.getCompressedSize());
                if (!zip.canReadEntryData(entry) || parts.containsKey(entry.getName())) {
                    throw Refusals.unreadable();
                }
                var out = new ByteArrayOutputStream();
                try (InputStream in = zip.getInputStream(entry)) {
                    inflation.copy(in, entry.getSize(), () -> compressedCount(in), out, tally::inflated);
                }
                tally.entry();
                parts.put(entry.getName(), out.toByteArray());
            }
        } catch (BoundedInflation.Refused e) {
            throw switch (e.breach()) {
                case TOO_MANY_ENTRIES -> Refusals.unreadable();
                case TOO_LARGE -> Refusals.refuse("xlsx.too-large", Refusals.size(MAX_INFLATED));
                case RATIO -> Refusals.refuse("xlsx.ratio", MAX_RATIO);
                case SIZE_MISMATCH -> Refusals.refuse("xlsx.size-mismatch"); // more than its central directory says
            };
        }
        return parts;
    }

    /**
     * The parts again as a fresh zip: what fastexcel reads is exactly what was checked (a zip whose
     * local headers disagree with its central directory cannot show the reader something else).
     */
    static byte[] rezip(Map<String, byte[]> parts) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The compressed bytes the entry's stream has read, where Commons Compress counts them. */
    private static long compressedCount(InputStream in) {
        return in instanceof InputStreamStatistics statistics ? statistics.getCompressedCount() : -1;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }
}
