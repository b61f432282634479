package org.wego.teststack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The one benchmark harness of the platform and its plugins. A benchmark is an integration test
 * ({@code *BenchIT}: a plugin's with the test kit's {@code @WegoPluginTest}, the platform's on its own test
 * platform; the test stack and a fresh schema come from there) that times a path through the code against an
 * in-run baseline (the same work in raw SQL, a plain class loader), alternating the two so both see the same
 * machine: one call at a time ({@link #compare}, p50/p95) or rounds of work by several threads ({@link
 * #compareRates}, units per second).
 *
 * <p>Under {@code ./wego test} every benchmark runs once at a tiny size (a smoke run: {@link #full()} is
 * false, one round, nothing timed is asserted), so a benchmark that no longer fits the code fails the
 * build. {@code ./wego bench NAME} runs it with {@code -Dbench.full=true}: the real size and rounds, and
 * {@link #report} prints both paths and their ratios. The plugin test kit hands this class on to plugins
 * (it depends on this module).
 */
public final class Bench {

    private final String title;
    private final Map<String, List<Long>> measured = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, long[]> rates = new LinkedHashMap<>();
    private final Map<String, String> rateUnits = new LinkedHashMap<>();

    /** A benchmark's timings, printed under this title. */
    public Bench(String title) {
        this.title = title;
    }

    /** Whether this is a real run ({@code -Dbench.full=true}, from {@code ./wego bench}) or the smoke run. */
    public static boolean full() {
        return Boolean.getBoolean("bench.full");
    }

    /**
     * {@code fullSize} in a real run, {@code tinySize} in the smoke run. A real run at a smaller scale ({@code
     * -Dbench.scale=0.1}, from {@code WEGO_BENCH_SCALE} of {@code ./wego bench}) takes that share of {@code
     * fullSize}, never less than {@code tinySize}.
     */
    public static int size(int fullSize, int tinySize) {
        if (!full()) {
            return tinySize;
        }
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("bench.scale must be above 0 and at most 1, not " + scale);
        }
        return Math.max(tinySize, (int) Math.round(fullSize * scale));
    }

    /**
     * Times a path and its baseline alternately: {@code warmUp} rounds unmeasured, then {@code rounds}
     * measured (each one round in the smoke run). A call returning {@code null} fails: a query that
     * returns nothing measures nothing.
     *
     * @param name the row of the report, e.g. {@code search}
     * @param path the plugin's way, e.g. its service as a signed-in user
     * @param baseline the in-run baseline, e.g. the same query in raw SQL
     */
    public void compare(String name, int warmUp, int rounds, Callable<?> path, Callable<?> baseline) throws Exception {
        int warm = full() ? warmUp : 0;
        int measuredRounds = full() ? rounds : 1;
        for (int round = 0; round < warm + measuredRounds; round++) {
            long pathTime = time(name, path);
            long baselineTime = time(name, baseline);
            if (round >= warm) {
                record(name, "path", pathTime);
                record(name, "baseline", baselineTime);
            }
        }
    }

    /** Records one measured time of a path ({@code path}) or its baseline ({@code baseline}) in nanoseconds. */
    public void record(String name, String kind, long nanos) {
        measured.computeIfAbsent(name + "\u0000" + kind, k -> new ArrayList<>()).add(nanos);
        units.putIfAbsent(name, name);
    }

    /**
     * One round of a rate comparison: {@link #prepare} sets the work up (not timed, e.g. the pending
     * requests of the round), and the task it returns does it (timed) and answers how many units it did.
     */
    @FunctionalInterface
    public interface Round {

        /**
         * Prepares one round.
         *
         * @return the timed work, answering the number of units done
         * @throws Exception whatever the preparation threw
         */
        Callable<Integer> prepare() throws Exception;
    }

    /**
     * Compares the rates of a path and its baseline: {@code warmUp} rounds of each unmeasured, then {@code
     * rounds} measured, alternating (each one round in the smoke run); the report gives units per second of
     * both over every measured round and baseline/path.
     *
     * @param name the row of the report, e.g. {@code enrolment}
     * @param unit what a unit is, e.g. {@code enrolments}
     */
    public void compareRates(String name, String unit, int warmUp, int rounds, Round path, Round baseline)
            throws Exception {
        int warm = full() ? warmUp : 0;
        int measuredRounds = full() ? rounds : 1;
        rateUnits.put(name, unit);
        for (int round = 0; round < warm + measuredRounds; round++) {
            long[] pathTime = timeRound(name, path);
            long[] baselineTime = timeRound(name, baseline);
            if (round >= warm) {
                add(name + "\u0000path", pathTime);
                add(name + "\u0000baseline", baselineTime);
            }
        }
    }

    /** Units per second of a rate row's path ({@code path}) or baseline ({@code baseline}) over its measured rounds. */
    public double rate(String name, String kind) {
        long[] total = rates.get(name + "\u0000" + kind);
        if (total == null || total[1] == 0) {
            throw new IllegalArgumentException("nothing measured for " + name + " " + kind);
        }
        return total[0] / (total[1] / 1e9);
    }

    private void add(String key, long[] unitsAndNanos) {
        long[] total = rates.computeIfAbsent(key, k -> new long[2]);
        total[0] += unitsAndNanos[0];
        total[1] += unitsAndNanos[1];
    }

    private static long[] timeRound(String name, Round round) throws Exception {
        Callable<Integer> work = round.prepare();
        long start = System.nanoTime();
        Integer done = work.call();
        long elapsed = System.nanoTime() - start;
        if (done == null || done <= 0) {
            throw new IllegalStateException("benchmark " + name + ": a round did nothing");
        }
        return new long[] {done, elapsed};
    }

    /** The nearest-rank percentile of a row's times, in nanoseconds. */
    public long percentile(String name, String kind, int p) {
        List<Long> times = new ArrayList<>(measured.getOrDefault(name + "\u0000" + kind, List.of()));
        if (times.isEmpty()) {
            throw new IllegalArgumentException("nothing measured for " + name + " " + kind);
        }
        times.sort(null);
        int rank = Math.max(1, (p * times.size() + 99) / 100);
        return times.get(rank - 1);
    }

    /**
     * The report: per row p50 and p95 of the path and the baseline in ms, and path/baseline at each; per rate
     * row the units per second of both and baseline/path.
     */
    public String report() {
        var out = new StringBuilder();
        out.append("== ").append(title).append(full() ? "" : " (smoke run: one round, not a measurement)");
        out.append(System.lineSeparator());
        if (!units.isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-16s %10s %10s %10s %10s %12s %12s%n",
                    "query",
                    "path p50",
                    "path p95",
                    "base p50",
                    "base p95",
                    "p95 ratio",
                    "p50 ratio"));
            for (String name : units.keySet()) {
                long p50 = percentile(name, "path", 50);
                long p95 = percentile(name, "path", 95);
                long b50 = percentile(name, "baseline", 50);
                long b95 = percentile(name, "baseline", 95);
                out.append(String.format(
                        Locale.ROOT,
                        "%-16s %10.2f %10.2f %10.2f %10.2f %12.2f %12.2f%n",
                        name,
                        p50 / 1e6,
                        p95 / 1e6,
                        b50 / 1e6,
                        b95 / 1e6,
                        (double) p95 / Math.max(b95, 1),
                        (double) p50 / Math.max(b50, 1)));
            }
        }
        if (!rateUnits.isEmpty()) {
            out.append(String.format(
                    Locale.ROOT, "%-16s %-14s %12s %12s %14s%n", "rate", "unit", "path /s", "base /s", "base/path"));
            for (var row : rateUnits.entrySet()) {
                double path = rate(row.getKey(), "path");
                double baseline = rate(row.getKey(), "baseline");
                out.append(String.format(
                        Locale.ROOT,
                        "%-16s %-14s %12.1f %12.1f %14.2f%n",
                        row.getKey(),
                        row.getValue(),
                        path,
                        baseline,
                        baseline / path));
            }
        }
        out.append("times in ms; path and baseline alternate in one JVM (")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores)\n");
        return out.toString();
    }

    /** Prints the report (to standard output, which Maven shows). */
    public void print(PrintStream out) {
        out.print(report());
    }

    private static long time(String name, Callable<?> call) throws Exception {
        long start = System.nanoTime();
        Object result = call.call();
        long elapsed = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("benchmark " + name + ": a call returned nothing");
        }
        return elapsed;
    }
}
