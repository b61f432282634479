package org.wego.platform.security;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wego.platform.i18n.Translations;
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

    /**
     * The scopes of an API client calling for itself (a bearer token without a platform role, e.g. the
     * integration client's {@code directory:read}); empty for people and visitors.
     */
    public Set<String> clientScopes() {
        return PlatformUsers.clientScopes(authentication());
    }

    /** Why the signed-in person is not let in, or {@code null}. */
    public PlatformUsers.@Nullable Shortfall shortfall() {
        return PlatformUsers.shortfall(authentication());
    }

    private static @Nullable Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    /** The UI's language; in an API request the one the caller asked for ({@code Accept-Language}). */
    private static Locale currentLocale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        Locale asked = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getLocale()
                : Locale.ENGLISH;
        return Translations.LANGUAGES.stream()
                .filter(language -> language.getLanguage().equals(asked.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
