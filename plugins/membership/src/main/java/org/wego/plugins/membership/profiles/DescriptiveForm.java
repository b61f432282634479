package org.wego.plugins.membership.profiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugin.api.ui.TopicsField;

/**
 * The descriptive part of a profile (population, address, focus areas, languages, descriptions),
 * saved at once. Each component is bound through {@link Binder} with the {@link InputErrors} bridge,
 * keyed by the same {@code InputField} the service's checks refuse, so a refused value shows its
 * translated message next to its field; a refusal of the whole form (someone saved in between) shows
 * under it. The service saves all fields or none.
 */
final class DescriptiveForm extends Div {

    /** Sends the form's values to the service; throws its {@link InvalidInputException} on bad input. */
    @FunctionalInterface
    interface Save extends Serializable {
        void save(Descriptive input);
    }

    final BigDecimalField population = new BigDecimalField();
    final TextField address = new TextField();
    final TopicsField focus;
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionKo = new TextArea();
    final Paragraph message = ProfileView.notice("membership-descriptive-message", true);
    final Button save = new Button();
    private final Binder<Draft> binder = new Binder<>();
    final InputErrors<Draft> errors = new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
    private final Draft draft;
    private final Save saving;

    DescriptiveForm(Descriptive stored, TopicChoices topics, Save saving) {
        this.saving = saving;
        this.draft = Draft.of(stored);
        population.setLabel(getTranslation("membership.field.population"));
        address.setLabel(getTranslation("membership.field.address"));
        address.setMaxLength(ProfileInput.MAX_ADDRESS);
        // The platform's managed topics: the current ones, and retired ones this profile still names.
        focus = new TopicsField(topics, stored.focusAreas());
        focus.setLabel(getTranslation("membership.field.focus-areas"));
        languages.setLabel(getTranslation("membership.field.languages"));
        languages.setItems(Arrays.asList(Locale.getISOLanguages()));
        languages.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(getLocale()) + " (" + code + ")");
        descriptionEn.setLabel(getTranslation("membership.field.description-en"));
        descriptionKo.setLabel(getTranslation("membership.field.description-ko"));
        descriptionEn.setMaxLength(ProfileInput.MAX_DESCRIPTION);
        descriptionKo.setMaxLength(ProfileInput.MAX_DESCRIPTION);
        errors.forField(population, ProfileInput.POPULATION).bind(d -> d.population, (d, v) -> d.population = v);
        errors.forField(address, ProfileInput.ADDRESS).bind(d -> d.address, (d, v) -> d.address = v);
        errors.forField(focus, FocusAreas.INPUT).bind(d -> d.focusAreas, (d, v) -> d.focusAreas = v);
        errors.forField(languages, ProfileInput.LANGUAGES_INPUT).bind(d -> d.languages, (d, v) -> d.languages = v);
        errors.forField(descriptionEn, ProfileInput.DESCRIPTION_EN)
                .bind(d -> d.descriptionEn, (d, v) -> d.descriptionEn = v);
        errors.forField(descriptionKo, ProfileInput.DESCRIPTION_KO)
                .bind(d -> d.descriptionKo, (d, v) -> d.descriptionKo = v);
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(draft);
        save.setText(getTranslation("membership.profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("membership-save");
        save.addClickListener(click -> send());
        var form = new FormLayout(population, address, focus, languages, descriptionEn, descriptionKo);
        add(new H2(getTranslation("membership.profile.descriptive")), form, message, save);
        addClassName("membership-descriptive");
        getStyle().set("margin-top", "var(--lumo-space-xl)");
    }

    /** Sends the values; a refusal shows next to its field, or under the form when it concerns the whole. */
    void send() {
        errors.clear();
        message.setText("");
        // As typed: the service's checks decide, in the user's language.
        binder.writeBeanAsDraft(draft, true);
        try {
            saving.save(draft.descriptive());
        } catch (InvalidInputException refused) {
            if (!errors.show(refused)) {
                message.setText(errors.message(refused));
            }
        }
    }

    /** The values between the fields and the service's {@link Descriptive}. */
    static final class Draft implements Serializable {
        @Nullable
        BigDecimal population;

        String address = "";
        Set<String> focusAreas = Set.of();
        Set<String> languages = Set.of();
        String descriptionEn = "";
        String descriptionKo = "";

        static Draft of(Descriptive d) {
            var draft = new Draft();
            draft.population = d.population() == null ? null : BigDecimal.valueOf(d.population());
            draft.address = d.address() == null ? "" : d.address();
            draft.focusAreas = d.focusAreas();
            draft.languages = new LinkedHashSet<>(d.languages());
            draft.descriptionEn = d.descriptionEn() == null ? "" : d.descriptionEn();
            draft.descriptionKo = d.descriptionKo() == null ? "" : d.descriptionKo();
            return draft;
        }

        /** The values as the service takes them; a population that is no whole number is refused on its field. */
        Descriptive descriptive() {
            Long people;
            try {
                people = population == null ? null : population.longValueExact();
            } catch (ArithmeticException e) {
                throw InvalidInputException.of(
                        ProfileInput.POPULATION, "membership.invalid.population", ProfileInput.MAX_POPULATION);
            }
            return new Descriptive(
                    people, address, focusAreas, new ArrayList<>(languages), descriptionEn, descriptionKo);
        }
    }
}
