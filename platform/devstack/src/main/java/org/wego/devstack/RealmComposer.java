package org.wego.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the realm that the dev stack imports: the production realm file plus the demo accounts,
 * with the SMTP server pointed at this mode's mail sink and the password-only browser flow. The production file stays free of users and
 * of development ports, so it can be imported into a real Keycloak as it is.
 */
final class RealmComposer {

    static final String REALM = "wego";

    /** Keycloak's built-in browser flow: password, then a one-time code only if the user has one. */
    static final String DEVELOPMENT_BROWSER_FLOW = "browser";

    private RealmComposer() {}

    static ObjectNode compose(JsonNode realm, JsonNode demoUsers, String smtpHost, int smtpPort) {
        if (!realm.isObject() || !REALM.equals(realm.path("realm").asText())) {
            throw new StackException("the realm file does not describe the realm '" + REALM + "'");
        }
        if (!demoUsers.isArray()) {
            throw new StackException("demo-users.json must be a JSON array of Keycloak users");
        }
        ObjectNode result = realm.deepCopy();

        ObjectNode smtp = result.has("smtpServer") && result.get("smtpServer").isObject()
                ? (ObjectNode) result.get("smtpServer")
                : result.putObject("smtpServer");
        // Keycloak keeps every SMTP setting as a string.
        smtp.put("host", smtpHost);
        smtp.put("port", Integer.toString(smtpPort));

        // Development signs in with a password only: the demo accounts (secretariat.demo included)
        // keep Keycloak's own browser flow, which asks for a one-time code only from users who set
        // one up. The production file binds the flow that requires one of the secretariat.
        result.put("browserFlow", DEVELOPMENT_BROWSER_FLOW);

        // A demo user replaces a user of the same name, so a realm file that ever gains users cannot
        // produce a duplicate that makes the import fail.
        Map<String, JsonNode> users = new LinkedHashMap<>();
        result.path("users").forEach(user -> users.put(username(user), user));
        demoUsers.forEach(user -> users.put(username(user), user.deepCopy()));
        ArrayNode merged = result.putArray("users");
        users.values().forEach(merged::add);
        return result;
    }

    private static String username(JsonNode user) {
        String name = user.path("username").asText("");
        if (name.isEmpty()) {
            throw new StackException("a user in the realm or demo-users.json has no username: " + user);
        }
        return name;
    }

    /** The secret of a confidential client, read from the realm so the two never disagree. */
    static String clientSecret(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                String secret = client.path("secret").asText("");
                if (secret.isEmpty()) {
                    throw new StackException("client '" + clientId + "' in the realm file has no secret");
                }
                return secret;
            }
        }
        throw new StackException("the realm file has no client '" + clientId + "'");
    }
}
