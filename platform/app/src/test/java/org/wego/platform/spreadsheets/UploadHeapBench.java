package org.wego.platform.spreadsheets;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.SpreadsheetLimits;

/**
 * {@code ./wego bench uploads}: the heap that reading each crafted file takes through the bounded
 * reader, against reading a legitimate 1,000-row workbook and CSV in the same JVM. Per file, best of
 * a few runs: bytes allocated by the reading thread, and the peak of the heap in use above what was
 * live before (the heap's pools reset, one GC before each run). Prints one line per file ({@code
 * bench: name outcome allocatedBytes peakBytes}); the script prints the ratios.
 */
public final class UploadHeapBench {

    private static final SpreadsheetLimits TRAINING = new SpreadsheetLimits(1011, 64, 2 * 1024 * 1024);
    private static final SpreadsheetLimits GENEROUS = new SpreadsheetLimits(1011, 64, 16 * 1024 * 1024);
    private static final int RUNS = 5;

    private UploadHeapBench() {}

    public static void main(String[] args) {
        measure(RUNS, System.out);
    }

    /**
     * Reads each file {@code runs} times and prints its line; {@code UploadHeapBenchIT} runs it once (a smoke
     * run under {@code ./wego test}), so a change that breaks this benchmark fails the build.
     */
    static void measure(int runs, java.io.PrintStream out) {
        var reader = new SpreadsheetReader();
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("baseline-xlsx-1000-rows", new Case(CraftedFiles::legitimateWorkbook1000, TRAINING));
        cases.put("baseline-csv-1000-rows", new Case(() -> CraftedFiles.legitimateCsv(1000), TRAINING));
        cases.put("zzzzzz-column", new Case(CraftedFiles::columnZzzzzz, TRAINING));
        cases.put("zip-bomb-1gb", new Case(CraftedFiles::zipBomb, TRAINING));
        cases.put("zip-bomb-1gb-lying", new Case(() -> CraftedFiles.lyingZipBomb(100_000), TRAINING));
        cases.put("entity-bomb", new Case(CraftedFiles::entityBomb, TRAINING));
        cases.put("shared-strings-100k", new Case(() -> CraftedFiles.sharedStrings(100_000), TRAINING));
        cases.put("cell-2mb", new Case(() -> CraftedFiles.bigCell(2 * 1024 * 1024), TRAINING));
        cases.put("csv-line-10mb", new Case(() -> CraftedFiles.csvLongLine(10 * 1024 * 1024), GENEROUS));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (var entry : cases.entrySet()) {
            byte[] file = entry.getValue().file().get();
            long allocated = Long.MAX_VALUE;
            long peak = Long.MAX_VALUE;
            String outcome = "";
            for (int run = 0; run < runs; run++) {
                System.gc();
                long live = resetPeaks();
                long before = threads.getCurrentThreadAllocatedBytes();
                try {
                    outcome = "read "
                            + reader.read(file, entry.getValue().limits())
                                    .rows()
                                    .size() + " rows";
                } catch (InvalidInputException e) {
                    outcome = e.messageKey();
                }
                allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - before);
                peak = Math.min(peak, Math.max(peakUsed() - live, 0));
            }
            out.printf(Locale.ROOT, "bench: %s %s %d %d %d%n", entry.getKey(), outcome, file.length, allocated, peak);
        }
    }

    private record Case(Supplier<byte[]> file, SpreadsheetLimits limits) {}

    private static long resetPeaks() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long peakUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
