package org.wego.plugins.agreements.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * The overview's agreements on a real platform: seeded by year with their counterparties from the registry, the
 * 2011 ones with their days, names flagged unconfirmed, and the 2020 line waiting as one finding.
 */
@WegoPluginTest
class OverviewSeedIT {

    private static final String SEEDED = "SELECT %s FROM agreements_agreement WHERE source = 'overview-2023-01'";

    private static PluginCalls calls;
    private static Map<String, Function<Object[], Object>> plugin;
    private static JdbcClient jdbc;

    @BeforeAll
    static void calls(RunningPlatform platform) {
        calls = platform.calls();
        plugin = calls.inPlugin(OverviewFinding.class, SeedCalls.class);
        jdbc = JdbcClient.create(calls.platformBean(DataSource.class));
    }

    @Test
    void theSeedHoldsTheOverviewsAgreementsByYearAndNoneFor2020(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        var perYear = new TreeMap<Integer, Long>();
        jdbc.sql(SEEDED.formatted("signed_year, COUNT(*) AS n") + " GROUP BY signed_year")
                .query(rs -> {
                    perYear.put(rs.getInt("signed_year"), rs.getLong("n"));
                });
        assertThat(perYear).containsExactlyEntriesOf(new TreeMap<>(Map.of(2011, 2L, 2019, 7L, 2021, 3L, 2022, 9L)));
        assertThat(jdbc.sql(SEEDED.formatted("COUNT(*)")
                                + " AND (expiry_date IS NOT NULL OR effective_date IS NOT NULL"
                                + " OR (signed_date IS NOT NULL AND signed_year <> 2011))")
                        .query(Long.class)
                        .single())
                .as("year known, dates not recorded, no expiry")
                .isZero();
        assertThat(jdbc.sql(SEEDED.formatted("COUNT(*)") + " AND (names_confirmed OR stage <> 'SIGNED')")
                        .query(Long.class)
                        .single())
                .as("signed, names unconfirmed")
                .isZero();
    }

    @Test
    void the2011AgreementsHaveTheirDaysAndSeoulSignedForWeGO() {
        var rows = jdbc.sql(SEEDED.formatted("title_en, signed_date, wego_signatory, id") + " AND signed_year = 2011")
                .query((rs, n) -> List.of(
                        rs.getString("title_en"),
                        rs.getObject("signed_date", LocalDate.class).toString(),
                        String.valueOf(rs.getString("wego_signatory")),
                        partyOf(rs.getLong("id"))))
                .list();
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        List.of("WeGO–UN DESA MOU", "2011-01-03", "null", "pa-un-desa"),
                        List.of("Seoul–World Bank MOU", "2011-06-20", "kr-seoul", "pa-world-bank"));
    }

    @Test
    void everyCounterpartyIsOneOrganisationOfTheRegistryAndKisaIsTheMemberInstitution() {
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM agreements_agreement a WHERE a.source = 'overview-2023-01'
                                AND (SELECT COUNT(*) FROM agreements_party p JOIN platform_organisation o
                                    ON o.org_key = p.organisation_key WHERE p.agreement_id = a.id) <> 1""").query(Long.class).single())
                .as("one counterparty each, all in the registry")
                .isZero();
        assertThat(jdbc.sql("""
                                SELECT org_key FROM platform_organisation
                                WHERE name_ko LIKE '%한국인터넷진흥원%' OR name_en LIKE '%KISA%'""").query(String.class).list())
                .as("KISA linked, not created again")
                .containsExactly("in-kisa");
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM agreements_party p JOIN agreements_agreement a ON a.id = p.agreement_id
                                WHERE a.source = 'overview-2023-01' AND a.signed_year = 2019 AND p.organisation_key = 'in-kisa'""").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_organisation WHERE name_en LIKE 'World Bank%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var kinds = new TreeMap<String, String>();
        jdbc.sql("""
                        SELECT o.org_key, o.type, o.partner_kind FROM platform_organisation o
                        JOIN agreements_party p ON p.organisation_key = o.org_key
                        JOIN agreements_agreement a ON a.id = p.agreement_id WHERE a.source = 'overview-2023-01'""").query(rs -> {
            kinds.put(rs.getString(1), rs.getString(2) + ":" + rs.getString(3));
        });
        assertThat(kinds)
                .containsEntry("in-kisa", "INSTITUTION:null")
                .containsEntry("pa-un-desa", "PARTNER:INTERNATIONAL_ORGANISATION")
                .containsEntry("pa-korea-university", "PARTNER:UNIVERSITY")
                .containsEntry("pa-smart-cities-world", "PARTNER:COMPANY")
                .containsEntry("pa-sba", "PARTNER:GOVERNMENT")
                .hasSize(21);
    }

    @Test
    void membersSeeTheSeededAgreementsTheyArePartyToOrSignedForWeGO() throws Exception {
        try (var kisa = calls.as(Role.MEMBER_CITY, OrganisationKey.of("in-kisa"))) {
            assertThat(titles())
                    .contains("WeGO–Korea Internet & Security Agency (KISA) MOU")
                    .doesNotContain("Seoul–World Bank MOU");
        }
        try (var seoul = calls.as(Role.MEMBER_CITY, OrganisationKey.of("kr-seoul"))) {
            assertThat(titles())
                    .contains("Seoul–World Bank MOU")
                    .doesNotContain("WeGO–Korea Internet & Security Agency (KISA) MOU");
        }
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            assertThat(titles()).contains("WeGO–UN DESA MOU", "WeGO–Dong-ah Institute of Media and Arts MOU");
        }
    }

    @Test
    void the2020LineWaitsAsOneFindingWithTheCountAndTheRawLine() {
        String where = " FROM platform_data_finding WHERE plugin_id = 'agreements' AND kind = '" + OverviewFinding.KIND
                + "' AND subject = '" + OverviewFinding.SUBJECT + "'";
        assertThat(plugin.get("record").apply(new Object[0]))
                .as("recorded at the start, not again")
                .isEqualTo(false);
        assertThat(jdbc.sql("SELECT COUNT(*)" + where).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT detail_en" + where).query(String.class).single())
                .contains("counts 3", OverviewFinding.RAW_LINE, "Japan Smart City Association");
        assertThat(jdbc.sql("SELECT detail_ko" + where).query(String.class).single())
                .contains("3건", OverviewFinding.RAW_LINE);
    }

    @Test
    void confirmingTheReadingCreatesThe2020AgreementsOnceAndResolvesTheFinding() throws Exception {
        String where = " FROM platform_data_finding WHERE plugin_id = 'agreements' AND kind = '" + OverviewFinding.KIND
                + "' AND subject = '" + OverviewFinding.SUBJECT + "'";
        try (var member = calls.as(Role.MEMBER_CITY, OrganisationKey.of("kr-seoul"))) {
            assertThatThrownBy(() -> plugin.get("confirm").apply(new Object[0]))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            boolean open = jdbc.sql("SELECT resolution IS NULL" + where)
                    .query(Boolean.class)
                    .single();
            if (open) { // the first run on this database: two officers confirm at the same moment
                assertThat(confirmedAtOnce())
                        .as("one records the three agreements, the other is told")
                        .containsExactlyInAnyOrder("3 agreements", "agreements.seed.confirmed-already");
            }
            assertThatThrownBy(() -> plugin.get("confirm").apply(new Object[0]))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("agreements.seed.confirmed-already"));
        }
        assertThat(jdbc.sql("SELECT resolution" + where).query(String.class).single())
                .isEqualTo("ACKNOWLEDGED");
        assertThat(jdbc.sql("""
                                SELECT o.name_ko FROM agreements_agreement a
                                JOIN agreements_party p ON p.agreement_id = a.id
                                JOIN platform_organisation o ON o.org_key = p.organisation_key
                                WHERE a.signed_year = 2020 AND o.type = 'PARTNER'""").query(String.class).list())
                .as("the reading, recorded once")
                .containsExactlyInAnyOrder("일본 스마트시티 협회", "이란 아시아 시장 포럼", "인도 지방자치단체 연합");
        assertThat(plugin.get("record").apply(new Object[0]))
                .as("resolved, not recorded again")
                .isEqualTo(false);
    }

    @Test
    void theSeededPageShowsTheNamesUnconfirmedAndTheDatesNotRecorded(RunningPlatform platform) {
        long worldBank = jdbc.sql(SEEDED.formatted("id") + " AND title_en = 'Seoul–World Bank MOU'")
                .query(Long.class)
                .single();
        assertThat(platform.open("agreements/agreement?id=" + worldBank, Role.SECRETARIAT)
                        .body())
                .contains("agreements-unconfirmed", "World Bank", "Seoul", "Not recorded", "2011-06-20");
        assertThat(platform.open("agreements/agreement?id=" + worldBank, Role.MEMBER_CITY)
                        .body())
                .as("the demo city user is Hanoi's, no party to it")
                .contains("agreements-not-found")
                .doesNotContain("World Bank");
    }

    @Test
    void theConfirmationPageIsTheSecretariats(RunningPlatform platform) {
        assertThat(platform.open("agreements/overview-2020", Role.SECRETARIAT).body())
                .contains("agreements-seed-2020-confirm", "Japan Smart City Association");
        for (Role role : new Role[] {Role.MEMBER_CITY, Role.REGIONAL_OFFICE}) {
            assertThat(platform.open("agreements/overview-2020", role).body())
                    .as(role.claimValue())
                    .doesNotContain("agreements-seed-2020-confirm");
        }
    }

    /** Two secretariat officers confirm on two threads released together: what each was answered. */
    private static List<String> confirmedAtOnce() throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> confirm = () -> {
                try (var officer = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
                    start.await();
                    return ((List<?>) plugin.get("confirm").apply(new Object[0])).size() + " agreements";
                } catch (InvalidInputException e) {
                    return e.messageKey();
                }
            };
            var first = pool.submit(confirm);
            var second = pool.submit(confirm);
            start.countDown();
            return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles() {
        return (List<String>) plugin.get("titles").apply(new Object[0]);
    }

    private static String partyOf(long agreement) {
        return jdbc.sql("SELECT organisation_key FROM agreements_party WHERE agreement_id = :id")
                .param("id", agreement)
                .query(String.class)
                .single();
    }
}
