package org.wego.plugins.membership.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.MembershipPlugin;

/** The directory's query checks and SQL, and who may export, without a database. */
class MemberDirectoryTest {

    static final SignedInUser HANOI = user(Role.MEMBER_CITY, OrganisationKey.of("vn-hanoi"));
    private static final SignedInUser SECRETARIAT = user(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"));

    static final Permissions DECLARED = (user, permission) -> user != null
            && user.hasRole(Role.SECRETARIAT)
            && (permission.equals(MembershipPlugin.DIRECTORY_EXPORT)
                    || permission.equals(MembershipPlugin.DIRECTORY_APPLICANTS));

    @Test
    void currentMembersByNameAreTheDefault() {
        DirectoryQuery query = DirectoryInput.checked(DirectoryQuery.members(), false);
        var filter = DirectoryInput.filter(query, null);

        assertThat(query.status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(filter.where()).isEqualTo("o.status = :status");
        assertThat(filter.parameters()).containsEntry("status", "MEMBER");
        assertThat(filter.join()).isEmpty();
        assertThat(DirectoryInput.orderBy(query, Locale.ENGLISH, "o")).isEqualTo(" ORDER BY o.name_en, o.id");
        assertThat(DirectoryInput.orderBy(query, Locale.KOREAN, "o")).isEqualTo(" ORDER BY o.name_ko, o.id");
    }

    @Test
    void missingMatchAndSortFallBackToContainsAndName() {
        var query = DirectoryInput.checked(
                new DirectoryQuery(" Seoul ", null, null, null, " kr ", null, null, null, null, null, false), false);

        assertThat(query.text()).isEqualTo("Seoul");
        assertThat(query.match()).isEqualTo(DirectoryQuery.TextMatch.CONTAINS);
        assertThat(query.sort()).isEqualTo(DirectorySort.NAME);
        assertThat(query.country()).isEqualTo("KR");
    }

    @Test
    void everyFilterIsABoundParameterAndTheTextMatchesLiterally() {
        var query = DirectoryInput.checked(
                new DirectoryQuery(
                        "50%_off\\",
                        DirectoryQuery.TextMatch.PREFIX,
                        OrganisationType.CITY,
                        Continent.ASIA,
                        "VN",
                        true,
                        OrganisationKey.of("ro-chengdu"),
                        "MOBILITY",
                        MembershipStatus.SUSPENDED,
                        DirectorySort.COUNTRY,
                        true),
                false);
        var filter = DirectoryInput.filter(query, 42L);

        assertThat(filter.parameters())
                .containsEntry("text", "50\\%\\_off\\\\%")
                .containsEntry("type", "CITY")
                .containsEntry("continent", "ASIA")
                .containsEntry("country", "VN")
                .containsEntry("capital", true)
                .containsEntry("office", 42L)
                .as("a name of the former fixed list is read as its topic code")
                .containsEntry("focus", "mobility")
                .containsEntry("status", "SUSPENDED");
        assertThat(filter.where())
                .contains("o.name_en LIKE :text OR o.name_ko LIKE :text OR o.name_local LIKE :text")
                .contains("o.regional_office_id = :office")
                .contains("FIND_IN_SET(:focus, f.focus_areas) > 0")
                .doesNotContain("50")
                .doesNotContain("VN");
        assertThat(filter.join()).contains("membership_profile f");
        assertThat(DirectoryInput.orderBy(query, Locale.KOREAN, "o"))
                .isEqualTo(" ORDER BY o.country DESC, o.name_ko DESC, o.id DESC");
        assertThat(DirectoryInput.pageSql(filter, query, Locale.ENGLISH, 0))
                .startsWith("SELECT o.id, o.org_key")
                .doesNotContain("page")
                .endsWith("LIMIT :limit OFFSET :offset");
        assertThat(DirectoryInput.pageSql(filter, query, Locale.ENGLISH, DirectoryInput.DEFERRED_FROM))
                .startsWith("SELECT o.id, o.org_key")
                .contains("FROM (SELECT o.id FROM platform_organisation_public o JOIN membership_profile f")
                .contains("LIMIT :limit OFFSET :offset) page JOIN platform_organisation_public o ON o.id = page.id")
                .doesNotContain("head_name, p.head_title, p.focus_areas FROM (SELECT o.id, o.org_key");
        assertThat(DirectoryInput.countSql(filter)).startsWith("SELECT COUNT(*) FROM platform_organisation_public o");

        var contains = DirectoryInput.checked(
                new DirectoryQuery(
                        "서울", DirectoryQuery.TextMatch.CONTAINS, null, null, null, null, null, null, null, null, false),
                false);
        assertThat(DirectoryInput.filter(contains, null).parameters()).containsEntry("text", "%서울%");
    }

    @Test
    void badOrForgedFilterValuesAreRefusedNamingTheField() {
        assertRefused(text("x".repeat(DirectoryInput.MAX_TEXT + 1)), "text", "input.invalid.too-long");
        assertRefused(text("Seo\u0000ul"), "text", "input.invalid.control");
        // Searched for as text: the value is a bound parameter.
        for (String text : new String[] {"<script>alert(1)</script>", "' OR '1'='1", "Seoul; DROP TABLE x"}) {
            assertThat(DirectoryInput.checked(text(text), false).text()).isEqualTo(text);
        }
        assertRefused(
                new DirectoryQuery(
                        null, null, OrganisationType.REGIONAL_OFFICE, null, null, null, null, null, null, null, false),
                "type",
                "membership.directory.invalid.type");
        for (String country : new String[] {"KOR", "K", "1'", "k r"}) {
            assertRefused(
                    new DirectoryQuery(null, null, null, null, country, null, null, null, null, null, false),
                    "country",
                    "membership.directory.invalid.country");
        }
        assertRefused(
                new DirectoryQuery(
                        null, null, null, null, null, null, null, null, MembershipStatus.PARTNER, null, false),
                "status",
                "membership.directory.invalid.status");
        var applicants = new DirectoryQuery(
                null, null, null, null, null, null, null, null, MembershipStatus.APPLICANT, null, false);
        assertThatThrownBy(() -> DirectoryInput.checked(applicants, false))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(DirectoryInput.checked(applicants, true).status()).isEqualTo(MembershipStatus.APPLICANT);
        assertThatThrownBy(() -> DirectoryInput.checkPage(-1, 10)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DirectoryInput.checkPage(0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DirectoryInput.checkPage(0, DirectoryInput.MAX_LIMIT + 1))
                .isInstanceOf(InvalidInputException.class);
        DirectoryInput.checkPage(250_000, DirectoryInput.MAX_LIMIT);
    }

    @Test
    void onlyTheSecretariatExportsAndAnonymousCallersSearchNothingCheckedBeforeAnyQuery() {
        // The unit-test context's database fails any use: these refusals happen before a query.
        var asMember = new MemberDirectory(UnitTestContext.of("membership", HANOI, DECLARED));
        assertThatThrownBy(() -> asMember.exportCsv(DirectoryQuery.members(), Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> asMember.exportXlsx(DirectoryQuery.members(), Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(asMember.mayExport(HANOI)).isFalse();
        assertThat(asMember.mayExport(SECRETARIAT)).isTrue();
        assertThatThrownBy(() -> asMember.search(text("<b>\u0000"), 0, 10, Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class);

        var anonymous = new MemberDirectory(UnitTestContext.of("membership", null, DECLARED));
        assertThatThrownBy(() -> anonymous.search(DirectoryQuery.members(), 0, 10, Locale.ENGLISH))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> anonymous.entry(1L)).isInstanceOf(PermissionDeniedException.class);
    }

    private static DirectoryQuery text(String text) {
        return new DirectoryQuery(
                text,
                DirectoryQuery.TextMatch.CONTAINS,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                DirectorySort.NAME,
                false);
    }

    private static void assertRefused(DirectoryQuery query, String field, String key) {
        assertThatThrownBy(() -> DirectoryInput.checked(query, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private static SignedInUser user(Role role, OrganisationKey organisation) {
        return new SignedInUser(
                role.claimValue() + "-1",
                role.claimValue() + "-1",
                "Test " + role.claimValue(),
                "test@example.org",
                Set.of(role),
                organisation,
                Locale.ENGLISH);
    }
}
