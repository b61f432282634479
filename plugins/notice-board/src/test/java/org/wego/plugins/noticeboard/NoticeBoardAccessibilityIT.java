package org.wego.plugins.noticeboard;

import org.wego.plugin.testkit.PluginAccessibilityContract;

/** The kit's accessibility contract on the notice board: its one view, as every role, in both languages. */
class NoticeBoardAccessibilityIT extends PluginAccessibilityContract {}
