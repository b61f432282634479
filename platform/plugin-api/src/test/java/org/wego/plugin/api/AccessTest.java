package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {

    private static SignedInUser userWith(Role... roles) {
        return new SignedInUser(
                "id", "id", "Name", "a@b.org", Set.of(roles), OrganisationKey.of("vn-hanoi"), Locale.ENGLISH);
    }

    @Test
    void nobodyIsLetInByAnAccessThatNamesNothing() {
        assertThat(Access.nobody().permits(null)).isFalse();
        assertThat(Access.nobody().permits(userWith(Role.SECRETARIAT))).isFalse();
    }

    @Test
    void rolesMustMatchAndAnonymousVisitorsAreRefused() {
        var access = Access.forRoles(Role.SECRETARIAT, Role.REGIONAL_OFFICE);
        assertThat(access.permits(userWith(Role.REGIONAL_OFFICE))).isTrue();
        assertThat(access.permits(userWith(Role.MEMBER_CITY))).isFalse();
        assertThat(access.permits(userWith())).isFalse();
        assertThat(access.permits(null)).isFalse();
    }

    @Test
    void publicAccessLetsAnonymousVisitorsInAndNamesNoRoles() {
        assertThat(Access.publicAccess().permits(null)).isTrue();
        assertThatThrownBy(() -> new Access(Set.of(Role.SECRETARIAT), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void organisationKeysAreLowerCaseDashSeparated() {
        assertThat(OrganisationKey.of("ro-mexico-city").value()).isEqualTo("ro-mexico-city");
        assertThatThrownBy(() -> OrganisationKey.of("VN Hanoi")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrganisationKey.of("-hanoi")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesAreReadFromTheirRealmNamesOnly() {
        assertThat(Role.fromClaimValue("regional-office")).contains(Role.REGIONAL_OFFICE);
        assertThat(Role.fromClaimValue("offline_access")).isEmpty();
    }
}
