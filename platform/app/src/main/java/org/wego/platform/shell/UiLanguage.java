package org.wego.platform.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.wego.platform.i18n.Translations;
import org.wego.platform.preferences.UserPreferences;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.SignedInUser;

/** Opens every UI in the user's stored language, else in the browser's if supported, else English. */
@Component
class UiLanguage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserPreferences preferences;
    private final Translations translations;

    UiLanguage(CurrentUser currentUser, UserPreferences preferences, Translations translations) {
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale browser = VaadinSession.getCurrent().getBrowser().getLocale();
            Locale fallback = translations.supported(browser == null ? Locale.ENGLISH : browser);
            Locale language = currentUser
                    .get()
                    .map(SignedInUser::id)
                    .flatMap(preferences::language)
                    .orElse(fallback);
            init.getUI().setLocale(language);
            // Screen readers and the browser's line breaking follow the document language.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
        });
    }
}
