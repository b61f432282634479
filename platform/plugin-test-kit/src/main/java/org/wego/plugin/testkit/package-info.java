/**
 * The plugin test kit: {@link org.wego.plugin.testkit.WegoPluginTest} boots the platform with the
 * plugin under test on the test stack and hands the test a {@link org.wego.plugin.testkit.RunningPlatform};
 * {@link org.wego.plugin.testkit.PluginArchitectureTest} runs in every plugin module.
 */
@NullMarked
package org.wego.plugin.testkit;

import org.jspecify.annotations.NullMarked;
