package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Component;
import org.wego.plugin.api.Stability;

/**
 * Renders one card's content on the home dashboard. Called on the UI thread each time the dashboard
 * is opened; keep it quick and do any slow work in the plugin's services with their own caching.
 */
@FunctionalInterface
@Stability(status = Stability.Status.STABLE, since = "1.0")
public interface DashboardWidget {

    /** The card's content; the platform adds the card frame and the title. */
    Component render(WidgetContext context);
}
