/**
 * The plugin runtime: finds plugin jars (PF4J), checks them against the plugin API version, applies
 * their Liquibase changelogs into their own history tables, starts each in its own Spring context
 * parented to a context that holds only the plugin-API services, and registers what they contribute
 * (views, menus, widgets, permissions, jobs, messages, static resources). Install, enable, disable,
 * upgrade and uninstall work while the platform runs; a plugin that fails is marked failed with its
 * reason and harms nothing else.
 *
 * <p>The parts, each package-private with a small surface: {@code PluginFolder} (the jars on disk:
 * describe, list, copy, delete), {@code PluginContextFactory} (a plugin's Spring context and its scoped
 * services), {@code PluginRegistrar} (its declarations into the platform's registries and out again)
 * and {@code PluginLifecycle} (start and stop with the platform; install, enable, disable, upgrade,
 * reinstall, uninstall, each audited). {@link org.wego.platform.plugins.PluginRuntime} is the public
 * facade the administration, the folder watch and the plugin test kit call.
 */
@NullMarked
package org.wego.platform.plugins;

import org.jspecify.annotations.NullMarked;
