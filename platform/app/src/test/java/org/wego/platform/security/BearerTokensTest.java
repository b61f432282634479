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
        assertThat(user.username()).isEqualTo("hanoi.demo");
        assertThat(user.actorLabel()).isEqualTo("Nguyen Thi Lan (hanoi.demo, lan@hanoi.example.org)");
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

    private static final String ISSUER = "http://localhost:8181/realms/wego";
    private static final ApiTokenSettings SETTINGS =
            new ApiTokenSettings(List.of("wego-platform", "wego-integration"), "wego-platform");

    private static boolean accepted(Map<String, Object> changes) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of(
                "iss", ISSUER,
                "typ", "Bearer",
                "azp", "wego-platform",
                "aud", List.of("wego-platform", "account"),
                "sub", "subject-1"));
        claims.putAll(changes);
        claims.values().removeIf(value -> value.equals(""));
        return !BearerTokens.validator(ISSUER, SETTINGS).validate(token(claims)).hasErrors();
    }

    @Test
    void anAccessTokenOfOurClientsForThePlatformIsTaken() {
        assertThat(accepted(Map.of())).isTrue();
        assertThat(accepted(Map.of("azp", "wego-integration"))).isTrue();
        assertThat(accepted(Map.of("aud", List.of("wego-platform")))).isTrue();
    }

    @Test
    void anyOtherTokenOfTheRealmIsRefused() {
        assertThat(accepted(Map.of("typ", "ID"))).as("ID token").isFalse();
        assertThat(accepted(Map.of("typ", "Refresh"))).as("refresh token").isFalse();
        assertThat(accepted(Map.of("typ", ""))).as("no type").isFalse();
        assertThat(accepted(Map.of("azp", "admin-cli"))).as("admin-cli").isFalse();
        assertThat(accepted(Map.of("azp", ""))).as("no client").isFalse();
        assertThat(accepted(Map.of("azp", 42))).as("not a client name").isFalse();
        assertThat(accepted(Map.of("aud", List.of("account"))))
                .as("another audience")
                .isFalse();
        assertThat(accepted(Map.of("aud", ""))).as("no audience").isFalse();
        assertThat(accepted(Map.of("iss", "http://localhost:8181/realms/master")))
                .as("another realm")
                .isFalse();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Map<String, Object> claims =
                Map.of("iss", ISSUER, "typ", "Bearer", "azp", "wego-platform", "aud", List.of("wego-platform"));
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now().minusSeconds(600))
                .expiresAt(Instant.now().minusSeconds(300));
        claims.forEach(builder::claim);

        assertThat(BearerTokens.validator(ISSUER, SETTINGS)
                        .validate(builder.build())
                        .hasErrors())
                .isTrue();
    }

    @Test
    void theAllowListIsTrimmedAndMayNotBeEmpty() {
        assertThat(new ApiTokenSettings(List.of(" wego-platform ", ""), "wego-platform").clients())
                .containsExactly("wego-platform");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiTokenSettings(List.of(" "), "wego-platform"))
                .hasMessageContaining("WEGO_API_CLIENTS");
    }
}
