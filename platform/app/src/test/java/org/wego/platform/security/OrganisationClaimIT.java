package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user cannot move themselves to another organisation: {@code org_id} is declared in the realm's
 * user profile as editable by administrators only, and Keycloak's account API must refuse a change.
 * Needs no platform, only the realm.
 */
class OrganisationClaimIT {

    private static final String REDIRECT = "http://localhost:1/callback";

    private final TestStack stack = TestStack.current();
    private final KeycloakRealmAdmin admin = stack.realmAdmin();
    private final HttpClient http = HttpClient.newHttpClient();
    private String username = "";
    private String userId = "";

    @BeforeEach
    void createOfficial() {
        username = "orgclaim-" + UUID.randomUUID().toString().substring(0, 8);
        userId = admin.createUser(username, "pw-" + username, List.of("member-city"), "ke-nairobi");
    }

    @AfterEach
    void deleteOfficial() {
        admin.deleteUser(userId);
    }

    @Test
    void anOfficialCannotChangeTheirOwnOrganisation() throws Exception {
        String token = userAccessToken();
        String attempt = """
                {"username":"%s","email":"%s@test.wego.example.org","firstName":"Test","lastName":"%s",
                 "attributes":{"org_id":["vn-hanoi"]}}""".formatted(username, username, username);

        var response = http.send(
                HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/realms/wego/account/"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(attempt))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(admin.user(userId).get("attributes").get("org_id").get(0).asString())
                .isEqualTo("ke-nairobi");
    }

    private String userAccessToken() throws Exception {
        String code = BrowserlessSignIn.newSession()
                .authorizationCode(stack.oidcIssuer(), stack.oidcClientId(), REDIRECT, username, "pw-" + username);
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&client_id=" + stack.oidcClientId()
                + "&client_secret=" + stack.oidcClientSecret();
        var response = http.send(
                HttpRequest.newBuilder(URI.create(stack.oidcIssuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("access_token")
                .asString();
    }
}
