package org.wego.plugins.agreements.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugins.agreements.register.AgreementKind;

/** Counted agreements and reported counts stand side by side, per year, and are never added up. */
class AgreementFiguresTest {

    private static final AgreementFigures.Party SEOUL = new AgreementFigures.Party(Counterpart.CITY, Continent.ASIA);
    private static final AgreementFigures.Party WORLD_BANK =
            new AgreementFigures.Party(Counterpart.INTERNATIONAL_ORGANISATION, Continent.AMERICAS);
    private static final AgreementFigures.Party KISA = new AgreementFigures.Party(Counterpart.INSTITUTION, null);

    @Test
    void eachYearShowsWhatTheRegisterCountsBesideWhatWasReported() {
        var figures = AgreementFigures.of(
                List.of(
                        new AgreementFigures.Counted(1, AgreementKind.MOU, 2011, List.of(WORLD_BANK)),
                        new AgreementFigures.Counted(2, AgreementKind.MOU, 2019, List.of(KISA)),
                        new AgreementFigures.Counted(3, AgreementKind.PARTNERSHIP, 2019, List.of(SEOUL, WORLD_BANK)),
                        new AgreementFigures.Counted(4, AgreementKind.MOU, 2022, List.of())),
                AgreementFigures.REPORTED_2023_01);

        assertThat(figures.years())
                .extracting(AgreementFigures.Year::year)
                .containsExactly(2011, 2019, 2020, 2021, 2022);
        var of2019 = figures.years().get(1);
        assertThat(of2019.counted()).isEqualTo(2);
        assertThat(of2019.reported()).isEqualTo(7);
        assertThat(of2019.byKind())
                .containsEntry(AgreementKind.MOU, 1L)
                .containsEntry(AgreementKind.PARTNERSHIP, 1L)
                .containsEntry(AgreementKind.LETTER_OF_INTENT, 0L);
        assertThat(figures.years().getFirst().reported())
                .as("2011: not in the overview")
                .isNull();
        assertThat(figures.years().get(2).counted()).as("2020: reported only").isZero();
        assertThat(figures.years().get(2).reported()).isEqualTo(3);
        assertThat(figures.total()).as("counted only, the reported never added").isEqualTo(4);
        assertThat(figures.byKind()).containsEntry(AgreementKind.MOU, 3L).containsEntry(AgreementKind.PARTNERSHIP, 1L);
    }

    @Test
    void anAgreementCountsOnceUnderEachTypeAndContinentOfItsCounterparties() {
        var figures = AgreementFigures.of(
                List.of(
                        new AgreementFigures.Counted(
                                1, AgreementKind.MOU, 2019, List.of(SEOUL, WORLD_BANK, WORLD_BANK)),
                        new AgreementFigures.Counted(2, AgreementKind.MOU, 2019, List.of(KISA)),
                        new AgreementFigures.Counted(3, AgreementKind.MOU, 2019, List.of())),
                Map.of());

        assertThat(figures.byCounterpart())
                .containsEntry(Counterpart.CITY, 1L)
                .containsEntry(Counterpart.INTERNATIONAL_ORGANISATION, 1L)
                .containsEntry(Counterpart.INSTITUTION, 1L)
                .containsEntry(Counterpart.GOVERNMENT, 0L);
        assertThat(figures.counterpartNotRecorded()).as("no counterparty").isEqualTo(1);
        assertThat(figures.byContinent())
                .containsEntry(Continent.ASIA, 1L)
                .containsEntry(Continent.AMERICAS, 1L)
                .containsEntry(Continent.EUROPE, 0L);
        assertThat(figures.continentNotRecorded())
                .as("KISA without a continent, and the one without parties")
                .isEqualTo(2);
    }

    @Test
    void partnersCountByTheirKindAndMembersByTheirType() {
        assertThat(Counterpart.of(OrganisationType.PARTNER, PartnerKind.UNIVERSITY))
                .isEqualTo(Counterpart.UNIVERSITY);
        assertThat(Counterpart.of(OrganisationType.PARTNER, PartnerKind.COMPANY))
                .isEqualTo(Counterpart.PARTNER_COMPANY);
        assertThat(Counterpart.of(OrganisationType.PARTNER, PartnerKind.GOVERNMENT))
                .isEqualTo(Counterpart.GOVERNMENT);
        assertThat(Counterpart.of(OrganisationType.PARTNER, PartnerKind.INTERNATIONAL_ORGANISATION))
                .isEqualTo(Counterpart.INTERNATIONAL_ORGANISATION);
        assertThat(Counterpart.of(OrganisationType.PARTNER, null)).isEqualTo(Counterpart.PARTNER);
        assertThat(Counterpart.of(OrganisationType.COMPANY, null)).isEqualTo(Counterpart.COMPANY);
        assertThat(Counterpart.of(OrganisationType.REGIONAL_OFFICE, null)).isEqualTo(Counterpart.OTHER);
    }

    @Test
    void theOverviewsFiguresAreTheReportedOnes() {
        assertThat(AgreementFigures.REPORTED_2023_01)
                .containsExactlyInAnyOrderEntriesOf(Map.of(2019, 7L, 2020, 3L, 2021, 3L, 2022, 9L));
    }
}
