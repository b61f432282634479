package org.wego.teststack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few administrator calls tests need on the {@code wego} realm, over Keycloak's admin REST API:
 * create a user with any roles and organisation (including none), read a user back, change its roles,
 * organisation or status, end its sessions, delete it; point a client's back-channel logout at a test's port.
 */
public final class KeycloakRealmAdmin {

    private static final String REALM = "wego";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String adminUser;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newHttpClient();

    KeycloakRealmAdmin(String baseUrl, String adminUser, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /**
     * Creates an enabled user with a verified e-mail and a permanent password.
     *
     * @param roles realm role names, possibly none
     * @param organisation the {@code org_id} attribute, or {@code null} for a user without one
     * @return the user's id
     */
    public String createUser(String username, String password, List<String> roles, @Nullable String organisation) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@test.wego.example.org");
        user.put("emailVerified", true);
        user.put("firstName", "Test");
        user.put("lastName", username);
        if (organisation != null) {
            user.put("attributes", Map.of("org_id", List.of(organisation)));
        }
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        var created = send("POST", "/users", JSON.writeValueAsString(user));
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (!roles.isEmpty()) {
            List<JsonNode> representations = new ArrayList<>();
            for (String role : roles) {
                representations.add(
                        JSON.readTree(send("GET", "/roles/" + role, null).body()));
            }
            send("POST", "/users/" + id + "/role-mappings/realm", JSON.writeValueAsString(representations));
        }
        return id;
    }

    /** The user's representation as Keycloak stores it, attributes included. */
    public JsonNode user(String id) {
        return JSON.readTree(send("GET", "/users/" + id, null).body());
    }

    /** The id of the user with exactly this username. */
    public String userId(String username) {
        String query = "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        JsonNode found = JSON.readTree(send("GET", query, null).body());
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No user " + username + " in realm " + REALM);
        }
        return found.get(0).get("id").asString();
    }

    public void deleteUser(String id) {
        send("DELETE", "/users/" + id, null);
    }

    /**
     * Creates a client from its Keycloak representation (e.g. a throwaway client an attacker with
     * realm-admin rights could add).
     *
     * @return the client's internal id (not its {@code clientId})
     */
    public String createClient(Map<String, Object> representation) {
        var created = send("POST", "/clients", JSON.writeValueAsString(representation));
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The representation of the client with this {@code clientId}, internal {@code id} included. */
    public JsonNode client(String clientId) {
        String query = "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
        JsonNode found = JSON.readTree(send("GET", query, null).body());
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No client " + clientId + " in realm " + REALM);
        }
        return found.get(0);
    }

    /** Replaces a client's settings with the given representation (as read by {@link #client}). */
    public void updateClient(JsonNode representation) {
        send("PUT", "/clients/" + representation.get("id").asString(), JSON.writeValueAsString(representation));
    }

    public void deleteClient(String id) {
        send("DELETE", "/clients/" + id, null);
    }

    /** Ends every Keycloak session of the user, as the admin console's "Sign out all sessions" does. */
    public void logoutUser(String id) {
        send("POST", "/users/" + id + "/logout", null);
    }

    /** Enables or disables the user (without ending their sessions). */
    public void setEnabled(String id, boolean enabled) {
        var user = (tools.jackson.databind.node.ObjectNode) user(id);
        user.put("enabled", enabled);
        send("PUT", "/users/" + id, JSON.writeValueAsString(user));
    }

    /** Sets the user's {@code org_id} attribute. */
    public void setOrganisation(String id, String organisation) {
        var user = (tools.jackson.databind.node.ObjectNode) user(id);
        var attributes = user.has("attributes")
                ? (tools.jackson.databind.node.ObjectNode) user.get("attributes")
                : user.putObject("attributes");
        attributes.putArray("org_id").add(organisation);
        send("PUT", "/users/" + id, JSON.writeValueAsString(user));
    }

    /** Replaces one realm role of the user by another. */
    public void replaceRealmRole(String id, String removed, String added) {
        String gone = "[" + send("GET", "/roles/" + removed, null).body() + "]";
        send("DELETE", "/users/" + id + "/role-mappings/realm", gone);
        String given = "[" + send("GET", "/roles/" + added, null).body() + "]";
        send("POST", "/users/" + id + "/role-mappings/realm", given);
    }

    /**
     * Points a client's OIDC back-channel logout at a URL, with the session id required in the logout
     * token and front-channel logout off. A client has one such URL while each integration test boots
     * the platform on its own port: a test class sets it to its own.
     */
    public void setBackChannelLogoutUrl(String clientId, String url) {
        var client = (tools.jackson.databind.node.ObjectNode) client(clientId);
        client.put("frontchannelLogout", false);
        var attributes = client.has("attributes")
                ? (tools.jackson.databind.node.ObjectNode) client.get("attributes")
                : client.putObject("attributes");
        attributes.put("backchannel.logout.url", url);
        attributes.put("backchannel.logout.session.required", "true");
        send("PUT", "/clients/" + client.get("id").asString(), JSON.writeValueAsString(client));
    }

    /** A GET of any admin resource of the realm, e.g. {@code /admin-events} or {@code /authentication/flows}. */
    public JsonNode read(String path) {
        return JSON.readTree(send("GET", path, null).body());
    }

    /**
     * Any admin call on the realm, answered as it is (no exception for a 4xx), for tests that expect a
     * refusal.
     *
     * @param path below {@code /admin/realms/wego}, e.g. {@code /users/ID/reset-password}
     * @param body JSON, or {@code null}
     */
    public HttpResponse<String> call(String method, String path, @Nullable Object body) {
        return exchange(request(method, path, body == null ? null : JSON.writeValueAsString(body)));
    }

    private HttpResponse<String> send(String method, String path, @Nullable String body) {
        var response = exchange(request(method, path, body));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private HttpRequest request(String method, String path, @Nullable String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(adminUser, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        var response =
                exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin sign-in failed: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + baseUrl + " is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
