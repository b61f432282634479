package org.wego.platform.account;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import org.wego.platform.security.CurrentUser;
import org.wego.platform.security.IdentityProvider;
import org.wego.plugin.api.SignedInUser;

/**
 * Shows the account as the platform received it from Keycloak. Nothing is editable here on purpose:
 * names and e-mail are kept in Keycloak (its account console), the organisation and roles only by
 * the secretariat.
 */
public class AccountView extends VerticalLayout {

    AccountView(CurrentUser currentUser, IdentityProvider identityProvider) {
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
        add(form, new Paragraph(getTranslation("account.managed")));

        var console = new Anchor(identityProvider.accountConsoleUrl(), getTranslation("account.console"));
        console.setTarget("_blank");
        add(console);
    }

    private TextField readOnly(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
