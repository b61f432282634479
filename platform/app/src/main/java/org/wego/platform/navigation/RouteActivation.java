package org.wego.platform.navigation;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

/**
 * Makes registered views reachable: Vaadin learns every route from the registry, never from
 * {@code @Route} annotations, so contributions from the platform and from plugins are treated alike.
 * Signed-in views open inside the shell; public views in a plain frame (a landmark and the title).
 */
@Component
class RouteActivation implements VaadinServiceInitListener {

    private final NavigationRegistry registry;
    private final Class<? extends RouterLayout> shell;
    private final Class<? extends RouterLayout> publicFrame;

    RouteActivation(NavigationRegistry registry, ShellLayout shell) {
        this.registry = registry;
        this.shell = shell.layoutClass();
        this.publicFrame = shell.publicLayoutClass();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Bound to the registry, not to the current request, so plugins can add routes from any thread later.
        var routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        registry.onRemoval(contributions -> contributions.views().forEach(view -> routes.removeRoute(view.path())));
        registry.forEachRegistration(contributions -> contributions.views().forEach(view -> {
            if (view.access().isPublic()) {
                routes.setRoute(view.path(), view.viewClass(), publicFrame);
            } else {
                routes.setRoute(view.path(), view.viewClass(), shell);
            }
        }));
    }
}
