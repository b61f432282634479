package org.wego.plugins.membership;

import org.wego.plugin.testkit.PluginAccessibilityContract;

/** The kit's accessibility contract on every membership view, as each role that may open it, in both languages. */
class MembershipAccessibilityIT extends PluginAccessibilityContract {}
