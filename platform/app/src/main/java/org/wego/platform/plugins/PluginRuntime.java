package org.wego.platform.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Service;

/**
 * The plugin runtime as the rest of the platform and the plugin test kit see it: what is installed,
 * and the administration's audited steps. A thin facade; the work is split by responsibility into
 * package-private parts: {@link PluginLifecycle} (start and stop with the platform; install, enable,
 * disable, upgrade, reinstall, uninstall, audited), {@link PluginFolder} (the jars on disk), {@link
 * PluginContextFactory} (a plugin's Spring context) and {@link PluginRegistrar} (its declarations in
 * the platform's registries).
 */
@Service
public class PluginRuntime {

    private final PluginLifecycle lifecycle;

    PluginRuntime(PluginLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Every installed plugin, in the order loaded. */
    public List<PluginStatus> plugins() {
        return lifecycle.plugins();
    }

    /** One plugin by id. */
    public Optional<PluginStatus> plugin(String id) {
        return lifecycle.plugin(id);
    }

    /**
     * Installs a plugin jar while the platform runs: copies it into the plugins folder, migrates and
     * starts it. A plugin that fails to start stays installed, marked failed with the reason.
     *
     * @throws PluginException if the jar is no plugin, is not signed by a trusted key, has a reserved
     *     id, or its id is installed already
     */
    public PluginStatus install(Path jar) {
        return lifecycle.install(jar);
    }

    /**
     * Whether a plugin with the jar's id is installed already.
     *
     * @throws PluginException if the jar is no plugin
     */
    public boolean isInstalled(Path jar) {
        return lifecycle.isInstalled(jar);
    }

    /** Stops a plugin and keeps it stopped across restarts; its data stays. */
    public PluginStatus disable(String id) {
        return lifecycle.disable(id);
    }

    /** Starts a disabled or failed plugin again (after its cause was fixed, e.g. the database). */
    public PluginStatus enable(String id) {
        return lifecycle.enable(id);
    }

    /**
     * Replaces an installed plugin by a newer version of it: stops the old one, applies the new
     * version's changelog (only its new change sets run) and starts it.
     *
     * @throws PluginException if no plugin with that id is installed, the jar is not newer, or it is
     *     not signed by a trusted key
     */
    public PluginStatus upgrade(Path jar) {
        return lifecycle.upgrade(jar);
    }

    /**
     * The development loop ({@link PluginFolderWatch}): a rebuilt jar replaces the running plugin of its id
     * through the steps and the audit record of {@link #upgrade}, but may keep the version (a rebuilt
     * snapshot). The replaced jar's file in the plugins folder takes the new content, so the folder keeps
     * one jar per plugin. A jar of an id not installed is installed.
     *
     * @throws PluginException if the jar is no plugin or is not signed by a trusted key
     */
    public PluginStatus reinstall(Path jar) {
        return lifecycle.reinstall(jar);
    }

    /**
     * Removes a plugin: its views, menus, jobs and permissions go at once, its jar is deleted and its
     * class loader released. With {@code dropData} its tables go too; otherwise they stay for a later
     * reinstall.
     */
    public void uninstall(String id, boolean dropData) {
        lifecycle.uninstall(id, dropData);
    }

    /**
     * A static resource of a running plugin: a file under {@code public/} in its own jar (never one of
     * the platform's or another plugin's, though its class loader could see those).
     */
    Optional<java.net.URL> publicResource(String id, String path) {
        return lifecycle.publicResource(id, path);
    }

    /**
     * The Spring context of a started plugin: for the plugin test kit, which calls a plugin's beans
     * the way its views do. Nothing in the platform reaches into a plugin through it.
     */
    public Optional<ConfigurableApplicationContext> contextOf(String id) {
        return lifecycle.contextOf(id);
    }

    /** The class loader of a running plugin (tests check it is released after uninstall). */
    Optional<ClassLoader> loaderOf(String id) {
        return lifecycle.loaderOf(id);
    }

    /** The job ids registered now (for the administration and tests). */
    public List<String> registeredJobs() {
        return lifecycle.registeredJobs();
    }
}
