package org.wego.plugin.api;

import java.util.Locale;
import java.util.Set;

/**
 * The person using the platform right now, as the platform has verified them. Immutable: a plugin
 * may keep it for the duration of a request, never longer.
 *
 * @param id the identity provider's stable subject id
 * @param displayName the name to show, e.g. "Minji Park"
 * @param email the e-mail address the identity provider holds
 * @param roles the platform roles the user holds; never empty for a user the platform lets in
 * @param organisation the organisation the user acts for
 * @param locale the language the user has chosen for the platform
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record SignedInUser(
        String id, String displayName, String email, Set<Role> roles, OrganisationKey organisation, Locale locale) {

    public SignedInUser {
        roles = Set.copyOf(roles);
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
