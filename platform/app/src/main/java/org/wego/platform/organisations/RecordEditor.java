package org.wego.platform.organisations;

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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.ui.InputErrors;

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
    private final Binder<Names> binder = new Binder<>();
    private final InputErrors<Names> errors = new InputErrors<>(binder);
    private Organisation record;
    private Names names = new Names();

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
        errors.forField(nameEn, RegistryInput.NAME_EN).bind(Names::getNameEn, Names::setNameEn);
        errors.forField(nameKo, RegistryInput.NAME_KO).bind(Names::getNameKo, Names::setNameKo);
        errors.forField(nameLocal, RegistryInput.NAME_LOCAL).bind(Names::getNameLocal, Names::setNameLocal);
        errors.forField(website, RegistryInput.WEBSITE).bind(Names::getWebsite, Names::setWebsite);
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
        errors.clear();
        names = Names.of(current);
        binder.readBean(names);
        region.setValue(
                current.regionalOffice() == null
                        ? null
                        : organisations.byKey(current.regionalOffice()).orElse(null));
        contacts.forEach(ContactRow::forget);
        contacts.clear();
        contactRows.removeAll();
        registry.contacts(current.key()).forEach(this::addContact);
    }

    private void addContact(@Nullable OrganisationContact contact) {
        var row = new ContactRow(contacts.size(), contact);
        contacts.add(row);
        contactRows.add(row);
    }

    private void save() {
        errors.clear();
        contacts.forEach(ContactRow::forget);
        List<ContactRow> present =
                contacts.stream().filter(ContactRow::isPresent).toList();
        // The service names a contact by its place among the rows sent, so the rows take those places.
        for (int i = 0; i < present.size(); i++) {
            present.get(i).bindAs(i);
        }
        // Into the names as read: the binder writes only the fields the user changed.
        binder.writeBeanIfValid(names);
        try {
            Organisation saved = registry.edit(
                    record.key(),
                    record.version(),
                    new Registry.Edit(
                            names.getNameEn(),
                            names.getNameKo(),
                            names.getNameLocal(),
                            names.getWebsite(),
                            region.getValue() == null ? null : region.getValue().key(),
                            present.stream().map(ContactRow::value).toList()));
            close();
            Notification.show(getTranslation("registry.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            if (!errors.show(e)) {
                Notification.show(errors.message(e)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        } catch (Registry.ConcurrentEditException e) {
            fill(e.current());
            Notification.show(getTranslation("registry.concurrent"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    /** One contact's fields; a row left entirely empty is dropped on save. */
    private final class ContactRow extends HorizontalLayout {
        private final TextField name = new TextField(getTranslation("registry.contact.name"));
        private final TextField role = new TextField(getTranslation("registry.contact.role"));
        // A text field: the browser's e-mail field refuses international addresses the platform accepts.
        private final TextField email = new TextField(getTranslation("registry.contact.email"));
        private final TextField phone = new TextField(getTranslation("registry.contact.phone"));
        private int bound = -1;

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
                forget();
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

        /** Shows the service's refusals of the {@code index}-th contact sent on this row's fields. */
        void bindAs(int index) {
            errors.forComponent(name, RegistryInput.CONTACTS.item(index, "name"));
            errors.forComponent(role, RegistryInput.CONTACTS.item(index, "role"));
            errors.forComponent(email, RegistryInput.CONTACTS.item(index, "email"));
            errors.forComponent(phone, RegistryInput.CONTACTS.item(index, "phone"));
            bound = index;
        }

        void forget() {
            if (bound >= 0) {
                for (String property : List.of("name", "role", "email", "phone")) {
                    errors.forget(RegistryInput.CONTACTS.item(bound, property));
                }
                bound = -1;
            }
        }
    }

    /** The names and website as the form holds them, between the fields and the service's {@link Registry.Edit}. */
    static final class Names {
        private String nameEn = "";
        private String nameKo = "";
        private String nameLocal = "";
        private String website = "";

        static Names of(Organisation record) {
            var names = new Names();
            names.nameEn = record.nameEn();
            names.nameKo = record.nameKo();
            names.nameLocal = record.nameLocal() == null ? "" : record.nameLocal();
            names.website = record.website() == null ? "" : record.website();
            return names;
        }

        String getNameEn() {
            return nameEn;
        }

        void setNameEn(String value) {
            nameEn = value;
        }

        String getNameKo() {
            return nameKo;
        }

        void setNameKo(String value) {
            nameKo = value;
        }

        String getNameLocal() {
            return nameLocal;
        }

        void setNameLocal(String value) {
            nameLocal = value;
        }

        String getWebsite() {
            return website;
        }

        void setWebsite(String value) {
            website = value;
        }
    }
}
