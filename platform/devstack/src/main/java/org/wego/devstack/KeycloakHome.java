package org.wego.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A per-mode Keycloak home folder over the shared distribution. Keycloak keeps its H2 database, the
 * realm import folder, temporary files and transaction logs under {@code <home>/data}, with no
 * option to move them all; so each mode gets its own home: its own {@code bin} and {@code conf}
 * (small copies, because {@code kc.sh} finds its home from its own real path) and symbolic links to
 * the distribution's {@code lib}, {@code themes} and {@code providers}. Run and test Keycloaks can
 * therefore run together without sharing any data.
 */
final class KeycloakHome {

    static final List<String> COPIED = List.of("bin", "conf");
    static final List<String> LINKED = List.of("lib", "providers");

    /**
     * Where Keycloak's {@code passwordBlacklist(FILE)} policy reads its files, under the data folder;
     * the same folder name holds ours in {@code deploy/keycloak}.
     */
    static final String PASSWORD_DENYLISTS = "password-blacklists";

    private KeycloakHome() {}

    /**
     * Builds the home: copies of {@code bin} and {@code conf}, links to {@code lib} and {@code
     * providers}, and a {@code themes} folder holding links to the distribution's themes plus copies of
     * ours ({@code deploy/keycloak/themes}, if there is one), read by Keycloak at start without a rebuild.
     */
    static void prepare(Path dist, Path home, @Nullable Path ourThemes) throws IOException {
        Path themes = home.resolve("themes");
        KeycloakDistribution.deleteTree(themes);
        Files.createDirectories(themes);
        try (var entries = Files.list(dist.resolve("themes"))) {
            for (Path entry : entries.toList()) {
                Files.createSymbolicLink(themes.resolve(entry.getFileName().toString()), entry.toAbsolutePath());
            }
        }
        if (ourThemes != null && Files.isDirectory(ourThemes)) {
            copyTree(ourThemes, themes);
        }
        prepare(dist, home);
    }

    static void prepare(Path dist, Path home) throws IOException {
        Files.createDirectories(home);
        for (String name : COPIED) {
            Path target = home.resolve(name);
            KeycloakDistribution.deleteTree(target);
            copyTree(dist.resolve(name), target);
        }
        for (String name : LINKED) {
            Path link = home.resolve(name);
            KeycloakDistribution.deleteTree(link);
            Files.createSymbolicLink(link, dist.resolve(name).toAbsolutePath());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * Copies the realm's password denylists ({@code deploy/keycloak/password-blacklists}) where
     * Keycloak looks for them. Without the file the realm's password policy does not parse and the
     * import fails, so a missing folder is an error, not a skip.
     */
    static void placePasswordDenylists(Path home, @Nullable Path ours) throws IOException {
        if (ours == null) {
            return;
        }
        if (!Files.isDirectory(ours)) {
            throw new StackException("missing " + ours + ": the realm's password policy reads its denylist from there");
        }
        Path target = dataDir(home).resolve(PASSWORD_DENYLISTS);
        KeycloakDistribution.deleteTree(target);
        Files.createDirectories(target);
        copyTree(ours, target);
    }

    static Path dataDir(Path home) {
        return home.resolve("data");
    }

    static Path importDir(Path home) {
        return dataDir(home).resolve("import");
    }

    /** The dev-file database: deleting it makes the next start import the realm afresh. */
    static Path databaseDir(Path home) {
        return dataDir(home).resolve("h2");
    }
}
