package org.wego.teststack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A development account from {@code deploy/keycloak/demo-users.json}, the file the dev stack
 * imports: tests read the same file, so the accounts they sign in with are the documented ones.
 *
 * @param username the login name
 * @param password the development password
 * @param displayName first and last name
 * @param role the one realm role the account holds
 * @param organisation its {@code org_id}
 */
public record DemoUser(String username, String password, String displayName, String role, String organisation) {

    /** Every demo account, in file order. */
    public static List<DemoUser> all() {
        Path file = RepositoryFiles.find("deploy/keycloak/demo-users.json");
        try {
            JsonNode users = JsonMapper.builder().build().readTree(Files.readString(file));
            List<DemoUser> result = new ArrayList<>();
            for (JsonNode user : users) {
                result.add(new DemoUser(
                        user.get("username").asString(),
                        user.get("credentials").get(0).get("value").asString(),
                        user.get("firstName").asString() + " "
                                + user.get("lastName").asString(),
                        platformRole(user.get("realmRoles")),
                        user.get("attributes").get("org_id").get(0).asString()));
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    // The file also lists Keycloak's default-roles-wego; the account's platform role is the one that matters.
    private static String platformRole(JsonNode realmRoles) {
        for (JsonNode role : realmRoles) {
            String name = role.asString();
            if (PLATFORM_ROLES.contains(name)) {
                return name;
            }
        }
        throw new IllegalStateException("Demo user without a platform role: " + realmRoles);
    }

    private static final List<String> PLATFORM_ROLES = List.of("secretariat", "regional-office", "member-city");

    /** The demo account with this username. */
    public static DemoUser named(String username) {
        return all().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }
}
