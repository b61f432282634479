package org.wego.platform.organisations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.NewPartner;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugin.api.ui.InputErrors;

/**
 * The secretariat records a partner, an organisation WeGO works with that is not a member: its kind,
 * a name in English, Korean or both, a country only where it has one, a website. The registry checks
 * and audits it ({@link Registry#createPartner}); a refusal shows next to its field.
 */
class PartnerDialog extends Dialog {

    static final InputField KIND = InputField.of("kind");
    static final InputField NAME_EN = InputField.of("nameEn");
    static final InputField NAME_KO = InputField.of("nameKo");
    static final InputField COUNTRY = InputField.of("country");
    static final InputField WEBSITE = RegistryInput.WEBSITE;

    /** What the form holds until it is sent. */
    static final class Draft {
        private @Nullable PartnerKind kind;
        private String nameEn = "";
        private String nameKo = "";
        private String country = "";
        private String website = "";

        @Nullable
        PartnerKind getKind() {
            return kind;
        }

        void setKind(@Nullable PartnerKind value) {
            kind = value;
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

        String getCountry() {
            return country;
        }

        void setCountry(String value) {
            country = value;
        }

        String getWebsite() {
            return website;
        }

        void setWebsite(String value) {
            website = value;
        }

        NewPartner toPartner() {
            if (kind == null) {
                throw InvalidInputException.of(KIND, "registry.error.required");
            }
            return new NewPartner(
                    kind, blankAsNull(nameEn), blankAsNull(nameKo), blankAsNull(country), blankAsNull(website));
        }

        private static @Nullable String blankAsNull(String value) {
            return value.isBlank() ? null : value;
        }
    }

    PartnerDialog(Registry registry, Consumer<Organisation> onCreated) {
        setHeaderTitle(getTranslation("partner-form.title"));
        var binder = new Binder<Draft>();
        var errors = new InputErrors<>(binder);
        var kind = new ComboBox<PartnerKind>(getTranslation("organisations.partner-kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.partner-kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        errors.forField(kind, KIND).bind(Draft::getKind, Draft::setKind);
        var nameEn = text("partner-form.name-en", InputRules.MAX_NAME);
        errors.forField(nameEn, NAME_EN).bind(Draft::getNameEn, Draft::setNameEn);
        var nameKo = text("partner-form.name-ko", InputRules.MAX_NAME);
        errors.forField(nameKo, NAME_KO).bind(Draft::getNameKo, Draft::setNameKo);
        var country = text("partner-form.country", 2);
        country.setHelperText(getTranslation("partner-form.country.helper"));
        errors.forField(country, COUNTRY).bind(Draft::getCountry, Draft::setCountry);
        var website = text("registry.website", InputRules.MAX_URL);
        website.setHelperText(getTranslation("registry.website.helper"));
        errors.forField(website, WEBSITE).bind(Draft::getWebsite, Draft::setWebsite);
        var intro = getTranslation("partner-form.intro");
        var form = new FormLayout(kind, nameEn, nameKo, country, website);
        form.setMaxWidth("40rem");
        add(new com.vaadin.flow.component.html.Paragraph(intro), form);
        binder.setBean(new Draft());

        var save = new Button(getTranslation("partner-form.save"), e -> {
            errors.clear();
            try {
                Organisation created = registry.createPartner(binder.getBean().toPartner());
                close();
                Notification.show(getTranslation("partner-form.created", created.name(getLocale())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onCreated.accept(created);
            } catch (InvalidInputException refusal) {
                if (!errors.show(refusal)) {
                    Notification.show(errors.message(refusal)).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("registry.cancel"), e -> close()), save);
    }

    private TextField text(String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }
}
