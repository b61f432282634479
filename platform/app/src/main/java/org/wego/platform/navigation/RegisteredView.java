package org.wego.platform.navigation;

import org.wego.plugin.api.ui.ViewContribution;

/**
 * A view in the registry with the contributor it came from.
 *
 * @param owner {@code platform} or a plugin id
 * @param view what was contributed
 */
public record RegisteredView(String owner, ViewContribution view) {}
