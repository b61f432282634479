package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;

/**
 * A user cannot move themselves to another organisation: {@code org_id} is declared in the realm's
 * user profile as editable by administrators only, and Keycloak's account API must refuse a change.
 * Needs no platform, only the realm.
 */
class OrganisationClaimIT {

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

    private String userAccessToken() {
        return new AccessTokens(stack).forUser(username, "pw-" + username);
    }
}
