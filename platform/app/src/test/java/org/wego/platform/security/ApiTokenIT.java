package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.DemoUser;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API takes only access tokens that the realm issued to the platform's own clients for the
 * platform. Every other token of the same realm, validly signed and unexpired, is a 401 problem
 * detail: the ID token of a person, a token of Keycloak's {@code admin-cli}, a token of a client
 * someone added to the realm, an expired token, a token for another audience. Each would read a
 * member city's contacts if it passed, so each carries that city's user and {@code org_id}.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTACTS = "/api/v1/organisations/by-key/vn-hanoi/contacts";

    /** Allowed by this test's allow-list, but its tokens name no platform audience. */
    private static final String NO_AUDIENCE_CLIENT = "api-token-it-no-audience";

    /** Allowed and meant for the platform, but its tokens live one second. */
    private static final String SHORT_LIVED_CLIENT = "api-token-it-short-lived";

    /** Meant for the platform in every way except that the platform does not know it. */
    private static final String FOREIGN_CLIENT = "api-token-it-foreign";

    private static final String SECRET = "api-token-it-secret";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, ApiTokenIT.class);
        registry.add(
                "wego.api.clients",
                () -> "wego-platform,wego-integration," + NO_AUDIENCE_CLIENT + "," + SHORT_LIVED_CLIENT);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final KeycloakRealmAdmin realm = TestStack.current().realmAdmin();
    private final AccessTokens tokens = new AccessTokens(TestStack.current());
    private final DemoUser hanoi = DemoUser.named("hanoi.demo");
    private final List<String> createdClients = new ArrayList<>();

    @BeforeAll
    void throwawayClients() {
        createdClients.add(realm.createClient(passwordClient(NO_AUDIENCE_CLIENT, false, null)));
        createdClients.add(realm.createClient(passwordClient(SHORT_LIVED_CLIENT, true, "1")));
        createdClients.add(realm.createClient(passwordClient(FOREIGN_CLIENT, true, null)));
    }

    @AfterAll
    void removeThrowawayClients() {
        createdClients.forEach(realm::deleteClient);
    }

    @Test
    void thePlatformsOwnAccessTokenAndTheIntegrationClientsTokenAreTaken() throws Exception {
        var access = get(CONTACTS, tokens.forUser(hanoi.username(), hanoi.password()));
        assertThat(access.statusCode()).as(access.body()).isEqualTo(200);

        var integration = get("/api/v1/organisations?size=1", tokens.forIntegrationClient());
        assertThat(integration.statusCode()).as(integration.body()).isEqualTo(200);
    }

    @Test
    void anIdTokenIsRefused() throws Exception {
        JsonNode signIn = tokens.signIn(hanoi.username(), hanoi.password());
        String idToken = signIn.get("id_token").asString();
        assertThat(claims(idToken).get("org_id").asString())
                .as("the ID token carries the user and organisation, so only its type tells it apart")
                .isEqualTo("vn-hanoi");

        assertRefused(get(CONTACTS, idToken));
    }

    @Test
    void adminCliCannotSignInToTheRealmAndItsTokensAreRefusedAnyway() throws Exception {
        var grant = tokens.requestToken(passwordGrant("admin-cli", null));
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(400);
        assertThat(JSON.readTree(grant.body()).get("error").asString()).isEqualTo("unauthorized_client");

        // Should an administrator turn the password grant back on, its tokens still do not pass.
        JsonNode adminCli = realm.client("admin-cli");
        ObjectNode reopened = ((ObjectNode) adminCli.deepCopy()).put("directAccessGrantsEnabled", true);
        realm.updateClient(reopened);
        try {
            String token = tokens.token(passwordGrant("admin-cli", null));
            assertThat(claims(token).get("azp").asString()).isEqualTo("admin-cli");
            assertRefused(get(CONTACTS, token));
        } finally {
            realm.updateClient(adminCli);
        }
        assertThat(realm.client("admin-cli").get("directAccessGrantsEnabled").asBoolean())
                .isFalse();
    }

    @Test
    void aTokenOfAnotherClientOfTheRealmIsRefused() throws Exception {
        String token = tokens.token(passwordGrant(FOREIGN_CLIENT, SECRET));
        JsonNode claims = claims(token);
        assertThat(claims.get("org_id").asString()).isEqualTo("vn-hanoi");
        assertThat(claims.get("typ").asString()).isEqualTo("Bearer");
        assertThat(audience(claims)).contains("wego-platform");

        assertRefused(get(CONTACTS, token));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        String token = tokens.token(passwordGrant(NO_AUDIENCE_CLIENT, SECRET));
        assertThat(audience(claims(token))).doesNotContain("wego-platform");

        assertRefused(get(CONTACTS, token));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = tokens.token(passwordGrant(SHORT_LIVED_CLIENT, SECRET));
        var fresh = get(CONTACTS, token);
        assertThat(fresh.statusCode())
                .as("the same token while it lives: only its age is wrong later")
                .isEqualTo(200);

        // Spring allows 60 s of clock skew past the expiry.
        Instant expiry = Instant.ofEpochSecond(claims(token).get("exp").asLong());
        Duration wait = Duration.between(Instant.now(), expiry.plusSeconds(62));
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }
        assertRefused(get(CONTACTS, token));
    }

    private void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(CONTACTS);
    }

    private Map<String, String> passwordGrant(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        if (secret != null) {
            form.put("client_secret", secret);
        }
        form.put("username", hanoi.username());
        form.put("password", hanoi.password());
        form.put("scope", "openid");
        return form;
    }

    /**
     * A confidential client with the password grant and the platform's organisation claim: its tokens
     * carry everything a platform token does, optionally the platform's audience.
     */
    private static Map<String, Object> passwordClient(String clientId, boolean platformAudience, String lifespan) {
        List<Map<String, Object>> mappers = new ArrayList<>();
        mappers.add(Map.of(
                "name", "organisation",
                "protocol", "openid-connect",
                "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config",
                        Map.of(
                                "user.attribute", "org_id",
                                "claim.name", "org_id",
                                "jsonType.label", "String",
                                "id.token.claim", "true",
                                "access.token.claim", "true")));
        if (platformAudience) {
            mappers.add(Map.of(
                    "name", "platform audience",
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", "wego-platform", "access.token.claim", "true")));
        }
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", false);
        client.put("secret", SECRET);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", true);
        client.put("protocolMappers", mappers);
        if (lifespan != null) {
            client.put("attributes", Map.of("access.token.lifespan", lifespan));
        }
        return client;
    }

    private static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> result = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> result.add(a.asString()));
        } else if (aud.isString()) {
            result.add(aud.asString());
        }
        return result;
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
