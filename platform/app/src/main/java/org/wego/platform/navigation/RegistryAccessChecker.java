package org.wego.platform.navigation;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.security.Principal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.SignedInUser;

/**
 * The server-side check on every navigation: the target must be a registered view and its declared
 * access must let the user in. Anything else is denied: unknown views, views that declare no role,
 * users without a role or an organisation.
 */
public final class RegistryAccessChecker implements NavigationAccessChecker {

    private final transient NavigationRegistry registry;
    private final transient Function<@Nullable Principal, @Nullable SignedInUser> users;

    /**
     * @param users turns the request's principal into the platform's user, or {@code null} for a
     *     visitor who is anonymous or lacks a role or organisation
     */
    public RegistryAccessChecker(
            NavigationRegistry registry, Function<@Nullable Principal, @Nullable SignedInUser> users) {
        this.registry = registry;
        this.users = users;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.isErrorHandling()) {
            // Error views say only that something is missing or denied; they reveal nothing.
            return context.allow();
        }
        Class<?> target = context.getNavigationTarget();
        var access = registry.accessOf(target);
        if (access.isEmpty()) {
            return context.deny(target.getName() + " is not a registered view");
        }
        SignedInUser user = users.apply(context.getPrincipal());
        return access.get().permits(user)
                ? context.allow()
                : context.deny("Access to " + context.getLocation().getPath() + " needs one of "
                        + access.get().roles());
    }
}
