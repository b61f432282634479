package org.wego.plugins.agreements.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.NewFinding;
import org.wego.plugin.api.NewPartner;

/** The 2020 finding as the platform takes it, and the reading it offers. */
class OverviewFindingTest {

    @Test
    void theFindingCarriesTheCountAndTheRawLineUnderAKindThePlatformAccepts() {
        NewFinding finding = OverviewFinding.finding();
        assertThat(finding.kind()).matches("[a-z][a-z0-9-]*").hasSizeLessThanOrEqualTo(30);
        assertThat(finding.subject()).hasSizeLessThanOrEqualTo(200);
        assertThat(finding.organisation()).isNull();
        assertThat(finding.arguments()).containsExactly("3", OverviewFinding.RAW_LINE);
        assertThat(OverviewFinding.RAW_LINE.split(", "))
                .as("four names for a count of three")
                .hasSize(4);
    }

    @Test
    void theReadingNamesAsManyPartnersAsTheCountInBothLanguages() {
        assertThat(OverviewFinding.READING).hasSize(OverviewFinding.REPORTED_COUNT);
        for (NewPartner partner : OverviewFinding.READING) {
            assertThat(partner.nameEn()).isNotBlank();
            assertThat(partner.nameKo()).isNotBlank();
            assertThat(partner.country()).matches("[A-Z]{2}");
        }
    }
}
