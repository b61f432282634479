package org.wego.platform.users;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.wego.platform.i18n.Translations;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The invite form: problems the server finds are shown next to their fields; nothing is saved then. */
class InviteDialog extends Dialog {

    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<Role> role = new ComboBox<>();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final Paragraph error = new Paragraph();

    InviteDialog(
            UserAccounts accounts, SignedInUser inviter, List<Organisation> invitable, Consumer<UserAccount> invited) {
        setHeaderTitle(getTranslation("users.invite.title"));
        organisation.setLabel(getTranslation("users.organisation"));
        organisation.setItems(invitable);
        organisation.setItemLabelGenerator(o -> o.name(getLocale()));
        organisation.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("users.role"));
        role.setItems(UserAccounts.invitableRoles(inviter));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.claimValue()));
        role.setRequiredIndicatorVisible(true);
        if (UserAccounts.invitableRoles(inviter).size() == 1) {
            role.setValue(Role.MEMBER_CITY);
        }
        firstName.setLabel(getTranslation("users.first-name"));
        lastName.setLabel(getTranslation("users.last-name"));
        for (var field : List.of(firstName, lastName)) {
            field.setMaxLength(Invitation.MAX_NAME);
            field.setRequiredIndicatorVisible(true);
        }
        email.setLabel(getTranslation("users.email"));
        email.setMaxLength(Invitation.MAX_EMAIL);
        email.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("users.language"));
        language.setItems(Translations.LANGUAGES);
        language.setItemLabelGenerator(l -> getTranslation("users.language." + l.getLanguage()));
        language.setValue(Translations.LANGUAGES.contains(getLocale()) ? getLocale() : Locale.ENGLISH);
        error.addClassName("wego-error");
        error.setVisible(false);

        var form = new FormLayout(organisation, role, firstName, lastName, email, language);
        add(form, error);

        var send = new Button(getTranslation("users.invite.send"), e -> {
            clearErrors();
            try {
                UserAccount account = accounts.invite(
                        inviter,
                        new Invitation(
                                organisation.getValue() == null
                                        ? null
                                        : organisation.getValue().key(),
                                role.getValue(),
                                firstName.getValue(),
                                lastName.getValue(),
                                email.getValue(),
                                language.getValue() == null ? Locale.ENGLISH : language.getValue()));
                close();
                invited.accept(account);
            } catch (InvalidInputException problems) {
                show(problems.problems());
            } catch (PermissionDeniedException denied) {
                showError(getTranslation("users.error.not-allowed"));
            } catch (UserAdministrationException down) {
                showError(getTranslation("users.error.keycloak"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("users.cancel"), e -> close());
        getFooter().add(cancel, send);
    }

    private void show(List<InputProblem> problems) {
        Map<String, HasValidation> fields = Map.of(
                "organisation", organisation,
                "role", role,
                "firstName", firstName,
                "lastName", lastName,
                "email", email);
        for (InputProblem problem : problems) {
            String message =
                    getTranslation(problem.messageKey(), problem.arguments().toArray());
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                showError(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(organisation, role, firstName, lastName, email)) {
            field.setInvalid(false);
        }
        error.setVisible(false);
    }
}
