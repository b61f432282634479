package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm file's production settings, on the real Keycloak of the test stack: a one-time code
 * (TOTP) required of secretariat accounts, set up on Keycloak's own page and reset by an
 * administrator (audited); names editable by administrators only; e-mail changes only through
 * verification; common passwords refused; brute-force protection on. The dev stack binds Keycloak's
 * password-only browser flow for the demo accounts, so the production flow is reached here through a
 * throwaway client that overrides its browser flow with the realm's {@code wego browser}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRealmIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PRODUCTION_FLOW = "wego browser";
    private static final String CLIENT = "production-realm-it";
    private static final String REDIRECT = "http://localhost:1/callback";
    private static final String PASSWORD = "Tr1cky-Harbour-Lantern";
    private static final Pattern TOTP_KEY = Pattern.compile("id=\"kc-totp-secret-key\"[^>]*>\\s*([A-Z2-7 ]+)\\s*<");

    private final TestStack stack = TestStack.current();
    private final KeycloakRealmAdmin realm = stack.realmAdmin();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> users = new ArrayList<>();
    private String clientId = "";

    @BeforeAll
    void clientWithTheProductionFlow() {
        String flowId = "";
        for (JsonNode flow : realm.read("/authentication/flows")) {
            if (PRODUCTION_FLOW.equals(flow.get("alias").asString())) {
                flowId = flow.get("id").asString();
            }
        }
        assertThat(flowId)
                .as("the realm file defines the flow " + PRODUCTION_FLOW)
                .isNotEmpty();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", CLIENT);
        client.put("enabled", true);
        client.put("publicClient", false);
        client.put("secret", "production-realm-it-secret");
        client.put("standardFlowEnabled", true);
        client.put("redirectUris", List.of(REDIRECT));
        client.put("authenticationFlowBindingOverrides", Map.of("browser", flowId));
        clientId = realm.createClient(client);
    }

    @AfterAll
    void cleanUp() {
        users.forEach(realm::deleteUser);
        if (!clientId.isEmpty()) {
            realm.deleteClient(clientId);
        }
    }

    private String newUser(String role, String organisation) {
        String username = "realm-it-" + UUID.randomUUID().toString().substring(0, 8);
        users.add(realm.createUser(username, PASSWORD, List.of(role), organisation));
        return username;
    }

    @Test
    void theProductionFileRequiresTheFlowAndTheDevStackKeepsDemoLoginsPasswordOnly() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("deploy/keycloak/wego-realm.json"))) {
            dir = dir.getParent();
        }
        JsonNode file = JSON.readTree(Files.readString(dir.resolve("deploy/keycloak/wego-realm.json")));
        assertThat(file.get("browserFlow").asString()).isEqualTo(PRODUCTION_FLOW);
        JsonNode imported = realm.read("");
        assertThat(imported.get("browserFlow").asString()).as("dev stack").isEqualTo("browser");
        assertThat(imported.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(imported.get("adminEventsEnabled").asBoolean()).isTrue();
        assertThat(imported.get("verifyEmail").asBoolean()).isTrue();
    }

    @Test
    void aSecretariatAccountSetsUpATotpCodeAndCannotSignInWithoutIt() throws Exception {
        String username = newUser("secretariat", "wego-secretariat");
        String userId = realm.userId(username);

        // First sign-in: the password alone leads to Keycloak's authenticator set-up page.
        var session = BrowserlessSignIn.newSession();
        var setUp = signInWithPassword(session, username);
        assertThat(setUp.body()).as("TOTP set-up page").contains("kc-totp-settings-form");
        byte[] key = totpKey(session, setUp);
        var done = session.submitForm(
                setUp, "kc-totp-settings-form", Map.of("totp", code(key, Instant.now()), "userLabel", "phone"));
        assertThat(done.authorizationCode()).as(done.body()).isPresent();
        JsonNode otp = otpCredential(userId);
        assertThat(otp).as("an OTP credential is stored").isNotNull();

        // Next sign-in: the password is not enough, a wrong code is refused, the right one lets in.
        var next = BrowserlessSignIn.newSession();
        var codePage = signInWithPassword(next, username);
        assertThat(codePage.body()).contains("kc-otp-login-form");
        // Keycloak takes each code once: the set-up used this period's, so sign in with the next one
        // (the realm's look-around window is one period).
        String right = code(key, Instant.now().plusSeconds(30));
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        var refused = next.submitForm(codePage, "kc-otp-login-form", Map.of("otp", wrong));
        assertThat(refused.authorizationCode()).isEmpty();
        assertThat(refused.body()).contains("kc-otp-login-form");
        var admitted = next.submitForm(refused, "kc-otp-login-form", Map.of("otp", right));
        assertThat(admitted.authorizationCode()).as(admitted.body()).isPresent();

        // Lost authenticator: an administrator removes the credential, Keycloak records who did, and
        // the next sign-in asks for a new authenticator.
        String credentialId = otp.get("id").asString();
        var removed = realm.call("DELETE", "/users/" + userId + "/credentials/" + credentialId, null);
        assertThat(removed.statusCode()).isEqualTo(204);
        boolean audited = false;
        // Keycloak records a credential's removal as an ACTION on the user, with the administrator's id.
        for (JsonNode event : realm.read("/admin-events?resourceTypes=USER&max=100")) {
            audited |= event.path("resourcePath").asString().endsWith("/credentials/" + credentialId)
                    && !event.path("authDetails").path("userId").asString().isEmpty();
        }
        assertThat(audited).as("admin event for the reset").isTrue();
        var again = signInWithPassword(BrowserlessSignIn.newSession(), username);
        assertThat(again.body()).contains("kc-totp-settings-form");
    }

    @Test
    void otherAccountsSignInWithAPasswordUnlessTheySetUpACode() {
        String username = newUser("member-city", "vn-hanoi");
        var page = signInWithPassword(BrowserlessSignIn.newSession(), username);
        assertThat(page.authorizationCode()).as(page.body()).isPresent();
        JsonNode actions = realm.read("/authentication/required-actions/CONFIGURE_TOTP");
        assertThat(actions.get("enabled").asBoolean())
                .as("anyone may set up a code in the account console")
                .isTrue();
    }

    @Test
    void usersCannotChangeTheirOwnNamesOrTheirEmailWithoutVerification() throws Exception {
        String username = newUser("member-city", "vn-hanoi");
        String userId = realm.userId(username);
        String token = new AccessTokens(stack).forUser(username, PASSWORD);
        JsonNode me = JSON.readTree(account("GET", token, null).body());

        Map<String, Object> renamed = JSON.convertValue(me, Map.class);
        renamed.put("firstName", "Minji");
        renamed.put("lastName", "Park");
        var rename = account("POST", token, renamed);
        assertThat(rename.statusCode()).as(rename.body()).isEqualTo(400);
        assertThat(realm.user(userId).get("firstName").asString()).isEqualTo("Test");

        Map<String, Object> moved = JSON.convertValue(me, Map.class);
        moved.put("email", "someone.else@example.org");
        account("POST", token, moved);
        assertThat(realm.user(userId).get("email").asString())
                .as("the address changes only after the new one is verified (update-email action)")
                .isEqualTo(username + "@test.wego.example.org");
        assertThat(realm.read("/authentication/required-actions/UPDATE_EMAIL")
                        .get("enabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aCommonPasswordIsRefusedAndAnUncommonOneTaken() {
        String username = newUser("member-city", "vn-hanoi");
        String userId = realm.userId(username);
        for (String common : List.of("password123", "Qwertyuiop", "welcome2025")) {
            var refused = realm.call(
                    "PUT",
                    "/users/" + userId + "/reset-password",
                    Map.of("type", "password", "value", common, "temporary", false));
            assertThat(refused.statusCode()).as(common).isEqualTo(400);
            assertThat(refused.body()).as(common).contains("invalidPasswordBlacklistedMessage");
        }
        var taken = realm.call(
                "PUT",
                "/users/" + userId + "/reset-password",
                Map.of("type", "password", "value", "Lantern-Harbour-Tricky", "temporary", false));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(204);
    }

    private BrowserlessSignIn.Page signInWithPassword(BrowserlessSignIn session, String username) {
        var login = session.authorize(stack.oidcIssuer(), CLIENT, REDIRECT);
        return session.submitForm(
                login, "kc-form-login", Map.of("username", username, "password", PASSWORD, "credentialId", ""));
    }

    /** The key as Keycloak shows it for typing in by hand ("Unable to scan?"), Base32 in groups of four. */
    private static byte[] totpKey(BrowserlessSignIn session, BrowserlessSignIn.Page setUp) {
        Matcher manual = Pattern.compile("href=\"([^\"]*mode=manual[^\"]*)\"").matcher(setUp.body());
        assertThat(manual.find()).as("link to the manual key").isTrue();
        var page = session.get(setUp.uri().resolve(manual.group(1).replace("&amp;", "&")));
        Matcher key = TOTP_KEY.matcher(page.body());
        assertThat(key.find()).as(page.body()).isTrue();
        return new Base32().decode(key.group(1).replace(" ", ""));
    }

    private static String code(byte[] key, Instant at) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator();
        return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()), at);
    }

    private JsonNode otpCredential(String userId) {
        for (JsonNode credential : realm.read("/users/" + userId + "/credentials")) {
            if ("otp".equals(credential.get("type").asString())) {
                return credential;
            }
        }
        return null;
    }

    private HttpResponse<String> account(String method, String token, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.oidcIssuer() + "/account/"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
