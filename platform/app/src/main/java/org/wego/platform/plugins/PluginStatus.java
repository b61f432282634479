package org.wego.platform.plugins;

import org.jspecify.annotations.Nullable;

/**
 * One installed plugin as the administration sees it.
 *
 * @param id the plugin id, e.g. {@code training}
 * @param version its version, e.g. {@code 1.2.0}
 * @param description what it does, from its manifest
 * @param state started, disabled or failed
 * @param reason why it failed, in words an administrator can act on; {@code null} unless failed
 */
public record PluginStatus(
        String id,
        String version,
        String description,
        PluginState state,
        @Nullable String reason) {}
