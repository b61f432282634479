package org.wego.platform.plugins;

/** Where a plugin stands. */
public enum PluginState {
    /** Running: its views, menus, jobs and permissions are registered. */
    STARTED,
    /** Installed but switched off by the secretariat; its data is kept. */
    DISABLED,
    /** Refused or broken: the reason says why; nothing of it is registered. */
    FAILED
}
