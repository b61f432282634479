package org.wego.platform.plugins;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * The runtime's operations as the secretariat performs them: every call checks the caller's role
 * here, on the server, whatever screen or endpoint calls it.
 */
@Service
public class PluginAdministration {

    private final PluginRuntime runtime;
    private final PluginTrust trust;

    PluginAdministration(PluginRuntime runtime, PluginTrust trust) {
        this.runtime = runtime;
        this.trust = trust;
    }

    /** Which keys the platform trusts to sign plugins, or why it can run none (no trust store). */
    Reason trust(SignedInUser user) {
        user.requireRole(Role.SECRETARIAT, "platform.plugins.administer");
        return trust.status();
    }

    public List<PluginStatus> plugins(SignedInUser user) {
        user.requireRole(Role.SECRETARIAT, "platform.plugins.administer");
        return runtime.plugins();
    }

    /** Installs a new plugin, or upgrades the installed one with the same id. */
    public PluginStatus installOrUpgrade(SignedInUser user, Path jar) {
        user.requireRole(Role.SECRETARIAT, "platform.plugins.administer");
        return runtime.isInstalled(jar) ? runtime.upgrade(jar) : runtime.install(jar);
    }

    public PluginStatus enable(SignedInUser user, String id) {
        user.requireRole(Role.SECRETARIAT, "platform.plugins.administer");
        return runtime.enable(id);
    }

    public PluginStatus disable(SignedInUser user, String id) {
        user.requireRole(Role.SECRETARIAT, "platform.plugins.administer");
        return runtime.disable(id);
    }

    public void uninstall(SignedInUser user, String id, boolean dropData) {
        user.requireRole(Role.SECRETARIAT, "platform.plugins.administer");
        runtime.uninstall(id, dropData);
    }
}
