package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.OrganisationDirectory.Query;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;

/** The registry as seeded on a fresh MariaDB schema, read the ways the screens and plugins read it. */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationRegistryIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, OrganisationRegistryIT.class);
    }

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    @Autowired
    DataFindings findings;

    @Autowired
    OrganisationExport export;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedHoldsTheOfficesTheSecretariatAndTheNamedMembersOnceEach() throws Exception {
        assertThat(organisations.search(
                        new Query(null, OrganisationType.REGIONAL_OFFICE, null, null, null, null, 0, 50)))
                .extracting(o -> o.key().value())
                .containsExactlyInAnyOrder("ro-abuja", "ro-beyoglu", "ro-chengdu", "ro-mexico-city", "ro-ulyanovsk");
        assertThat(organisations.byKey(OrganisationKey.of("wego-secretariat"))).isPresent();

        long distinctKeys = SeedRows.read(OrganisationSeed.resource(OrganisationSeed.MEMBERS)).stream()
                .map(row -> row.get("org_key"))
                .distinct()
                .count();
        int members = organisations.count(
                new Query(null, null, null, null, org.wego.plugin.api.MembershipStatus.MEMBER, null, 0, 1));
        assertThat(members)
                .as("one record per distinct key of the CSV, nothing invented")
                .isEqualTo((int) distinctKeys);
        assertThat(members)
                .as("fewer than the 213 the document reports: it does not name them all")
                .isLessThan(213);

        var hanoi = organisations.byKey(OrganisationKey.of("vn-hanoi")).orElseThrow();
        assertThat(hanoi.capital()).isTrue();
        assertThat(hanoi.continent()).isEqualTo(Continent.ASIA);
        assertThat(hanoi.regionalOffice()).isEqualTo(OrganisationKey.of("ro-chengdu"));
        assertThat(organisations
                        .byKey(OrganisationKey.of("kr-seoul"))
                        .orElseThrow()
                        .regionalOffice())
                .as("Korean members are served by the secretariat")
                .isNull();
        assertThat(organisations.membersOfRegion(OrganisationKey.of("ro-chengdu")))
                .extracting(o -> o.key().value())
                .contains("vn-hanoi")
                .doesNotContain("ke-nairobi", "kr-seoul");
    }

    @Test
    void searchFindsEnglishAndKoreanNamesAndTreatsWildcardsAsText() {
        assertThat(organisations.search(new Query("hano", null, null, null, null, null, 0, 10)))
                .extracting(o -> o.key().value())
                .contains("vn-hanoi");
        assertThat(organisations.search(new Query("하노이", null, null, null, null, null, 0, 10)))
                .extracting(o -> o.key().value())
                .containsExactly("vn-hanoi");
        assertThat(organisations.search(new Query("%", null, null, null, null, null, 0, 10)))
                .isEmpty();
        assertThat(organisations.search(new Query("' OR 1=1 --", null, null, null, null, null, 0, 10)))
                .isEmpty();
        assertThat(organisations.count(
                        new Query(null, OrganisationType.CITY, Continent.AFRICA, null, null, null, 0, 1)))
                .isPositive();
    }

    @Test
    void everyFindingOfTheDocumentIsThereAndIsDecidedOnce() {
        var secretariat = user(Role.SECRETARIAT, "wego-secretariat");
        var all = findings.all(secretariat);
        assertThat(all).extracting(DataFindings.Finding::kind).contains("COUNT_MISMATCH");
        assertThat(all).anyMatch(f -> "DUPLICATE_NAME".equals(f.kind()) || "TWO_REGIONS".equals(f.kind()));

        long first = all.getFirst().id();
        assertThat(findings.resolve(secretariat, first, DataFindings.Resolution.ACKNOWLEDGED))
                .isTrue();
        assertThat(findings.resolve(user(Role.SECRETARIAT, "wego-secretariat"), first, DataFindings.Resolution.MERGED))
                .as("a second officer finds it decided")
                .isFalse();

        assertThatThrownBy(() -> findings.all(user(Role.REGIONAL_OFFICE, "ro-chengdu")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theExportIsUtf8WithABomForTheSecretariatOnly() {
        String csv = export.csv(user(Role.SECRETARIAT, "wego-secretariat"), Query.all(), Locale.KOREAN);
        assertThat(csv).startsWith("\uFEFF키,").contains("vn-hanoi").contains("하노이");
        assertThatThrownBy(() -> export.csv(user(Role.MEMBER_CITY, "vn-hanoi"), Query.all(), Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aMemberCityOpensAnotherMembersRegistryRecordButNotTheFindings() {
        DemoUser hanoi = DemoUser.named("hanoi.demo");
        var session = BrowserlessSignIn.newSession();
        session.open(url(""), hanoi.username(), hanoi.password());

        var nairobi = session.get(url("organisation/ke-nairobi"));
        assertThat(nairobi.status()).isEqualTo(200);
        assertThat(nairobi.body()).contains("Nairobi");
        assertThat(session.get(url("organisation/no-such-org")).status()).isEqualTo(404);
        assertThat(session.get(url("organisation/%3Cscript%3E")).status()).isIn(400, 404);
        assertThat(session.get(url("admin/data-quality")).status()).isEqualTo(403);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static SignedInUser user(Role role, String organisation) {
        return new SignedInUser(
                "u-" + role,
                "u-" + role,
                "Officer",
                "o@example.org",
                Set.of(role),
                OrganisationKey.of(organisation),
                Locale.ENGLISH);
    }
}
