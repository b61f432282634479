package org.wego.plugins.agreements.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugins.agreements.register.Lifecycle;
import org.wego.plugins.agreements.register.Status;

/** An agreement that renews itself: its term rolls forward by whole periods as read, never by a job. */
class AutoRenewalTest {

    private static final LocalDate EXPIRY = LocalDate.of(2024, 1, 31);

    @Test
    void beforeOrOnItsExpiryTheTermIsTheStoredOne() {
        assertThat(Lifecycle.termEnd(EXPIRY, true, 12, LocalDate.of(2023, 6, 1)))
                .isEqualTo(EXPIRY);
        assertThat(Lifecycle.termEnd(EXPIRY, true, 12, EXPIRY)).isEqualTo(EXPIRY);
    }

    @Test
    void pastItsExpiryTheTermRollsByWholePeriodsFromTheStoredExpiry() {
        assertThat(Lifecycle.termEnd(EXPIRY, true, 12, EXPIRY.plusDays(1))).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(Lifecycle.termEnd(EXPIRY, true, 12, LocalDate.of(2026, 12, 8)))
                .isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(Lifecycle.termEnd(EXPIRY, true, 12, LocalDate.of(2027, 1, 31)))
                .isEqualTo(LocalDate.of(2027, 1, 31));
        // Counted from the stored day, so the end of the month does not drift (31 Jan + 1 month = 29 Feb 2024).
        assertThat(Lifecycle.termEnd(EXPIRY, true, 1, LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Lifecycle.termEnd(EXPIRY, true, 1, LocalDate.of(2024, 2, 10)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void withoutAutomaticRenewalOrAnExpiryNothingRolls() {
        LocalDate today = LocalDate.of(2026, 12, 8);
        assertThat(Lifecycle.termEnd(EXPIRY, false, 12, today)).isEqualTo(EXPIRY);
        assertThat(Lifecycle.termEnd(EXPIRY, true, null, today)).isEqualTo(EXPIRY);
        assertThat(Lifecycle.termEnd(null, true, 12, today)).isNull();
    }

    @Test
    void soASignedAgreementThatRenewsItselfIsActiveNotExpired() {
        LocalDate today = LocalDate.of(2026, 12, 8);
        var signed = new DateOrYear(2020, LocalDate.of(2020, 2, 1));
        LocalDate term = Lifecycle.termEnd(EXPIRY, true, 12, today);
        assertThat(Lifecycle.status(Status.SIGNED, signed, null, term, today)).isEqualTo(Status.ACTIVE);
        assertThat(Lifecycle.status(Status.SIGNED, signed, null, Lifecycle.termEnd(EXPIRY, false, 12, today), today))
                .isEqualTo(Status.EXPIRED);
    }
}
