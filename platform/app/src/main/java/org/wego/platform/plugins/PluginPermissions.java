package org.wego.platform.plugins;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The permissions plugins declared, with their roles; a permission nobody declared is held by nobody. */
@Component
class PluginPermissions implements Permissions {

    /**
     * The platform's own permissions, which plugins check before calling its services; consulted
     * first, so no plugin can redeclare them.
     */
    static final Map<String, Set<Role>> PLATFORM =
            Map.of(OrganisationRegistry.WRITE_PERMISSION, Set.of(Role.SECRETARIAT));

    private final Map<String, Map<String, Set<Role>>> byPlugin = new ConcurrentHashMap<>();

    void register(String pluginId, Map<String, Set<Role>> permissions) {
        byPlugin.put(pluginId, Map.copyOf(permissions));
    }

    void remove(String pluginId) {
        byPlugin.remove(pluginId);
    }

    @Override
    public boolean isAllowed(@Nullable SignedInUser user, String permission) {
        if (user == null) {
            return false;
        }
        Set<Role> platform = PLATFORM.get(permission);
        if (platform != null) {
            return user.hasAnyRole(platform);
        }
        int dot = permission.indexOf('.');
        var declared = dot < 0 ? null : byPlugin.get(permission.substring(0, dot));
        Set<Role> roles = declared == null ? null : declared.get(permission);
        return roles != null && user.hasAnyRole(roles);
    }
}
