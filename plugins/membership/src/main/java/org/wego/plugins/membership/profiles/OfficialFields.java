package org.wego.plugins.membership.profiles;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.ui.InputErrors;

/**
 * The official fields of a change request: names, head and title bound through {@link Binder}, and
 * one line per official contact (name, role, e-mail, phone) whose fields show the refusals of that
 * contact ({@code contacts[i].email}), all through the {@link InputErrors} bridge keyed by the inputs
 * {@link ProfileInput} refuses. The logo and the send button stay with the page.
 */
final class OfficialFields extends Div {

    static final int CONTACT_ROWS = 3;
    private static final List<String> CONTACT_FIELDS = List.of("name", "role", "email", "phone");

    final TextField nameEn = new TextField();
    final TextField nameKo = new TextField();
    final TextField nameLocal = new TextField();
    final TextField headName = new TextField();
    final TextField headTitle = new TextField();
    final List<TextField[]> contacts = new ArrayList<>();
    private final Binder<Draft> binder = new Binder<>();
    final InputErrors<Draft> errors = new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
    private final Draft draft = new Draft();

    OfficialFields(Profile profile) {
        var org = profile.organisation();
        draft.nameEn = org.nameEn();
        draft.nameKo = org.nameKo();
        draft.nameLocal = orEmpty(org.nameLocal());
        draft.headName = orEmpty(profile.headName());
        draft.headTitle = orEmpty(profile.headTitle());
        bind(nameEn, "membership.field.name-en", ProfileInput.NAME_EN, d -> d.nameEn, (d, v) -> d.nameEn = v);
        bind(nameKo, "membership.field.name-ko", ProfileInput.NAME_KO, d -> d.nameKo, (d, v) -> d.nameKo = v);
        bind(
                nameLocal,
                "membership.field.name-local",
                ProfileInput.NAME_LOCAL,
                d -> d.nameLocal,
                (d, v) -> d.nameLocal = v);
        bind(headName, "membership.field.head", ProfileInput.HEAD_NAME, d -> d.headName, (d, v) -> d.headName = v);
        bind(
                headTitle,
                "membership.field.head-title",
                ProfileInput.HEAD_TITLE,
                d -> d.headTitle,
                (d, v) -> d.headTitle = v);
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(draft);
        // One official contact a line: name, role, e-mail, phone.
        var contactsForm = new FormLayout();
        contactsForm.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        contactsForm.addClassName("membership-contacts");
        for (int i = 0; i < Math.max(CONTACT_ROWS, profile.contacts().size()); i++) {
            OrganisationContact c =
                    i < profile.contacts().size() ? profile.contacts().get(i) : null;
            TextField[] row = {
                field("membership.field.contact-name", c == null ? null : c.name()),
                field("membership.field.contact-role", c == null ? null : c.role()),
                field("membership.field.contact-email", c == null ? null : c.email()),
                field("membership.field.contact-phone", c == null ? null : c.phone())
            };
            // The service names a contact by its line, empty lines included: every line is sent.
            for (int f = 0; f < row.length; f++) {
                errors.forComponent(row[f], ProfileInput.CONTACTS.item(i, CONTACT_FIELDS.get(f)));
            }
            contacts.add(row);
            contactsForm.add(row);
        }
        add(
                new FormLayout(nameEn, nameKo, nameLocal, headName, headTitle),
                new H3(getTranslation("membership.profile.contacts")),
                contactsForm);
    }

    /** The fields as the member typed them, every contact line included. */
    OfficialChange value() {
        errors.clear();
        binder.writeBeanAsDraft(draft, true);
        var typed = new ArrayList<OrganisationContact>();
        for (TextField[] row : contacts) {
            typed.add(new OrganisationContact(
                    row[0].getValue(), row[1].getValue(), row[2].getValue(), row[3].getValue()));
        }
        return new OfficialChange(draft.nameEn, draft.nameKo, draft.nameLocal, draft.headName, draft.headTitle, typed);
    }

    /** Shows a refusal next to its field; {@code false} when it concerns no field here. */
    boolean show(InvalidInputException refused) {
        return errors.show(refused);
    }

    private void bind(
            TextField component,
            String labelKey,
            org.wego.plugin.api.InputField input,
            com.vaadin.flow.function.ValueProvider<Draft, String> getter,
            com.vaadin.flow.data.binder.Setter<Draft, String> setter) {
        component.setLabel(getTranslation(labelKey));
        component.setMaxLength(ProfileInput.MAX_NAME);
        errors.forField(component, input).bind(getter, setter);
    }

    private TextField field(String labelKey, @Nullable String value) {
        var text = new TextField(getTranslation(labelKey));
        text.setValue(orEmpty(value));
        return text;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The names and head between the fields and the service's {@link OfficialChange}. */
    static final class Draft implements Serializable {
        String nameEn = "";
        String nameKo = "";
        String nameLocal = "";
        String headName = "";
        String headTitle = "";
    }
}
