package org.wego.plugins.agreements;

import org.wego.plugin.testkit.PluginAccessibilityContract;

/** The kit's accessibility contract (axe in Chromium) on every page of the plugin, for every role. */
class AgreementsAccessibilityIT extends PluginAccessibilityContract {}
