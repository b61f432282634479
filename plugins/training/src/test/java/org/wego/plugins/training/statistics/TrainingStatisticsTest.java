package org.wego.plugins.training.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.training.statistics.TrainedOfficials.Trained;
import org.wego.plugins.training.statistics.TrainingFigures.Row;
import org.wego.plugins.training.statistics.TrainingFigures.Source;

/** The training statistics worked out of fixed trained officials and a reported total; no I/O. */
class TrainingStatisticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final OrganisationKey CHENGDU = OrganisationKey.of("ro-chengdu");
    private static final OrganisationKey SEOUL_HRD = OrganisationKey.of("kr-seoul-hrd");
    private static final OrganisationKey WORLD_BANK = OrganisationKey.of("int-world-bank");

    /** Labels are the keys with their arguments, so the test sees which text is used where. */
    private static final Messages KEYS = new Messages() {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String get(String key, Object... arguments) {
            return arguments.length == 0 ? key : key + List.of(arguments);
        }
    };

    private static final Map<OrganisationKey, Organisation> REGISTRY = List.of(
                    org("ro-chengdu", OrganisationType.REGIONAL_OFFICE, Continent.ASIA, null, "Chengdu office"),
                    org("kr-seoul-hrd", OrganisationType.PARTNER, Continent.ASIA, null, "Seoul HRD"),
                    org("int-world-bank", OrganisationType.PARTNER, null, null, "World Bank"),
                    org("vn-hanoi", OrganisationType.CITY, Continent.ASIA, CHENGDU, "Hanoi"),
                    org("mn-ulaanbaatar", OrganisationType.CITY, Continent.ASIA, CHENGDU, "Ulaanbaatar"),
                    org("ke-nairobi", OrganisationType.CITY, Continent.AFRICA, null, "Nairobi"),
                    org("pe-lima", OrganisationType.CITY, Continent.AMERICAS, null, "Lima"))
            .stream()
            .collect(Collectors.toMap(Organisation::key, o -> o));

    private static final Function<OrganisationKey, Optional<Organisation>> LOOKUP =
            key -> Optional.ofNullable(REGISTRY.get(key));

    /** Programme 1 (Seoul HRD, 2024): Hanoi 2, Nairobi 1; programme 2 (World Bank, 2025): Hanoi 1, Ulaanbaatar 1, Lima 1. */
    private final List<Trained> trained = new ArrayList<>(List.of(
            trained(1, 2024, SEOUL_HRD, "vn-hanoi"),
            trained(1, 2024, SEOUL_HRD, "vn-hanoi"),
            trained(1, 2024, SEOUL_HRD, "ke-nairobi"),
            trained(2, 2025, WORLD_BANK, "vn-hanoi"),
            trained(2, 2025, WORLD_BANK, "mn-ulaanbaatar"),
            trained(2, 2025, WORLD_BANK, "pe-lima")));

    private static final TrainingHistory OVERVIEW =
            new TrainingHistory(7, "Overview 2023-01", "현황 2023-01", null, null, 1183, 40, true, YearMonth.of(2023, 1));

    @Test
    void officialsAndDistinctCitiesAreCountedPerYearPartnerContinentAndOffice() {
        TrainingFigures s = TrainingStatisticsCalculator.compute(trained, LOOKUP, List.of(), TODAY, KEYS);

        assertThat(s.asOf()).isEqualTo(TODAY);
        assertThat(s.totals())
                .containsExactly(new Row("ALL", "training.statistics.row.platform", Source.COMPUTED, 6, 4L, false));
        assertThat(figures(s.byYear())).containsExactly("2024=3/2", "2025=3/3");
        assertThat(figures(s.byPartner())).containsExactly("kr-seoul-hrd=3/2", "int-world-bank=3/3");
        assertThat(s.byPartner()).extracting(Row::label).containsExactly("Seoul HRD", "World Bank");
        assertThat(figures(s.byContinent())).containsExactly("ASIA=4/2", "AFRICA=1/1", "AMERICAS=1/1");
        assertThat(s.byContinent())
                .extracting(Row::label)
                .containsExactly("continent.ASIA", "continent.AFRICA", "continent.AMERICAS");
        assertThat(figures(s.byRegionalOffice())).containsExactly("ro-chengdu=4/2", "SECRETARIAT=2/2");
        assertThat(s.byRegionalOffice())
                .extracting(Row::label)
                .containsExactly("Chengdu office", "training.statistics.row.secretariat");
        // Without history: no reported and no "together" rows anywhere.
        assertThat(s.byYear()).allSatisfy(r -> assertThat(r.source()).isEqualTo(Source.COMPUTED));
    }

    @Test
    void theReportedTotalIsARowOfItsOwnNeverSpreadAndAddedToTheOfficialsButNotTheCities() {
        TrainingFigures s = TrainingStatisticsCalculator.compute(trained, LOOKUP, List.of(OVERVIEW), TODAY, KEYS);

        // The platform's one wording (HistoryRows), with the month of the report.
        assertThat(s.reportedLabel()).isEqualTo("history.reported.in[2023-01]");
        assertThat(s.totals())
                .containsExactly(
                        new Row("ALL", "training.statistics.row.platform", Source.COMPUTED, 6, 4L, false),
                        new Row(
                                "history-7",
                                "Overview 2023-01 (history.reported.in[2023-01])",
                                Source.REPORTED,
                                1183,
                                40L,
                                true),
                        new Row("ALL", "training.statistics.row.together", Source.TOGETHER, 1189, null, false));
        assertThat(s.totals().get(1).citiesText()).isEqualTo("40+");
        assertThat(s.totals().get(2).citiesText()).isEqualTo("–");
        for (List<Row> table : List.of(s.byYear(), s.byPartner(), s.byContinent(), s.byRegionalOffice())) {
            // The computed rows are as without history; then the report once, then the sum.
            assertThat(table.stream()
                            .filter(r -> r.source() == Source.COMPUTED)
                            .mapToLong(Row::officials)
                            .sum())
                    .isEqualTo(6);
            assertThat(table.stream().filter(r -> r.source() == Source.REPORTED))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.officials()).isEqualTo(1183);
                        assertThat(r.label()).endsWith("(history.reported.in[2023-01])");
                    });
            assertThat(table.getLast())
                    .isEqualTo(new Row("ALL", "training.statistics.row.together", Source.TOGETHER, 1189, null, false));
        }
        assertThat(s.byYear().get(2).label())
                .isEqualTo("training.statistics.row.undated (history.reported.in[2023-01])");
        assertThat(s.byContinent().get(3).label())
                .isEqualTo("training.statistics.row.not-broken-down (history.reported.in[2023-01])");
    }

    @Test
    void aReportGivingAYearAndPartnerIsLabelledWithThemButStaysItsOwnRow() {
        var worldBank2019 = new TrainingHistory(8, "Workshop", "워크숍", 2019, WORLD_BANK, 120, 15, false, null);
        TrainingFigures s = TrainingStatisticsCalculator.compute(trained, LOOKUP, List.of(worldBank2019), TODAY, KEYS);

        assertThat(s.byYear())
                .extracting(Row::label)
                .containsExactly(
                        "2024", "2025", "2019 (history.reported.before-platform)", "training.statistics.row.together");
        assertThat(s.byPartner()).extracting(Row::label).contains("World Bank (history.reported.before-platform)");
        assertThat(s.byPartner().stream()
                        .filter(r -> r.key().equals("int-world-bank"))
                        .toList())
                .singleElement()
                .extracting(Row::officials)
                .isEqualTo(3L);
    }

    @Test
    void nothingTrainedYetGivesZeroOnThePlatformAndTheReportedTotal() {
        TrainingFigures s = TrainingStatisticsCalculator.compute(List.of(), LOOKUP, List.of(OVERVIEW), TODAY, KEYS);
        assertThat(s.totals()).extracting(Row::officials).containsExactly(0L, 1183L, 1183L);
        assertThat(s.byYear()).extracting(Row::source).containsExactly(Source.REPORTED, Source.TOGETHER);
    }

    @Test
    void theCsvHasABomHeadersInTheLanguageAndDefusesFormulas() {
        var trainedInFormula = List.of(trained(3, 2025, OrganisationKey.of("int-world-bank"), "vn-hanoi"));
        var formula = new TrainingHistory(9, "=HYPERLINK(\"http://x\")", "=HYPERLINK", null, null, 5, 1, false, null);
        String csv = TrainingStatisticsCsv.write(
                TrainingStatisticsCalculator.compute(trainedInFormula, LOOKUP, List.of(formula), TODAY, KEYS),
                KEYS,
                UnitTestContext.csv());
        assertThat(csv).startsWith("\uFEFFtraining.statistics.title,2026-12-05\r\n");
        assertThat(csv)
                .contains("training.statistics.column.row,training.statistics.column.officials,"
                        + "training.statistics.column.cities,training.statistics.column.source\r\n")
                .contains("training.statistics.row.platform,1,1,training.statistics.source.COMPUTED\r\n")
                .contains("\"'=HYPERLINK(\"\"http://x\"\") (history.reported.before-platform)\",5,1,")
                .contains("training.statistics.row.together,6,,training.statistics.source.TOGETHER\r\n")
                .contains(",5,1,history.reported.before-platform\r\n")
                .doesNotContain(",=");
    }

    private static List<String> figures(List<Row> rows) {
        return rows.stream()
                .map(r -> r.key() + "=" + r.officials() + "/" + r.cities())
                .toList();
    }

    private static Trained trained(long programme, int year, OrganisationKey partner, String city) {
        return new Trained(programme, year, partner, OrganisationKey.of(city));
    }

    private static Organisation org(
            String key,
            OrganisationType type,
            @Nullable Continent continent,
            @Nullable OrganisationKey office,
            String name) {
        return new Organisation(
                0,
                OrganisationKey.of(key),
                type,
                name,
                name,
                null,
                null,
                continent,
                false,
                office,
                type == OrganisationType.CITY ? MembershipStatus.MEMBER : MembershipStatus.PARTNER,
                null,
                null,
                null,
                0);
    }
}
