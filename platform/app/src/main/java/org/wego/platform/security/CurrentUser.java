package org.wego.platform.security;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.SignedInUser;

/** The user of the current request or UI, as the platform sees them. */
@Component
public class CurrentUser {

    /** The signed-in platform user, or empty for a visitor who is anonymous or not let in. */
    public Optional<SignedInUser> get() {
        return Optional.ofNullable(PlatformUsers.from(authentication(), currentLocale()));
    }

    /** The signed-in platform user. @throws IllegalStateException if there is none */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in platform user"));
    }

    /** Why the signed-in person is not let in, or {@code null}. */
    public PlatformUsers.@Nullable Shortfall shortfall() {
        return PlatformUsers.shortfall(authentication());
    }

    private static @Nullable Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }
}
