package org.wego.platform.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class BoundedInflationTest {

    private static final BoundedInflation.Caps CAPS = new BoundedInflation.Caps(1000, 10, 100, 2);

    @Test
    void copiesAnEntryWithinItsCaps() throws Exception {
        var out = new ByteArrayOutputStream();
        long[] chunks = {0};

        long copied = new BoundedInflation(CAPS)
                .copy(new ByteArrayInputStream(new byte[500]), 500, () -> 100, out, n -> chunks[0] += n);

        assertThat(copied).isEqualTo(500);
        assertThat(out.size()).isEqualTo(500);
        assertThat(chunks[0]).isEqualTo(500);
    }

    @Test
    void refusesWhatTheCentralDirectoryDeclaresBeforeInflating() throws Exception {
        assertThat(breach(() -> new BoundedInflation(CAPS).declared(1001, 500)))
                .isEqualTo(BoundedInflation.Breach.TOO_LARGE);
        var inflation = new BoundedInflation(CAPS);
        inflation.declared(600, 600);
        assertThat(breach(() -> inflation.declared(600, 600))).isEqualTo(BoundedInflation.Breach.TOO_LARGE);
        assertThat(breach(() -> new BoundedInflation(CAPS).declared(500, 10))).isEqualTo(BoundedInflation.Breach.RATIO);
        new BoundedInflation(CAPS).declared(90, 1); // below the grace, a ratio is not judged
    }

    @Test
    void refusesAnEntryThatLiesAboutItsSizeOrDeflatesTooWell() {
        assertThat(breach(() -> new BoundedInflation(CAPS).copy(stream(300), 200, () -> 300, sink(), n -> {})))
                .isEqualTo(BoundedInflation.Breach.SIZE_MISMATCH);
        assertThat(breach(() -> new BoundedInflation(CAPS).copy(stream(300), -1, () -> 5, sink(), n -> {})))
                .isEqualTo(BoundedInflation.Breach.RATIO);
        assertThat(breach(() -> new BoundedInflation(CAPS).copy(stream(2000), -1, () -> 2000, sink(), n -> {})))
                .isEqualTo(BoundedInflation.Breach.TOO_LARGE);
    }

    @Test
    void countsTheArchivesEntries() throws Exception {
        var inflation = new BoundedInflation(CAPS);
        inflation.entry();
        inflation.entry();
        assertThat(breach(inflation::entry)).isEqualTo(BoundedInflation.Breach.TOO_MANY_ENTRIES);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static BoundedInflation.Breach breach(Step step) {
        var refused = catchThrowableOfType(BoundedInflation.Refused.class, step::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.breach();
    }

    private static ByteArrayInputStream stream(int bytes) {
        return new ByteArrayInputStream(new byte[bytes]);
    }

    private static OutputStream sink() {
        return OutputStream.nullOutputStream();
    }
}
