package org.wego.platform.plugins;

/** A plugin cannot be loaded, migrated or started, or an administration request cannot be carried out. */
public final class PluginException extends RuntimeException {

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
