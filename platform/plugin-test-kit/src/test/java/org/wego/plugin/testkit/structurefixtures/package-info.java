/**
 * Plugin-like package trees that {@link org.wego.plugin.testkit.PluginStructureTest} must judge right:
 * {@code tidy} keeps the structure, {@code tangled} breaks it (a cycle between two features, a use of
 * another feature's internal sub-package).
 */
package org.wego.plugin.testkit.structurefixtures;
