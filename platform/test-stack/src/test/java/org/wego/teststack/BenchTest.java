package org.wego.teststack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bench harness: the smoke run's one round, nearest-rank percentiles, rates, a call that returns nothing. */
class BenchTest {

    @Test
    void theSmokeRunCallsEachPathOnceAndReportsIt() throws Exception {
        var bench = new Bench("sample");
        int[] calls = {0, 0};

        bench.compare("search", 100, 500, () -> ++calls[0], () -> ++calls[1]);

        assertThat(calls).containsExactly(1, 1);
        assertThat(bench.report()).contains("smoke run").contains("search");
    }

    @Test
    void percentilesAreNearestRank() {
        var bench = new Bench("sample");
        for (long t = 1; t <= 100; t++) {
            bench.record("q", "path", t);
        }
        assertThat(bench.percentile("q", "path", 50)).isEqualTo(50);
        assertThat(bench.percentile("q", "path", 95)).isEqualTo(95);
    }

    @Test
    void aCallReturningNothingFailsTheBenchmark() {
        assertThatThrownBy(() -> new Bench("sample").compare("broken", 0, 1, () -> null, () -> 1))
                .hasMessageContaining("broken");
    }

    @Test
    void theSmokeRunOfARateComparisonPreparesAndTimesOneRoundEach() throws Exception {
        var bench = new Bench("sample");
        int[] prepared = {0, 0};

        bench.compareRates(
                "enrolment",
                "enrolments",
                3,
                5,
                () -> {
                    prepared[0]++;
                    return () -> 8;
                },
                () -> {
                    prepared[1]++;
                    return () -> 8;
                });

        assertThat(prepared).containsExactly(1, 1);
        assertThat(bench.rate("enrolment", "path")).isPositive();
        assertThat(bench.report()).contains("enrolment").contains("enrolments").contains("base/path");
    }

    @Test
    void aRoundThatDidNothingFailsTheBenchmark() {
        assertThatThrownBy(() -> new Bench("sample").compareRates("idle", "units", 0, 1, () -> () -> 0, () -> () -> 1))
                .hasMessageContaining("idle");
    }

    @Test
    void theSmokeRunTakesTheTinySize() {
        assertThat(Bench.size(250_000, 300)).isEqualTo(300);
    }
}
