package org.wego.plugins.agreements.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.DateOrYear;

/** Every allowed and refused move, and the statuses the dates decide on a fixed day. */
class LifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    /** The moves each status allows; every other pair is refused. */
    private static final Map<Status, Set<Move>> ALLOWED = Map.of(
            Status.DRAFT, EnumSet.of(Move.NEGOTIATE, Move.SIGN),
            Status.UNDER_NEGOTIATION, EnumSet.of(Move.REDRAFT, Move.SIGN),
            Status.SIGNED, EnumSet.of(Move.TERMINATE, Move.RENEW),
            Status.ACTIVE, EnumSet.of(Move.TERMINATE, Move.RENEW),
            Status.EXPIRED, EnumSet.of(Move.RENEW),
            Status.TERMINATED, EnumSet.noneOf(Move.class),
            Status.RENEWED, EnumSet.noneOf(Move.class));

    @Test
    void everyMoveIsAllowedExactlyFromItsStatuses() {
        for (Status status : Status.values()) {
            for (Move move : Move.values()) {
                assertThat(move.allowedFrom(status))
                        .as(move + " from " + status)
                        .isEqualTo(ALLOWED.get(status).contains(move));
            }
            assertThat(Lifecycle.movesFrom(status)).containsExactlyInAnyOrderElementsOf(ALLOWED.get(status));
        }
        assertThat(Move.NEGOTIATE.to()).isEqualTo(Status.UNDER_NEGOTIATION);
        assertThat(Move.REDRAFT.to()).isEqualTo(Status.DRAFT);
        assertThat(Move.SIGN.to()).isEqualTo(Status.SIGNED);
        assertThat(Move.TERMINATE.to()).isEqualTo(Status.TERMINATED);
        assertThat(Move.RENEW.to()).isEqualTo(Status.RENEWED);
        assertThat(EnumSet.allOf(Move.class))
                .allSatisfy(move -> assertThat(move.to().stored()).isTrue());
    }

    @Test
    void theClockDecidesBetweenSignedActiveAndExpired() {
        var signed = DateOrYear.of(LocalDate.of(2026, 11, 1));
        assertThat(Lifecycle.status(Status.SIGNED, signed, LocalDate.of(2027, 1, 1), null, TODAY))
                .as("before its effective date")
                .isEqualTo(Status.SIGNED);
        assertThat(Lifecycle.status(Status.SIGNED, signed, TODAY, TODAY.plusYears(1), TODAY))
                .as("on its effective date")
                .isEqualTo(Status.ACTIVE);
        assertThat(Lifecycle.status(Status.SIGNED, signed, null, TODAY, TODAY))
                .as("on its last day")
                .isEqualTo(Status.ACTIVE);
        assertThat(Lifecycle.status(Status.SIGNED, signed, null, TODAY.minusDays(1), TODAY))
                .as("the day after its expiry")
                .isEqualTo(Status.EXPIRED);
        assertThat(Lifecycle.status(Status.SIGNED, DateOrYear.of(TODAY.plusDays(3)), null, null, TODAY))
                .as("signed on a day to come, no effective date")
                .isEqualTo(Status.SIGNED);
        assertThat(Lifecycle.status(Status.SIGNED, DateOrYear.ofYear(2019), null, null, TODAY))
                .as("known by its year only, open-ended")
                .isEqualTo(Status.ACTIVE);
        for (Status stored : EnumSet.of(Status.DRAFT, Status.UNDER_NEGOTIATION, Status.TERMINATED, Status.RENEWED)) {
            assertThat(Lifecycle.status(stored, signed, null, TODAY.minusYears(1), TODAY))
                    .isEqualTo(stored);
        }
        assertThat(Status.ACTIVE.stored()).isFalse();
        assertThat(Status.EXPIRED.stored()).isFalse();
    }

    @Test
    void aNewAgreementStartsAsADraftUnderNegotiationOrSigned() {
        assertThat(EnumSet.allOf(Status.class).stream().filter(Lifecycle::mayStartIn))
                .containsExactlyInAnyOrder(Status.DRAFT, Status.UNDER_NEGOTIATION, Status.SIGNED);
    }
}
