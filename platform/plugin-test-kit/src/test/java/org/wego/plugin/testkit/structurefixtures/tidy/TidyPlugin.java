package org.wego.plugin.testkit.structurefixtures.tidy;

import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.WegoPlugin;
import org.wego.plugin.testkit.structurefixtures.tidy.alpha.Alpha;

/** The root: the plugin class, which may use every feature's public types. */
public class TidyPlugin implements WegoPlugin {

    @Override
    public void contribute(PluginContributions add) {
        Alpha.name();
    }
}
