package org.wego.plugin.api;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may reach a route, see a menu entry or a dashboard widget. Deny by default: an {@code Access}
 * that names no role and is not explicitly public lets nobody in.
 *
 * @param roles the roles allowed; a signed-in user needs at least one of them
 * @param isPublic whether anyone, signed in or not, is allowed (e.g. a public application form)
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record Access(Set<Role> roles, boolean isPublic) {

    public Access {
        roles = Set.copyOf(roles);
        if (isPublic && !roles.isEmpty()) {
            throw new IllegalArgumentException("Public access names no roles");
        }
    }

    /** Allows users holding at least one of the given roles. */
    public static Access forRoles(Role first, Role... more) {
        return new Access(EnumSet.of(first, more), false);
    }

    /** Allows every platform role. */
    public static Access forAllRoles() {
        return new Access(EnumSet.allOf(Role.class), false);
    }

    /** Allows anyone, anonymous visitors included. Declare it only for pages meant for the public. */
    public static Access publicAccess() {
        return new Access(Set.of(), true);
    }

    /** Allows nobody: what a contribution gets when it declares nothing. */
    public static Access nobody() {
        return new Access(Set.of(), false);
    }

    /**
     * Whether this access lets the user in.
     *
     * @param user the signed-in user, or {@code null} for an anonymous visitor
     */
    public boolean permits(@Nullable SignedInUser user) {
        return isPublic || (user != null && user.hasAnyRole(roles));
    }
}
