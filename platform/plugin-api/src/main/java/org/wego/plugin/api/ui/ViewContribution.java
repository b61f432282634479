package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.Stability;

/**
 * A view reachable at a route path. The platform registers it at run time inside its shell and
 * checks {@link Access} on the server for every navigation; a view not contributed this way is not
 * reachable at all.
 *
 * <p>Views are built by the platform with their dependencies injected, so a view's constructor may
 * take the services its plugin defines.
 *
 * <p>Every view has a title (WCAG 2.4.2): the platform sets the browser's document title from {@code
 * titleKey}, translated into the user's language, as "{title} · WeGO Platform". A plugin whose view
 * has no title key, or one missing from its English or Korean bundle, is refused when it registers
 * its contributions. A view that implements Vaadin's {@code HasDynamicTitle} (to name the record it
 * shows, say) overrides the declared title while it is shown.
 *
 * @param path the route path without a leading slash; {@code ""} is the home page
 * @param viewClass the Vaadin component shown at the path; it must not carry {@code @Route}
 * @param access who may open it: deny by default, public only when declared so
 * @param titleKey the message key of the view's title, in the contributor's bundles (e.g. {@code
 *     training.programmes.title}); {@code null} only through the deprecated three-argument
 *     constructor, and then refused at registration
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record ViewContribution(
        String path,
        Class<? extends Component> viewClass,
        Access access,
        @Nullable String titleKey) {

    /**
     * A view with its title.
     *
     * @throws IllegalArgumentException if the path starts with a slash or the title key is blank
     */
    public ViewContribution {
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("Route paths have no leading slash: " + path);
        }
        if (titleKey != null && titleKey.isBlank()) {
            throw new IllegalArgumentException("The title key of view '" + path + "' is blank");
        }
    }

    /**
     * A view without a title: kept so that plugins built against API 1.0 still link, and refused at
     * registration with a reason that names the view.
     *
     * @deprecated every view needs a title; use {@link #ViewContribution(String, Class, Access,
     *     String)}
     */
    @Deprecated
    public ViewContribution(String path, Class<? extends Component> viewClass, Access access) {
        this(path, viewClass, access, null);
    }
}
