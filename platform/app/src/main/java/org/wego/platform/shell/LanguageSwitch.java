package org.wego.platform.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Locale;
import org.wego.platform.i18n.Translations;
import org.wego.platform.preferences.UserPreferences;
import org.wego.platform.security.CurrentUser;

/**
 * English / 한국어. Each language is named in itself, so a user who cannot read the current one still
 * finds their own. The choice is stored per user and the page reloads in it.
 */
@SpringComponent
@UIScope
class LanguageSwitch extends Select<Locale> {

    LanguageSwitch(CurrentUser currentUser, UserPreferences preferences) {
        setItems(Translations.LANGUAGES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel(getTranslation("shell.language"));
        setTooltipText(getTranslation("shell.language"));
        addClassName("wego-language");
        setValue(UI.getCurrent().getLocale());
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            Locale chosen = preferences.chooseLanguage(currentUser.require().id(), event.getValue());
            VaadinSession.getCurrent().setLocale(chosen);
            UI.getCurrent().setLocale(chosen);
            UI.getCurrent().getPage().reload();
        });
    }
}
