package org.wego.platform.account;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.wego.platform.preferences.UserPreferences;
import org.wego.platform.security.CurrentUser;
import org.wego.platform.security.IdentityProvider;
import org.wego.plugin.api.SignedInUser;

/**
 * Shows the account as the platform received it from Keycloak, and the time zone the user chose. The
 * account itself is not editable here on purpose: names and e-mail are kept in Keycloak (its account
 * console), the organisation and roles only by the secretariat.
 */
public class AccountView extends VerticalLayout {

    AccountView(CurrentUser currentUser, IdentityProvider identityProvider, UserPreferences zones) {
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("account.title")));

        var form = new FormLayout();
        form.add(
                readOnly("account.name", user.displayName()),
                readOnly("account.email", user.email()),
                readOnly("account.organisation", user.organisation().value()),
                readOnly(
                        "account.roles",
                        user.roles().stream()
                                .map(role -> getTranslation("role." + role.claimValue()))
                                .sorted()
                                .collect(Collectors.joining(", "))));
        add(form, timeZone(user, zones), new Paragraph(getTranslation("account.managed")));

        var console = new Anchor(identityProvider.accountConsoleUrl(), getTranslation("account.console"));
        console.setTarget("_blank");
        add(console);
    }

    /** The user's time zone, beside the language: times in the platform are shown in it. */
    private ComboBox<String> timeZone(SignedInUser user, UserPreferences zones) {
        var field = new ComboBox<String>(getTranslation("account.time-zone"));
        field.setId("account-time-zone");
        field.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted()
                .toList());
        field.setValue(zones.of(user.id()).getId());
        field.setHelperText(
                getTranslation("account.time-zone.help", zones.platformZone().getId()));
        field.setWidth("22em");
        field.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                zones.chooseTimeZone(user.id(), ZoneId.of(event.getValue()));
                Notification.show(getTranslation("account.time-zone.saved", event.getValue()));
            }
        });
        return field;
    }

    private TextField readOnly(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
