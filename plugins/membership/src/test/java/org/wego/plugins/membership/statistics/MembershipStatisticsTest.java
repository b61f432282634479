package org.wego.plugins.membership.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.NewFinding;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.Bundles;
import org.wego.plugins.membership.statistics.Statistics.Figure;
import org.wego.plugins.membership.statistics.Statistics.GrowthPoint;
import org.wego.plugins.membership.statistics.Statistics.Source;
import org.wego.plugins.membership.statistics.Statistics.TypeRow;

/** The statistics worked out of fixed registry records, beside the reported figures; no I/O. */
class MembershipStatisticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final OrganisationKey CHENGDU = OrganisationKey.of("ro-chengdu");
    private static final OrganisationKey ABUJA = OrganisationKey.of("ro-abuja");

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

    private final List<Organisation> registry = new ArrayList<>(List.of(
            office(CHENGDU, "Chengdu regional office"),
            office(ABUJA, "Abuja regional office"),
            org("kr-seoul", OrganisationType.CITY, Continent.ASIA, true, null, MembershipStatus.MEMBER),
            org("vn-hanoi", OrganisationType.CITY, Continent.ASIA, true, CHENGDU, MembershipStatus.MEMBER),
            org("cn-chengdu", OrganisationType.CITY, Continent.ASIA, false, CHENGDU, MembershipStatus.MEMBER),
            org("ke-nairobi", OrganisationType.CITY, Continent.AFRICA, true, ABUJA, MembershipStatus.MEMBER),
            org("ng-lagos", OrganisationType.CITY, Continent.AFRICA, false, ABUJA, MembershipStatus.SUSPENDED),
            org("fr-paris", OrganisationType.CITY, Continent.EUROPE, true, null, MembershipStatus.FORMER),
            org("pe-lima", OrganisationType.CITY, Continent.AMERICAS, true, null, MembershipStatus.APPLICANT),
            org("kr-tmoney", OrganisationType.COMPANY, Continent.ASIA, false, null, MembershipStatus.MEMBER),
            org("kr-kisa", OrganisationType.INSTITUTION, null, false, null, MembershipStatus.MEMBER),
            org("pa-nia", OrganisationType.PARTNER, Continent.ASIA, false, null, MembershipStatus.PARTNER)));

    @Test
    void membersAreCountedByTypeAndContinentOnlyWhileTheyAreMembers() {
        Statistics s = compute(Map.of());

        assertThat(s.continents())
                .extracting(Statistics.Column::key)
                .containsExactly("ASIA", "AFRICA", "EUROPE", "AMERICAS", "MIDDLE_EAST", "OCEANIA", "NONE");
        TypeRow cities = row(s, "CITY", Source.COMPUTED);
        assertThat(cities.total())
                .as("suspended, former and applicant cities do not count")
                .isEqualTo(4);
        assertThat(cities.byContinent()).containsExactly(3L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(row(s, "COMPANY", Source.COMPUTED).byContinent()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(row(s, "INSTITUTION", Source.COMPUTED).byContinent())
                .as("a member without a continent is in its own column")
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L);
        TypeRow all = row(s, "ALL", Source.COMPUTED);
        assertThat(all.total()).as("partners and offices are not members").isEqualTo(6);
        assertThat(all.byContinent()).containsExactly(4L, 1L, 0L, 0L, 0L, 0L, 1L);
    }

    @Test
    void theReportedRowsStandBesideAsTheDocumentHasThemPrintedTotalsIncluded() {
        Statistics s = compute(Map.of());

        assertThat(s.reportedLabel()).isEqualTo("history.reported.in[2023-01]");
        assertThat(row(s, "CITY", Source.REPORTED).total()).isEqualTo(160);
        assertThat(row(s, "INSTITUTION", Source.REPORTED).total()).isEqualTo(18);
        assertThat(row(s, "COMPANY", Source.REPORTED).total()).isEqualTo(35);
        TypeRow summed = row(s, "ALL", Source.REPORTED);
        TypeRow printed = row(s, "ALL", Source.REPORTED_PRINTED);
        assertThat(summed.byContinent()).startsWith(109L, 57L, 23L, 14L, 8L, 2L);
        assertThat(printed.byContinent()).startsWith(108L, 56L, 26L, 13L, 8L, 2L);
        assertThat(summed.total()).isEqualTo(printed.total()).isEqualTo(ReportedFigures.TOTAL);
        for (var type : StatisticsCalculator.TYPES) {
            assertThat(row(s, type.name(), Source.REPORTED).total()).isEqualTo(ReportedFigures.TYPE_TOTALS.get(type));
        }
        assertThat(row(s, "CITY", Source.REPORTED).label())
                .isEqualTo("membership.statistics.row.reported[organisation.type.CITY, history.reported.in[2023-01]]");
    }

    @Test
    void reportedFiguresCarryThePlatformsOneWordingInEnglishAndKorean() {
        Statistics en = StatisticsCalculator.compute(registry, Map.of(), TODAY, Bundles.of(Locale.ENGLISH), null);
        Statistics ko = StatisticsCalculator.compute(registry, Map.of(), TODAY, Bundles.of(Locale.KOREAN), null);

        assertThat(en.reportedLabel()).isEqualTo("reported, 2023-01");
        assertThat(ko.reportedLabel()).isEqualTo("보고 수치, 2023-01");
        assertThat(row(en, "CITY", Source.REPORTED).label()).isEqualTo("City (reported, 2023-01)");
        assertThat(row(ko, "ALL", Source.REPORTED_PRINTED).label()).isEqualTo("전체, 자료에 인쇄된 합계 행 (보고 수치, 2023-01)");
        assertThat(point(en, "2010").reportedLabel()).isEqualTo("reported, 2010");
        assertThat(point(ko, "2023-01").reportedLabel()).isEqualTo("보고 수치, 2023-01");
    }

    @Test
    void seededMembersDifferingFromTheReportedFiguresAreFindingsOnePerFigure() {
        var seeded = new ArrayList<Organisation>();
        for (int i = 0; i < 160; i++) {
            seeded.add(org("c" + i, OrganisationType.CITY, Continent.ASIA, i < 42, null, MembershipStatus.MEMBER));
        }
        for (int i = 0; i < 18; i++) {
            seeded.add(org("i" + i, OrganisationType.INSTITUTION, null, false, null, MembershipStatus.FORMER));
        }
        for (int i = 0; i < 35; i++) {
            seeded.add(org("k" + i, OrganisationType.COMPANY, null, false, null, MembershipStatus.SUSPENDED));
        }
        assertThat(ReportedFigureChecks.findings(seeded))
                .as("the seed as the overview reports it")
                .isEmpty();

        seeded.removeIf(o -> o.key().value().equals("k0") || o.key().value().equals("c0"));
        assertThat(ReportedFigureChecks.findings(seeded))
                .extracting(NewFinding::subject, NewFinding::detailKey, NewFinding::arguments)
                .containsExactly(
                        tuple(
                                "members-2023-01:ALL",
                                "membership.finding.reported-count-differs.ALL",
                                List.of("213", "211")),
                        tuple(
                                "members-2023-01:CITY",
                                "membership.finding.reported-count-differs.CITY",
                                List.of("160", "159")),
                        tuple(
                                "members-2023-01:COMPANY",
                                "membership.finding.reported-count-differs.COMPANY",
                                List.of("35", "34")),
                        tuple(
                                "members-2023-01:capitals",
                                "membership.finding.reported-count-differs.capitals",
                                List.of("42", "41")));
        assertThat(ReportedFigureChecks.findings(seeded))
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(ReportedFigureChecks.KIND));
    }

    @Test
    void capitalsAndOtherCitiesShowTheDifferenceToTheReportedFigures() {
        Statistics s = compute(Map.of());

        assertThat(s.capitals())
                .containsExactly(
                        new Figure("capitals", "membership.statistics.capitals", 3, 42L, -39L),
                        new Figure("other-cities", "membership.statistics.other-cities", 1, 118L, -117L));
    }

    @Test
    void membersAreCountedPerRegionalOfficeAndTheRestAreServedByTheSecretariat() {
        Statistics s = compute(Map.of());

        assertThat(s.regionalOffices())
                .extracting(Figure::key, Figure::computed, Figure::reported)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ro-abuja", 1L, null),
                        org.assertj.core.groups.Tuple.tuple("ro-chengdu", 2L, null),
                        org.assertj.core.groups.Tuple.tuple("secretariat", 3L, null));
    }

    @Test
    void growthCountsRecordedJoinsPerYearAndTheUndatedMembersBeforeTheOverview() {
        // Hanoi joined in 2015, Chengdu in 2024 (recorded); the other four members have no date.
        Statistics s = compute(Map.of(
                OrganisationKey.of("vn-hanoi"), LocalDate.of(2015, 3, 1),
                OrganisationKey.of("cn-chengdu"), LocalDate.of(2024, 6, 30),
                OrganisationKey.of("fr-paris"), LocalDate.of(2019, 1, 1)));

        List<GrowthPoint> growth = s.growth();
        assertThat(growth)
                .extracting(GrowthPoint::period)
                .startsWith("2010", "2011")
                .endsWith("2025", "2026");
        GrowthPoint y2010 = point(s, "2010");
        assertThat(y2010.reported()).isEqualTo(50L);
        assertThat(y2010.reportedLabel()).isEqualTo("history.reported.in[2010]");
        assertThat(y2010.cumulative()).as("unknown while undated members exist").isNull();
        assertThat(point(s, "2015").joined()).isEqualTo(1);
        assertThat(point(s, "2019").joined())
                .as("a former member does not count")
                .isZero();
        GrowthPoint overview = point(s, "2023-01");
        assertThat(overview.joined()).as("undated members").isEqualTo(4);
        assertThat(overview.cumulative()).isEqualTo(5);
        assertThat(overview.reported()).isEqualTo(213L);
        assertThat(overview.reportedLabel()).isEqualTo("history.reported.in[2023-01]");
        assertThat(growth.indexOf(overview)).isEqualTo(growth.indexOf(point(s, "2023")) - 1);
        assertThat(point(s, "2024").joined()).isEqualTo(1);
        assertThat(point(s, "2024").cumulative()).isEqualTo(6);
        assertThat(point(s, "2026").cumulative()).isEqualTo(6);
    }

    @Test
    void withoutUndatedMembersTheRunningTotalIsKnownEveryYear() {
        registry.removeIf(o -> !o.key().value().equals("vn-hanoi") && o.type().isMemberType());
        Statistics s = compute(Map.of(OrganisationKey.of("vn-hanoi"), LocalDate.of(2012, 5, 5)));

        assertThat(point(s, "2011").cumulative()).isZero();
        assertThat(point(s, "2012").cumulative()).isEqualTo(1);
        assertThat(point(s, "2023-01").joined()).isZero();
    }

    @Test
    void applicationsAppearOnlyWhenTheApplicationsFeatureCountsThem() {
        assertThat(compute(Map.of()).applications()).isNull();

        Statistics s = StatisticsCalculator.compute(
                registry, Map.of(), TODAY, KEYS, List.of(new ApplicationCounts.Count("SUBMITTED", "Submitted", 3)));
        assertThat(s.applications()).containsExactly(new Figure("SUBMITTED", "Submitted", 3, null, null));
    }

    @Test
    void theCsvHasABomEveryTableAndSafeCells() {
        String csv = StatisticsCsv.write(compute(Map.of()), KEYS, UnitTestContext.csv());

        assertThat(csv).startsWith("\uFEFFmembership.statistics.title,2026-11-25\r\n");
        assertThat(csv)
                .contains("membership.statistics.by-type\r\n")
                .contains("membership.statistics.column.row,membership.statistics.column.total,continent.ASIA")
                .contains("membership.statistics.capitals,3,42,-39\r\n")
                .contains("membership.statistics.offices-title")
                .contains("membership.statistics.growth-title")
                .doesNotContain("membership.statistics.applications-title");
    }

    private Statistics compute(Map<OrganisationKey, LocalDate> joins) {
        return StatisticsCalculator.compute(registry, joins, TODAY, KEYS, null);
    }

    private static TypeRow row(Statistics s, String key, Source source) {
        return s.byTypeAndContinent().stream()
                .filter(r -> r.key().equals(key) && r.source() == source)
                .findFirst()
                .orElseThrow();
    }

    private static GrowthPoint point(Statistics s, String period) {
        return s.growth().stream()
                .filter(p -> p.period().equals(period))
                .findFirst()
                .orElseThrow();
    }

    private static Organisation office(OrganisationKey key, String name) {
        return new Organisation(
                0,
                key,
                OrganisationType.REGIONAL_OFFICE,
                name,
                name,
                null,
                null,
                null,
                false,
                null,
                MembershipStatus.PARTNER,
                null,
                null,
                null,
                0);
    }

    private static Organisation org(
            String key,
            OrganisationType type,
            @Nullable Continent continent,
            boolean capital,
            @Nullable OrganisationKey office,
            MembershipStatus status) {
        return new Organisation(
                0,
                OrganisationKey.of(key),
                type,
                key,
                key,
                null,
                null,
                continent,
                capital,
                office,
                status,
                null,
                null,
                null,
                0);
    }
}
