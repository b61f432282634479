package org.wego.platform.spreadsheets;

import java.io.ByteArrayInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The reproduction of issue 13 section 3 without the bounded reader: fastexcel-reader alone on the
 * 1 KB workbook with cells at {@code ZZZZZZ}. {@code ./wego bench uploads} runs it in a JVM of a small
 * heap to show the {@link OutOfMemoryError} the bounds prevent; never run it in a shared JVM.
 */
public final class Unbounded {

    private Unbounded() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(CraftedFiles.columnZzzzzz()));
                var rows = workbook.getFirstSheet().openStream()) {
            System.out.println("bench: unbounded read " + rows.count() + " rows");
        } catch (OutOfMemoryError e) {
            System.out.printf(
                    "bench: unbounded OutOfMemoryError after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
