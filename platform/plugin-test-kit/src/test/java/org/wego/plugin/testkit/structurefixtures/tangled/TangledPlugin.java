package org.wego.plugin.testkit.structurefixtures.tangled;

import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.WegoPlugin;

/** The root of the tangled tree. */
public class TangledPlugin implements WegoPlugin {

    @Override
    public void contribute(PluginContributions add) {}
}
