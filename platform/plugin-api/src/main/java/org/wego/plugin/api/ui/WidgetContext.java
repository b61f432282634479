package org.wego.plugin.api.ui;

import org.wego.plugin.api.Messages;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Stability;

/**
 * What a dashboard widget knows when it renders: who is looking and in which language. New fields
 * may be added in minor versions, which is why widgets take a context rather than parameters.
 *
 * @param user the signed-in user the dashboard is shown to
 * @param messages the texts in the user's language
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record WidgetContext(SignedInUser user, Messages messages) {}
