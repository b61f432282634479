package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** DOMAIN.md's scope rules: secretariat everything, a regional office its region, a member itself. */
class OrganisationScopeTest {

    private final Organisation hanoi = city("vn-hanoi", "ro-chengdu");
    private final Organisation nairobi = city("ke-nairobi", "ro-abuja");
    private final Organisation seoul = city("kr-seoul", null);

    @Test
    void theSecretariatSeesEveryOrganisation() {
        var secretariat = user(Role.SECRETARIAT, "wego-secretariat");
        assertThat(Organisations.isInScope(secretariat, hanoi)).isTrue();
        assertThat(Organisations.isInScope(secretariat, seoul)).isTrue();
    }

    @Test
    void aRegionalOfficeSeesItsRegionOnly() {
        var chengdu = user(Role.REGIONAL_OFFICE, "ro-chengdu");
        assertThat(Organisations.isInScope(chengdu, hanoi)).isTrue();
        assertThat(Organisations.isInScope(chengdu, nairobi)).isFalse();
        assertThat(Organisations.isInScope(chengdu, seoul))
                .as("Korea is served by the secretariat")
                .isFalse();
    }

    @Test
    void aMemberSeesItselfOnlyWhateverItsRegion() {
        var hanoiOfficial = user(Role.MEMBER_CITY, "vn-hanoi");
        assertThat(Organisations.isInScope(hanoiOfficial, hanoi)).isTrue();
        assertThat(Organisations.isInScope(hanoiOfficial, nairobi)).isFalse();
        // A member-city user whose organisation happens to be an office key gains nothing from it.
        assertThat(Organisations.isInScope(user(Role.MEMBER_CITY, "ro-chengdu"), hanoi))
                .isFalse();
    }

    @Test
    void anonymousVisitorsSeeNoPrivateData() {
        assertThat(Organisations.isInScope(null, hanoi)).isFalse();
    }

    @Test
    void applicantsAreSeenByTheSecretariatOnly() {
        Organisation applicant = city("vn-applicant", "ro-chengdu", MembershipStatus.APPLICANT);
        assertThat(Organisations.isVisibleTo(user(Role.SECRETARIAT, "wego-secretariat"), applicant))
                .isTrue();
        assertThat(Organisations.isVisibleTo(user(Role.REGIONAL_OFFICE, "ro-chengdu"), applicant))
                .as("not even its regional office")
                .isFalse();
        assertThat(Organisations.isVisibleTo(user(Role.MEMBER_CITY, "vn-applicant"), applicant))
                .isFalse();
        assertThat(Organisations.isVisibleTo(null, applicant)).isFalse();
        assertThat(Organisations.isVisibleTo(null, hanoi))
                .as("members are public")
                .isTrue();
    }

    private static Organisation city(String key, String office) {
        return city(key, office, MembershipStatus.MEMBER);
    }

    private static Organisation city(String key, String office, MembershipStatus status) {
        return new Organisation(
                1,
                OrganisationKey.of(key),
                OrganisationType.CITY,
                key,
                key,
                null,
                key.substring(0, 2).toUpperCase(Locale.ROOT),
                Continent.ASIA,
                false,
                office == null ? null : OrganisationKey.of(office),
                status,
                null,
                null,
                null,
                0);
    }

    private static SignedInUser user(Role role, String organisation) {
        return new SignedInUser(
                "u", "u", "U", "u@example.org", Set.of(role), OrganisationKey.of(organisation), Locale.ENGLISH);
    }
}
