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

    private WorkbookParts() {}

    /** The XML parts by name, in the zip's order; refuses the workbook at the first cap it passes. */
    static Map<String, byte[]> inflate(byte[] file, ReadingTally tally) throws IOException {
        var parts = new LinkedHashMap<String, byte[]>();
        try (var zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(file))
                .setIgnoreLocalFileHeader(false)
                .get()) {
            long declared = 0;
            int count = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++count > MAX_ENTRIES) {
                    throw Refusals.unreadable();
                }
                if (entry.isDirectory() || !isXml(entry.getName())) {
                    continue;
                }
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    throw Refusals.unreadable(); // Excel writes only these; others (bzip2, deflate64) are not needed
                }
                // Declared sizes first: a bomb that admits it is refused before a byte is inflated.
                long size = entry.getSize();
                if (size > MAX_INFLATED || (size > 0 && (declared += size) > MAX_INFLATED)) {
                    throw Refusals.refuse("xlsx.too-large", Refusals.size(MAX_INFLATED));
                }
                long compressed = entry.getCompressedSize();
                if (size > RATIO_GRACE && compressed >= 0 && size > MAX_RATIO * Math.max(compressed, 1)) {
                    throw Refusals.refuse("xlsx.ratio", MAX_RATIO);
                }
                if (!zip.canReadEntryData(entry) || parts.containsKey(entry.getName())) {
                    throw Refusals.unreadable();
                }
                parts.put(entry.getName(), inflate(zip, entry, inflatedSoFar(parts), tally));
            }
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

    private static byte[] inflate(ZipFile zip, ZipArchiveEntry entry, long before, ReadingTally tally)
            throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                inflated += n;
                tally.inflated(n);
                long declared = entry.getSize();
                if (declared >= 0 && inflated > declared) {
                    throw Refusals.refuse("xlsx.size-mismatch"); // more than its central directory says
                }
                if (before + inflated > MAX_INFLATED) {
                    throw Refusals.refuse("xlsx.too-large", Refusals.size(MAX_INFLATED));
                }
                if (inflated > RATIO_GRACE
                        && in instanceof InputStreamStatistics statistics
                        && inflated > MAX_RATIO * Math.max(statistics.getCompressedCount(), 1)) {
                    throw Refusals.refuse("xlsx.ratio", MAX_RATIO);
                }
                out.write(buffer, 0, n);
            }
        }
        tally.entry();
        return out.toByteArray();
    }

    private static long inflatedSoFar(Map<String, byte[]> parts) {
        long total = 0;
        for (byte[] part : parts.values()) {
            total += part.length;
        }
        return total;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }
}
