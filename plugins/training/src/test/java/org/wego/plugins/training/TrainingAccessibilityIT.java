package org.wego.plugins.training;

import org.wego.plugin.testkit.PluginAccessibilityContract;

/** The kit's accessibility contract on every training view, as each role that may open it, in both languages. */
class TrainingAccessibilityIT extends PluginAccessibilityContract {}
