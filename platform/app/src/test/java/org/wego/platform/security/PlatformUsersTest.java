package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.plugin.api.Role;

class PlatformUsersTest {

    private static OAuth2AuthenticationToken signedIn(@Nullable String organisation, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "subject-1");
        claims.put("name", "Nguyen Thi Lan");
        claims.put("email", "lan.nguyen@hanoi.example.org");
        claims.put("preferred_username", "hanoi.demo");
        if (organisation != null) {
            claims.put("org_id", organisation);
        }
        var token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), claims);
        var authorities = java.util.Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        return new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token, "preferred_username"), authorities, "keycloak");
    }

    @Test
    void aMemberCityOfficialIsReadFromTheToken() {
        var user = PlatformUsers.from(signedIn("vn-hanoi", "member-city"), Locale.KOREAN);
        assertThat(user).isNotNull();
        assertThat(user.displayName()).isEqualTo("Nguyen Thi Lan");
        assertThat(user.organisation().value()).isEqualTo("vn-hanoi");
        assertThat(user.roles()).containsExactly(Role.MEMBER_CITY);
        assertThat(user.locale()).isEqualTo(Locale.KOREAN);
    }

    @Test
    void withoutARoleOrOrganisationNobodyIsAPlatformUser() {
        assertThat(PlatformUsers.from(signedIn("vn-hanoi"), Locale.ENGLISH)).isNull();
        assertThat(PlatformUsers.shortfall(signedIn("vn-hanoi"))).isEqualTo(PlatformUsers.Shortfall.NO_ROLE);
        assertThat(PlatformUsers.from(signedIn(null, "member-city"), Locale.ENGLISH))
                .isNull();
        assertThat(PlatformUsers.shortfall(signedIn(null, "member-city")))
                .isEqualTo(PlatformUsers.Shortfall.NO_ORGANISATION);
        assertThat(PlatformUsers.shortfall(signedIn("Not A Key", "member-city")))
                .isEqualTo(PlatformUsers.Shortfall.NO_ORGANISATION);
    }

    @Test
    void keycloaksOwnRolesAreIgnored() {
        assertThat(PlatformUsers.shortfall(signedIn("vn-hanoi", "offline_access", "uma_authorization")))
                .isEqualTo(PlatformUsers.Shortfall.NO_ROLE);
    }

    @Test
    void realmRolesAreReadFromTheNestedClaim() {
        assertThat(KeycloakUserService.realmRoles(Map.of("realm_access", Map.of("roles", List.of("secretariat", "x")))))
                .containsExactly("secretariat", "x");
        assertThat(KeycloakUserService.realmRoles(Map.of())).isEmpty();
    }

    @Test
    void anonymousVisitorsAreNoUsersAndHaveNoShortfall() {
        assertThat(PlatformUsers.from(null, Locale.ENGLISH)).isNull();
        assertThat(PlatformUsers.shortfall(null)).isNull();
    }
}
