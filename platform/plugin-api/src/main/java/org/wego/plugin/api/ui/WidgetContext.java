package org.wego.plugin.api.ui;

import org.wego.plugin.api.Messages;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Stability;

/**
 * What a dashboard widget knows when it renders: who is looking and in which language. The platform
 * implements it; an interface rather than a record, so a minor version can add what a widget may
 * know without breaking a plugin that calls it.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public interface WidgetContext {

    /** The signed-in user the dashboard is shown to. */
    SignedInUser user();

    /** The texts in the user's language. */
    Messages messages();
}
