/**
 * The plugin runtime: finds plugin jars (PF4J), checks them against the plugin API version, applies
 * their Liquibase changelogs into their own history tables, starts each in its own Spring context
 * parented to a context that holds only the plugin-API services, and registers what they contribute
 * (views, menus, widgets, permissions, jobs, messages, static resources). Install, enable, disable,
 * upgrade and uninstall work while the platform runs; a plugin that fails is marked failed with its
 * reason and harms nothing else.
 */
@NullMarked
package org.wego.platform.plugins;

import org.jspecify.annotations.NullMarked;
