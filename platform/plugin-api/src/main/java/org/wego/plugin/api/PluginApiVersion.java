package org.wego.plugin.api;

/**
 * The version of this plugin API, in semantic-versioning terms. A plugin names the range it was
 * built for in its manifest ({@code Plugin-Requires: >=1.0.0 & <2.0.0}); the platform refuses a
 * plugin whose range does not include this version, with the reason.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public final class PluginApiVersion {

    /** The API version of this platform. */
    public static final String CURRENT = "1.1.0";

    private PluginApiVersion() {}
}
