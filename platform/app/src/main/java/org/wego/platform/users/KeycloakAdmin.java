package org.wego.platform.users;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The few calls of Keycloak's admin REST API the platform makes, signed in as the {@code wego-admin}
 * service account (client-credentials grant), which holds only the realm-management user rights.
 * Plain HTTP and the platform's own Jackson keep RESTEasy and a second Jackson off the class path.
 */
@Component
class KeycloakAdmin {

    /** Keycloak refused a user because one with the same username or e-mail exists. */
    static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final UserAdminSettings settings;
    private final String tokenUrl;
    private final String adminUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private @Nullable String token;
    private Instant tokenExpires = Instant.EPOCH;

    KeycloakAdmin(UserAdminSettings settings, @Value("${wego.oidc.issuer}") String issuer) {
        this.settings = settings;
        String realmUrl = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        // http://host/realms/wego → http://host/admin/realms/wego
        int realms = realmUrl.lastIndexOf("/realms/");
        this.adminUrl = realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
    }

    Optional<JsonNode> userByEmail(String email) {
        JsonNode found = JSON.readTree(send("GET", "/users?exact=true&email=" + encode(email), null));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    Optional<JsonNode> user(String id) {
        HttpResponse<String> response = exchange("GET", "/users/" + encode(id), null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        check("GET", "/users/{id}", response);
        return Optional.of(JSON.readTree(response.body()));
    }

    /** Users whose {@code org_id} attribute is the key. */
    List<JsonNode> usersOfOrganisation(String organisationKey) {
        return list("/users?briefRepresentation=false&max=1000&q=" + encode("org_id:" + organisationKey));
    }

    List<JsonNode> allUsers() {
        return list("/users?briefRepresentation=false&max=5000");
    }

    List<String> realmRoles(String userId) {
        List<String> names = new ArrayList<>();
        for (JsonNode role : list("/users/" + encode(userId) + "/role-mappings/realm")) {
            names.add(role.path("name").asString());
        }
        return names;
    }

    /** Creates the user and returns its id. @throws Conflict for a taken username or e-mail */
    String create(ObjectNode user) {
        HttpResponse<String> response = exchange("POST", "/users", JSON.writeValueAsString(user));
        if (response.statusCode() == 409) {
            throw new Conflict(response.body());
        }
        check("POST", "/users", response);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    void addRealmRole(String userId, String role) {
        String path = "/users/" + encode(userId) + "/role-mappings/realm";
        // The available roles are those this client may map: no realm-wide role listing right needed.
        for (JsonNode available : list(path + "/available")) {
            if (role.equals(available.path("name").asString())) {
                send("POST", path, JSON.writeValueAsString(List.of(available)));
                return;
            }
        }
        throw new IllegalStateException("realm role " + role + " does not exist or cannot be mapped");
    }

    void update(String userId, JsonNode user) {
        send("PUT", "/users/" + encode(userId), JSON.writeValueAsString(user));
    }

    /** Ends the user's sessions, so a deactivated user is out at once. */
    void logout(String userId) {
        send("POST", "/users/" + encode(userId) + "/logout", null);
    }

    /** Keycloak e-mails the user a link to perform the actions (e.g. set a password). */
    void executeActionsEmail(String userId, List<String> actions, Duration lifespan) {
        send(
                "PUT",
                "/users/" + encode(userId) + "/execute-actions-email?lifespan=" + lifespan.toSeconds(),
                JSON.writeValueAsString(actions));
    }

    void delete(String userId) {
        send("DELETE", "/users/" + encode(userId), null);
    }

    private List<JsonNode> list(String path) {
        List<JsonNode> result = new ArrayList<>();
        JSON.readTree(send("GET", path, null)).forEach(result::add);
        return result;
    }

    private String send(String method, String path, @Nullable String body) {
        HttpResponse<String> response = exchange(method, path, body);
        check(method, path, response);
        return response.body();
    }

    private static void check(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new UserAdministrationException("Keycloak answered " + response.statusCode() + " to " + method + " "
                    + path + ": " + response.body());
        }
    }

    private HttpResponse<String> exchange(String method, String path, @Nullable String body) {
        var request = HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return call(request);
    }

    private synchronized String token() {
        String current = token;
        if (current != null && Instant.now().isBefore(tokenExpires)) {
            return current;
        }
        if (settings.adminClientSecret().isBlank()) {
            throw new UserAdministrationException(
                    "WEGO_ADMIN_CLIENT_SECRET is not set: user administration needs the wego-admin client's secret");
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.adminClientId()) + "&client_secret="
                + encode(settings.adminClientSecret());
        var response = call(HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new UserAdministrationException("The wego-admin client could not sign in to Keycloak ("
                    + response.statusCode() + "): " + response.body());
        }
        JsonNode answer = JSON.readTree(response.body());
        String fresh = answer.path("access_token").asString();
        // Renew a little early so a token never expires on its way.
        tokenExpires =
                Instant.now().plusSeconds(Math.max(5, answer.path("expires_in").asLong(60) - 15));
        token = fresh;
        return fresh;
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UserAdministrationException("Keycloak is not reachable at " + request.uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserAdministrationException("interrupted while calling Keycloak");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
