package org.wego.plugin.api;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The person using the platform right now, as the platform has verified them. Immutable: a plugin
 * may keep it for the duration of a request, never longer.
 *
 * @param id the identity provider's stable subject id
 * @param username the account's login name, e.g. {@code secretariat.demo}; unlike the display name
 *     only an administrator can change it, so records of who acted show it beside the name (empty
 *     where the identity provider gave none)
 * @param displayName the name to show, e.g. "Minji Park"
 * @param email the e-mail address the identity provider holds
 * @param roles the platform roles the user holds; never empty for a user the platform lets in
 * @param organisation the organisation the user acts for
 * @param locale the language the user has chosen for the platform
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record SignedInUser(
        String id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        OrganisationKey organisation,
        Locale locale) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /**
     * The 1.0 form, without the username (left empty), kept so that plugins built against it still
     * load.
     *
     * @deprecated give the username: records of who acted show it
     */
    @Deprecated(since = "1.0")
    public SignedInUser(
            String id, String displayName, String email, Set<Role> roles, OrganisationKey organisation, Locale locale) {
        this(id, "", displayName, email, roles, organisation, locale);
    }

    /**
     * Who acted, as records show it: the display name with the username and e-mail, e.g. {@code Minji
     * Park (secretariat.demo, minji.park@example.org)}, so a renamed account cannot pass as someone
     * else.
     */
    @Stability(status = Stability.Status.STABLE, since = "1.0")
    public String actorLabel() {
        return actorLabel(displayName, username, email);
    }

    /**
     * The same label from stored parts, e.g. an audit entry's: the display name, then the username
     * and e-mail that are not empty, in brackets.
     */
    @Stability(status = Stability.Status.STABLE, since = "1.0")
    public static String actorLabel(String displayName, @Nullable String username, @Nullable String email) {
        String account = java.util.stream.Stream.of(username, email)
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        return account.isEmpty() ? displayName : displayName + " (" + account + ")";
    }

    /** Whether the user holds the role. */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * Throws {@link PermissionDeniedException} for {@code action} unless the user holds the role: the
     * server-side check at the top of a service method only one role may call.
     */
    public void requireRole(Role role, String action) {
        if (!hasRole(role)) {
            throw new PermissionDeniedException(action);
        }
    }

    /** Whether the user holds at least one of the roles. */
    public boolean hasAnyRole(Set<Role> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }
}
