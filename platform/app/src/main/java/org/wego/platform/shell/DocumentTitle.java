package org.wego.platform.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import org.jspecify.annotations.Nullable;
import org.wego.platform.navigation.NavigationRegistry;

/**
 * The document title of the view a layout shows, from the title key the view was registered with
 * (WCAG 2.4.2): "{title} · WeGO Platform" in the user's language. One wording for every view, the
 * platform's and the plugins'.
 */
final class DocumentTitle {

    private final NavigationRegistry registry;
    private @Nullable String titleKey;

    DocumentTitle(NavigationRegistry registry) {
        this.registry = registry;
    }

    /** Remembers the title key of the view about to be shown. */
    void showing(HasElement content) {
        titleKey = content.getElement()
                .getComponent()
                .map(Component::getClass)
                .flatMap(registry::titleKeyOf)
                .orElse(null);
    }

    /** The title in the layout's language; the application's name alone for a view with none. */
    String of(Component layout) {
        String application = layout.getTranslation("app.title");
        return titleKey == null ? application : layout.getTranslation(titleKey) + " · " + application;
    }
}
