package org.wego.platform.organisations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.OrganisationType;

/**
 * The secretariat's form for an organisation's record: names, website, region and official contacts,
 * saved together or not at all. A concurrent change by someone else is shown, and the form reloads.
 */
class RecordEditor extends Dialog {

    private final Registry registry;
    private final Organisations organisations;
    private final Consumer<Organisation> onSaved;
    private final TextField nameEn = new TextField();
    private final TextField nameKo = new TextField();
    private final TextField nameLocal = new TextField();
    private final TextField website = new TextField();
    private final ComboBox<Organisation> region = new ComboBox<>();
    private final VerticalLayout contactRows = new VerticalLayout();
    private final List<ContactRow> contacts = new ArrayList<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private Organisation record;

    RecordEditor(Registry registry, Organisations organisations, Organisation record, Consumer<Organisation> onSaved) {
        this.registry = registry;
        this.organisations = organisations;
        this.onSaved = onSaved;
        this.record = record;
        setHeaderTitle(getTranslation("registry.edit.title", record.name(getLocale())));
        setWidth("min(56rem, 95vw)");
        nameEn.setLabel(getTranslation("organisations.name.en"));
        nameKo.setLabel(getTranslation("organisations.name.ko"));
        nameLocal.setLabel(getTranslation("registry.name.local"));
        website.setLabel(getTranslation("registry.website"));
        website.setHelperText(getTranslation("registry.website.helper"));
        region.setLabel(getTranslation("organisations.region"));
        region.setItems(organisations.search(new OrganisationDirectory.Query(
                null, OrganisationType.REGIONAL_OFFICE, null, null, null, null, 0, 50)));
        region.setItemLabelGenerator(o -> o.name(getLocale()));
        region.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("organisations.region.none"));
        for (var field : List.of(nameEn, nameKo, nameLocal, website)) {
            field.setMaxLength(OrganisationRegistry.MAX_NAME + 100);
            field.setWidthFull();
        }
        fields.putAll(Map.of("nameEn", nameEn, "nameKo", nameKo, "nameLocal", nameLocal, "website", website));
        var form = new FormLayout(nameEn, nameKo, nameLocal, website, region);
        var addContact = new Button(getTranslation("registry.contacts.add"), e -> addContact(null));
        contactRows.setPadding(false);
        add(form, new H3(getTranslation("registry.contacts")), contactRows, addContact);
        var save = new Button(getTranslation("registry.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("registry.cancel"), e -> close()), save);
        fill(record);
    }

    private void fill(Organisation current) {
        record = current;
        nameEn.setValue(current.nameEn());
        nameKo.setValue(current.nameKo());
        nameLocal.setValue(current.nameLocal() == null ? "" : current.nameLocal());
        website.setValue(current.website() == null ? "" : current.website());
        region.setValue(
                current.regionalOffice() == null
                        ? null
                        : organisations.byKey(current.regionalOffice()).orElse(null));
        contacts.clear();
        contactRows.removeAll();
        registry.contacts(current.key()).forEach(this::addContact);
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void addContact(@Nullable OrganisationContact contact) {
        var row = new ContactRow(contacts.size(), contact);
        contacts.add(row);
        contactRows.add(row);
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        contacts.forEach(ContactRow::clearErrors);
        try {
            Organisation saved = registry.edit(
                    record.key(),
                    record.version(),
                    new Registry.Edit(
                            nameEn.getValue(),
                            nameKo.getValue(),
                            nameLocal.getValue(),
                            website.getValue(),
                            region.getValue() == null ? null : region.getValue().key(),
                            contacts.stream()
                                    .filter(ContactRow::isPresent)
                                    .map(ContactRow::value)
                                    .toList()));
            close();
            Notification.show(getTranslation("registry.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            showError(e);
        } catch (Registry.ConcurrentEditException e) {
            fill(e.current());
            Notification.show(getTranslation("registry.concurrent"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void showError(InvalidInputException e) {
        String message = getTranslation(e.messageKey(), e.arguments().toArray());
        String field = e.field() == null ? "" : e.field();
        HasValidation target = fields.get(field);
        if (target == null && field.startsWith("contacts[")) {
            int index = Integer.parseInt(field.substring("contacts[".length(), field.indexOf(']')));
            List<ContactRow> present =
                    contacts.stream().filter(ContactRow::isPresent).toList();
            target = present.get(index).field(field.substring(field.indexOf("].") + 2));
        }
        if (target == null) {
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** One contact's fields; a row left entirely empty is dropped on save. */
    private final class ContactRow extends HorizontalLayout {
        private final TextField name = new TextField(getTranslation("registry.contact.name"));
        private final TextField role = new TextField(getTranslation("registry.contact.role"));
        private final EmailField email = new EmailField(getTranslation("registry.contact.email"));
        private final TextField phone = new TextField(getTranslation("registry.contact.phone"));

        ContactRow(int index, @Nullable OrganisationContact contact) {
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            if (contact != null) {
                name.setValue(contact.name());
                role.setValue(contact.role() == null ? "" : contact.role());
                email.setValue(contact.email() == null ? "" : contact.email());
                phone.setValue(contact.phone() == null ? "" : contact.phone());
            }
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                contacts.remove(this);
                contactRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("registry.contacts.remove") + " " + (index + 1));
            remove.setTooltipText(getTranslation("registry.contacts.remove"));
            add(name, role, email, phone, remove);
        }

        boolean isPresent() {
            return !(name.isEmpty() && role.isEmpty() && email.isEmpty() && phone.isEmpty());
        }

        OrganisationContact value() {
            return new OrganisationContact(name.getValue(), role.getValue(), email.getValue(), phone.getValue());
        }

        @Nullable
        HasValidation field(String property) {
            return switch (property) {
                case "name" -> name;
                case "role" -> role;
                case "email" -> email;
                case "phone" -> phone;
                default -> null;
            };
        }

        void clearErrors() {
            List.of(name, role, phone).forEach(f -> f.setInvalid(false));
            email.setInvalid(false);
        }
    }
}
