package org.wego.plugins.training.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seat, quota and waitlist rules, without a database. */
class SeatRulesTest {

    @Test
    void aNominationTakesASeatOnlyWithinCapacityAndItsOrganisationsQuota() {
        assertThat(SeatRules.takesSeat(20, 2, 0, 0)).isTrue();
        assertThat(SeatRules.takesSeat(20, 2, 19, 1)).isTrue();
        assertThat(SeatRules.takesSeat(20, 2, 19, 2))
                .as("organisation at its quota")
                .isFalse();
        assertThat(SeatRules.takesSeat(20, 2, 20, 0)).as("programme full").isFalse();
        assertThat(SeatRules.takesSeat(1, 1, 0, 0)).isTrue();
    }

    @Test
    void aFreedSeatGoesToTheFirstWaitingEntryWhoseOrganisationIsUnderItsQuota() {
        var waitlist = List.of(
                new SeatRules.Waiting(11, "kr-seoul", 1),
                new SeatRules.Waiting(12, "vn-hanoi", 2),
                new SeatRules.Waiting(13, "ke-nairobi", 3));
        // Seoul holds 2 of its 2 seats: Hanoi (second in line) is promoted.
        assertThat(SeatRules.nextToPromote(5, 2, 4, waitlist, Map.of("kr-seoul", 2, "vn-hanoi", 1)))
                .map(SeatRules.Waiting::nominationId)
                .contains(12L);
        // Seoul under its quota: it is first in line.
        assertThat(SeatRules.nextToPromote(5, 2, 4, waitlist, Map.of("kr-seoul", 1)))
                .map(SeatRules.Waiting::nominationId)
                .contains(11L);
    }

    @Test
    void noOneIsPromotedWhenTheProgrammeIsFullOrNoWaitingOrganisationIsUnderItsQuota() {
        var waitlist = List.of(new SeatRules.Waiting(11, "kr-seoul", 1), new SeatRules.Waiting(12, "kr-seoul", 2));
        assertThat(SeatRules.nextToPromote(4, 2, 4, waitlist, Map.of())).isEmpty();
        assertThat(SeatRules.nextToPromote(5, 2, 3, waitlist, Map.of("kr-seoul", 2)))
                .isEmpty();
        assertThat(SeatRules.nextToPromote(5, 2, 3, List.of(), Map.of())).isEmpty();
    }
}
