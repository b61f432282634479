package org.wego.platform.navigation;

import java.util.List;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.plugin.api.ui.WidgetContribution;

/**
 * Everything one contributor (the platform itself, or one plugin) adds to the user interface.
 *
 * @param owner who contributes: {@code platform} or a plugin id
 * @param views the views it makes reachable
 * @param menuEntries its side-navigation entries
 * @param widgets its dashboard cards
 */
public record Contributions(
        String owner, List<ViewContribution> views, List<MenuEntry> menuEntries, List<WidgetContribution> widgets) {

    public Contributions {
        views = List.copyOf(views);
        menuEntries = List.copyOf(menuEntries);
        widgets = List.copyOf(widgets);
    }
}
