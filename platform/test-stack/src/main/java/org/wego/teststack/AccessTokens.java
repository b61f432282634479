package org.wego.teststack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the test stack's realm, for calling the platform's API as a script would: a
 * person's (signing in on Keycloak's real login page with the platform's client, then exchanging the
 * code) or a client's own (client credentials).
 */
public final class AccessTokens {

    /** The confidential client that scripts use to read the directory. */
    public static final String INTEGRATION_CLIENT = "wego-integration";

    private static final String REDIRECT = "http://localhost:1/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    public AccessTokens(TestStack stack) {
        this.stack = stack;
    }

    /** A token of a person, through the authorisation-code flow of the platform's client. */
    public String forUser(String username, String password) {
        return signIn(username, password).get("access_token").asString();
    }

    /**
     * Everything Keycloak answers to a person's sign-in with the platform's client (authorisation
     * code flow): {@code access_token}, {@code id_token}, {@code refresh_token}, ….
     */
    public JsonNode signIn(String username, String password) {
        String code = BrowserlessSignIn.newSession()
                .authorizationCode(stack.oidcIssuer(), stack.oidcClientId(), REDIRECT, username, password);
        return tokens(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                REDIRECT,
                "client_id",
                stack.oidcClientId(),
                "client_secret",
                stack.oidcClientSecret()));
    }

    /** A token of the integration client itself (client credentials, its secret read from the realm file). */
    public String forIntegrationClient() {
        return token(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                INTEGRATION_CLIENT,
                "client_secret",
                clientSecret(INTEGRATION_CLIENT)));
    }

    /** The secret of a confidential client in the checked-in realm file. */
    public static String clientSecret(String clientId) {
        var file = RepositoryFiles.find("deploy/keycloak/wego-realm.json");
        try {
            for (JsonNode client : JSON.readTree(Files.readString(file)).get("clients")) {
                if (clientId.equals(client.get("clientId").asString())) {
                    return client.get("secret").asString();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        throw new IllegalStateException("No client " + clientId + " in " + file);
    }

    /**
     * Posts a form to the realm's token endpoint as it is, e.g. a password grant that ought to be refused.
     *
     * @return the HTTP status and the answer's body
     */
    public HttpResponse<String> requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(stack.oidcIssuer() + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The access token of a successful token request. */
    public String token(Map<String, String> form) {
        return tokens(form).get("access_token").asString();
    }

    private JsonNode tokens(Map<String, String> form) {
        var response = requestToken(form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
