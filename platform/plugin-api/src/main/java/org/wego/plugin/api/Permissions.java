package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * Permission checks for plugin services. Permissions are declared by plugins with their roles (see
 * {@link PluginContributions#permission}); a permission nobody declared is held by nobody.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface Permissions {

    /** Whether the user holds the permission; an anonymous visitor ({@code null}) holds none. */
    boolean isAllowed(@Nullable SignedInUser user, String permission);

    /**
     * Throws {@link PermissionDeniedException} unless the user holds the permission. Call it at the
     * top of every service method that changes data: the UI hiding a button is not a check.
     */
    default void require(@Nullable SignedInUser user, String permission) {
        if (!isAllowed(user, permission)) {
            throw new PermissionDeniedException(permission);
        }
    }
}
