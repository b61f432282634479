package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Component;
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
 * @param path the route path without a leading slash; {@code ""} is the home page
 * @param viewClass the Vaadin component shown at the path; it must not carry {@code @Route}
 * @param access who may open it: deny by default, public only when declared so
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record ViewContribution(String path, Class<? extends Component> viewClass, Access access) {

    public ViewContribution {
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("Route paths have no leading slash: " + path);
        }
    }
}
