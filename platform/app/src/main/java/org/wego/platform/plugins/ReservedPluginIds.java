package org.wego.platform.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plugin ids the platform keeps for itself. A plugin's id becomes its table prefix, its history table
 * ({@code {prefix}changelog}), the first segment of its pages ({@code /{id}/…}), of its REST endpoints
 * ({@code /api/v1/{id}}) and of its message keys and permissions ({@code {id}.…}); an id that names
 * something of the platform's would take over or shadow it. {@code PluginSigningIT} checks the
 * lists against the routes, endpoints and bundles of a running platform, so a new platform feature
 * that forgets to reserve its name fails the build.
 */
final class ReservedPluginIds {

    /** Why an id is reserved; each has its translated reason {@code plugins.refused.reserved.{name}}. */
    enum Collision {
        /** {@code platform}: the {@code platform_} tables, {@code platform_changelog}, {@code platform.*} permissions. */
        TABLES,
        /** The first segment of an address the platform serves (pages, API, files, sign-in, Vaadin, docs). */
        ADDRESSES,
        /** The first segment of the platform's own message keys: the plugin's texts would be shadowed. */
        MESSAGES
    }

    static final Set<String> TABLES = Set.of("platform");

    static final Set<String> ADDRESSES = Set.of(
            "account",
            "actuator",
            "admin",
            "api",
            "error",
            "files",
            "frontend",
            "icons",
            "images",
            "login",
            "logout",
            "notifications",
            "oauth2",
            "organisation",
            "organisations",
            "plugins",
            "requests",
            "sign-in-failed",
            "sign-in-unavailable",
            "styles",
            "swagger-ui",
            "v3",
            "vaadin",
            "verify",
            "webjars");

    static final Set<String> MESSAGES = Set.of(
            "access",
            "app",
            "approvals",
            "audit",
            "continent",
            "dates",
            "documents",
            "findings",
            "history",
            "home",
            "input",
            "nav",
            "outbox",
            "partner-form",
            "references",
            "registry",
            "role",
            "session",
            "shell",
            "signin",
            "spreadsheet",
            "system",
            "topics",
            "users",
            "web");

    private static final Map<String, Collision> RESERVED = Stream.of(
                    TABLES.stream().map(id -> Map.entry(id, Collision.TABLES)),
                    ADDRESSES.stream().map(id -> Map.entry(id, Collision.ADDRESSES)),
                    MESSAGES.stream().map(id -> Map.entry(id, Collision.MESSAGES)))
            .flatMap(s -> s)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    private ReservedPluginIds() {}

    /** What the id would collide with, or empty if a plugin may have it. */
    static Optional<Collision> collisionOf(String id) {
        return Optional.ofNullable(RESERVED.get(id.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The refusal of a reserved id, or empty. */
    static Optional<Reason> refusalOf(String id) {
        return collisionOf(id).map(collision -> switch (collision) {
            case TABLES -> Reason.of("plugins.refused.reserved.tables", id, "platform_");
            case ADDRESSES -> Reason.of("plugins.refused.reserved.addresses", id);
            case MESSAGES -> Reason.of("plugins.refused.reserved.messages", id);
        });
    }
}
