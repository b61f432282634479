package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Session times in the reader's zone with the UTC offset written out; no I/O. */
class SessionTimesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Session MORNING_IN_SEOUL =
            new Session(1, LocalDate.of(2026, 3, 4), LocalTime.of(9, 0), LocalTime.of(12, 0), SEOUL);

    @Test
    void aMomentIsWrittenWithItsOffset() {
        var nine = ZonedDateTime.of(2026, 3, 4, 9, 0, 0, 0, SEOUL);
        assertThat(SessionTimes.at(nine, SEOUL)).isEqualTo("2026-03-04 09:00 (UTC+09:00)");
        assertThat(SessionTimes.at(nine, ZoneOffset.UTC)).isEqualTo("2026-03-04 00:00 (UTC+00:00)");
        assertThat(SessionTimes.at(nine, ZoneId.of("UTC"))).isEqualTo("2026-03-04 00:00 (UTC+00:00)");
        assertThat(SessionTimes.at(nine, ZoneId.of("Asia/Kolkata"))).isEqualTo("2026-03-04 05:30 (UTC+05:30)");
    }

    @Test
    void aSessionIsConvertedIntoTheReadersZoneDayIncluded() {
        assertThat(SessionTimes.span(MORNING_IN_SEOUL, SEOUL)).isEqualTo("2026-03-04 09:00–12:00 (UTC+09:00)");
        // Paris in March before daylight saving: UTC+1.
        assertThat(SessionTimes.span(MORNING_IN_SEOUL, ZoneId.of("Europe/Paris")))
                .isEqualTo("2026-03-04 01:00–04:00 (UTC+01:00)");
        // For New York the session is on the evening before.
        assertThat(SessionTimes.span(MORNING_IN_SEOUL, ZoneId.of("America/New_York")))
                .isEqualTo("2026-03-03 19:00–22:00 (UTC-05:00)");
        assertThat(SessionTimes.times(MORNING_IN_SEOUL, ZoneId.of("America/New_York")))
                .isEqualTo("19:00–22:00 (UTC-05:00)");
    }

    @Test
    void aSessionEndingOnAnotherDayOrAtAnotherOffsetGivesItsEndInFull() {
        var evening = new Session(2, LocalDate.of(2026, 3, 4), LocalTime.of(20, 0), LocalTime.of(23, 0), SEOUL);
        assertThat(SessionTimes.span(evening, ZoneId.of("America/Los_Angeles")))
                .isEqualTo("2026-03-04 03:00–06:00 (UTC-08:00)");
        var lateUtc =
                new Session(3, LocalDate.of(2026, 3, 4), LocalTime.of(14, 0), LocalTime.of(17, 0), ZoneId.of("UTC"));
        assertThat(SessionTimes.span(lateUtc, SEOUL))
                .isEqualTo("2026-03-04 23:00 (UTC+09:00) – 2026-03-05 02:00 (UTC+09:00)");
        assertThat(SessionTimes.times(lateUtc, SEOUL)).isEqualTo("23:00–02:00 (2026-03-05) (UTC+09:00)");
        // New York moves to daylight saving on 2026-03-08 at 02:00: a session across it ends at UTC-04:00.
        var acrossTheChange =
                new Session(4, LocalDate.of(2026, 3, 8), LocalTime.of(5, 0), LocalTime.of(8, 0), ZoneId.of("UTC"));
        assertThat(SessionTimes.span(acrossTheChange, ZoneId.of("America/New_York")))
                .isEqualTo("2026-03-08 00:00 (UTC-05:00) – 2026-03-08 04:00 (UTC-04:00)");
    }
}
