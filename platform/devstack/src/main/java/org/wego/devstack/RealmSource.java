package org.wego.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The realm and demo-user files, read from the repository at every start (not bundled into the jar),
 * so an edit to {@code deploy/keycloak} takes effect with the next {@code ./wego run} without a
 * rebuild.
 */
record RealmSource(Path realmFile, Path demoUsersFile) {

    static final String REALM_FILE = "wego-realm.json";
    static final String DEMO_USERS_FILE = "demo-users.json";

    static RealmSource locate(@Nullable Path explicitDir, Path workingDir, @Nullable Path jarDir) {
        List<Path> candidates = new ArrayList<>();
        if (explicitDir != null) {
            candidates.add(explicitDir);
        } else {
            candidates.add(workingDir.resolve("deploy/keycloak"));
            // The jar sits in platform/devstack/target: walk up to the repository root.
            for (Path dir = jarDir; dir != null; dir = dir.getParent()) {
                candidates.add(dir.resolve("deploy/keycloak"));
            }
        }
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(REALM_FILE))) {
                return new RealmSource(dir.resolve(REALM_FILE), dir.resolve(DEMO_USERS_FILE));
            }
        }
        throw new StackException("cannot find deploy/keycloak/" + REALM_FILE + " (looked in " + candidates
                + "): run from the repository root or pass --realm-dir=DIR");
    }

    JsonNode realm(ObjectMapper json) throws IOException {
        return json.readTree(realmFile.toFile());
    }

    JsonNode demoUsers(ObjectMapper json) throws IOException {
        if (!Files.isRegularFile(demoUsersFile)) {
            throw new StackException("missing " + demoUsersFile);
        }
        return json.readTree(demoUsersFile.toFile());
    }
}
