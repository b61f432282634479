package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.wego.plugin.api.Role;

/** A bearer token is the same platform user as a browser sign-in; a client's token is only its scopes. */
class BearerTokensTest {

    private static Jwt token(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void aPersonsTokenGivesTheSameUserAsTheirBrowserSignIn() {
        var authentication = new BearerTokens()
                .convert(token(Map.of(
                        "sub", "subject-1",
                        "name", "Nguyen Thi Lan",
                        "email", "lan@hanoi.example.org",
                        "preferred_username", "hanoi.demo",
                        "org_id", "vn-hanoi",
                        "scope", "openid profile email",
                        "realm_access", Map.of("roles", List.of("default-roles-wego", "member-city")))));

        var user = PlatformUsers.from(authentication, Locale.KOREAN);

        assertThat(user).isNotNull();
        assertThat(user.id()).isEqualTo("subject-1");
        assertThat(user.displayName()).isEqualTo("Nguyen Thi Lan");
        assertThat(user.roles()).containsExactly(Role.MEMBER_CITY);
        assertThat(user.organisation().value()).isEqualTo("vn-hanoi");
        assertThat(PlatformUsers.clientScopes(authentication))
                .as("a person is not a client")
                .isEmpty();
    }

    @Test
    void aClientsTokenIsNoUserButCarriesItsScopes() {
        var authentication = new BearerTokens()
                .convert(token(Map.of(
                        "sub",
                        "service-account-id",
                        "preferred_username",
                        "service-account-wego-integration",
                        "scope",
                        "profile email",
                        BearerTokens.PLATFORM_SCOPE_CLAIM,
                        "directory:read",
                        "realm_access",
                        Map.of("roles", List.of("default-roles-wego", "offline_access")))));

        assertThat(PlatformUsers.from(authentication, Locale.ENGLISH)).isNull();
        assertThat(PlatformUsers.clientScopes(authentication)).contains("directory:read", "profile");
    }

    @Test
    void aTokenWithARoleButNoOrganisationIsNeitherUserNorClient() {
        var authentication = new BearerTokens()
                .convert(token(Map.of(
                        "sub",
                        "x",
                        "realm_access",
                        Map.of("roles", List.of("secretariat")),
                        "wego_scope",
                        "directory:read")));

        assertThat(PlatformUsers.from(authentication, Locale.ENGLISH)).isNull();
        assertThat(PlatformUsers.shortfall(authentication)).isEqualTo(PlatformUsers.Shortfall.NO_ORGANISATION);
        assertThat(PlatformUsers.clientScopes(authentication)).isEmpty();
    }
}
