package org.wego.plugins.training.programmes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;

/**
 * The secretariat's programme form: creates a programme, or edits one on the version it was loaded at
 * (a save by someone else meanwhile is refused and said so). Texts, dates, daily sessions, eligibility and
 * the statuses the rules allow from the current one. The server's refusals show next to their field.
 */
class ProgrammeForm extends VerticalLayout {

    private final Programmes programmes;
    private final Runnable saved;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final H2 heading = new H2();
    private final Paragraph problem = new Paragraph();
    private final TextField titleEn = field("titleEn", new TextField(getTranslation("training.field.title-en")));
    private final TextField titleKo = field("titleKo", new TextField(getTranslation("training.field.title-ko")));
    private final TextArea descriptionEn =
            field("descriptionEn", new TextArea(getTranslation("training.field.description-en")));
    private final TextArea descriptionKo =
            field("descriptionKo", new TextArea(getTranslation("training.field.description-ko")));
    private final TextField partner = field("partner", new TextField(getTranslation("training.field.partner")));
    private final ComboBox<ProgrammeMode> mode =
            field("mode", new ComboBox<ProgrammeMode>(getTranslation("training.field.mode")));
    private final TextField venue = field("venue", new TextField(getTranslation("training.field.venue")));
    private final TextField language = field("language", new TextField(getTranslation("training.field.language")));
    private final DatePicker start = field("startDate", new DatePicker(getTranslation("training.field.start")));
    private final DatePicker end = field("endDate", new DatePicker(getTranslation("training.field.end")));
    private final DatePicker deadline = field("deadline", new DatePicker(getTranslation("training.field.deadline")));
    private final IntegerField capacity =
            field("capacity", new IntegerField(getTranslation("training.field.capacity")));
    private final IntegerField quota = field("quota", new IntegerField(getTranslation("training.field.quota")));
    private final ComboBox<ProgrammeStatus> status =
            field("status", new ComboBox<ProgrammeStatus>(getTranslation("training.field.status")));
    private final MultiSelectComboBox<OrganisationType> memberTypes =
            field("eligibility", new MultiSelectComboBox<>(getTranslation("training.programme.eligible-types")));
    private final MultiSelectComboBox<Continent> continents =
            new MultiSelectComboBox<>(getTranslation("training.programme.eligible-continents"));
    private final MultiSelectComboBox<Organisation> offices =
            new MultiSelectComboBox<>(getTranslation("training.programme.eligible-offices"));
    private final SessionsEditor sessions = new SessionsEditor(start::getValue);
    private final Button save = new Button();
    private final Button cancel = new Button(getTranslation("training.programme.cancel-edit"));
    private @Nullable Programme editing;

    ProgrammeForm(Programmes programmes, List<Organisation> regionalOffices, Runnable saved) {
        this.programmes = programmes;
        this.saved = saved;
        addClassName("training-programme-editor");
        setPadding(false);
        var locale = getLocale();
        List.of(start, end, deadline).forEach(ProgrammeForm::isoDates);
        mode.setItems(ProgrammeMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("training.mode." + m.name()));
        mode.addValueChangeListener(change -> sessions.setOnline(change.getValue() == ProgrammeMode.ONLINE));
        status.setItemLabelGenerator(s -> getTranslation("training.status." + s.name()));
        memberTypes.setItems(EnumSet.of(OrganisationType.CITY, OrganisationType.COMPANY, OrganisationType.INSTITUTION));
        memberTypes.setItemLabelGenerator(t -> getTranslation("organisation.type." + t.name()));
        continents.setItems(Continent.values());
        continents.setItemLabelGenerator(c -> getTranslation("continent." + c.name()));
        offices.setItems(regionalOffices);
        offices.setItemLabelGenerator(o -> o.name(locale));
        var eligibilityHint = new Paragraph(getTranslation("training.programme.eligibility-hint"));
        problem.addClassName("training-programme-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> createNew());
        var form = new FormLayout();
        form.addClassName("training-programme-form");
        form.add(fields.values().toArray(Component[]::new));
        form.add(continents, offices);
        // The refusal of the input as a whole (e.g. a stale edit) right above the button just pressed.
        add(heading, form, eligibilityHint, sessions, problem, new HorizontalLayout(save, cancel));
        createNew();
    }

    /** An empty form that creates a programme (a draft, unless opened at once). */
    void createNew() {
        editing = null;
        heading.setText(getTranslation("training.programmes.create"));
        save.setText(getTranslation("training.programmes.save"));
        cancel.setVisible(false);
        clearProblems();
        fields.values().forEach(f -> ((HasValue<?, ?>) f).clear());
        continents.clear();
        offices.clear();
        status.setItems(ProgrammeStatus.DRAFT, ProgrammeStatus.OPEN);
        status.setValue(ProgrammeStatus.DRAFT);
        sessions.setSessions(List.of());
        sessions.setOnline(false);
    }

    /** The form filled with a programme, saved on the version it has now. */
    void edit(Programme programme, List<Session> stored) {
        editing = programme;
        heading.setText(getTranslation("training.programme.edit-heading", programme.title(getLocale())));
        save.setText(getTranslation("training.programme.save-changes"));
        cancel.setVisible(true);
        clearProblems();
        titleEn.setValue(programme.titleEn());
        titleKo.setValue(programme.titleKo());
        descriptionEn.setValue(programme.descriptionEn() == null ? "" : programme.descriptionEn());
        descriptionKo.setValue(programme.descriptionKo() == null ? "" : programme.descriptionKo());
        partner.setValue(programme.partner().value());
        mode.setValue(programme.mode());
        venue.setValue(programme.venue());
        language.setValue(programme.language());
        start.setValue(programme.startDate());
        end.setValue(programme.endDate());
        deadline.setValue(programme.deadline());
        capacity.setValue(programme.capacity());
        quota.setValue(programme.quota());
        status.setItems(ProgrammeRules.changesFrom(programme.status()));
        status.setValue(programme.status());
        Eligibility eligibility = programme.eligibility();
        memberTypes.setValue(eligibility.memberTypes());
        continents.setValue(eligibility.continents());
        offices.setValue(offices.getListDataView()
                .getItems()
                .filter(o -> eligibility.regionalOffices().contains(o.key()))
                .collect(Collectors.toSet()));
        sessions.setSessions(stored.stream().map(Programmes::asInput).toList());
        sessions.setOnline(programme.mode() == ProgrammeMode.ONLINE);
        scrollIntoView();
    }

    private void save() {
        clearProblems();
        OrganisationKey partnerKey;
        try {
            partnerKey = partner.getValue().isBlank()
                    ? null
                    : OrganisationKey.of(partner.getValue().strip());
        } catch (IllegalArgumentException e) {
            show("partner", getTranslation("training.invalid.partner"), List.of());
            return;
        }
        var input = new ProgrammeInput(
                titleEn.getValue(),
                titleKo.getValue(),
                descriptionEn.getValue(),
                descriptionKo.getValue(),
                partnerKey,
                mode.getValue(),
                venue.getValue(),
                language.getValue(),
                start.getValue(),
                end.getValue(),
                deadline.getValue(),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                quota.getValue() == null ? 0 : quota.getValue(),
                status.getValue(),
                sessions.sessions(),
                new Eligibility(
                        memberTypes.getValue(),
                        continents.getValue(),
                        offices.getValue().stream().map(Organisation::key).collect(Collectors.toSet())));
        try {
            Programme before = editing;
            if (before == null) {
                programmes.create(input);
            } else {
                programmes.update(before.id(), before.version(), input);
            }
            createNew();
            saved.run();
        } catch (InvalidInputException e) {
            show(e.field(), getTranslation(e.messageKey(), e.arguments().toArray()), e.arguments());
        }
    }

    private void show(@Nullable String field, String message, List<Object> arguments) {
        if (field == null) {
            // The input as a whole, e.g. someone else saved the programme meanwhile.
            problem.setText(message);
            problem.setVisible(true);
        } else if (field.equals("sessions")) {
            sessions.showError(message, arguments.isEmpty() ? null : (Integer) arguments.getFirst());
        } else {
            Component component = fields.getOrDefault(field, fields.get("titleEn"));
            ((HasValidation) component).setErrorMessage(message);
            ((HasValidation) component).setInvalid(true);
        }
    }

    private void clearProblems() {
        problem.setVisible(false);
        sessions.clearError();
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
    }

    /** Dates written 2027-03-01 in both languages: unambiguous for people in any country. */
    static DatePicker isoDates(DatePicker picker) {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        return picker;
    }

    private <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        return component;
    }

    /** The eligibility of a programme in words, e.g. "Cities · Asia". */
    static String describe(Eligibility eligibility, Map<OrganisationKey, String> officeNames, Component in) {
        if (eligibility.admitsAll()) {
            return in.getTranslation("training.programme.eligible-all");
        }
        var parts = new java.util.ArrayList<String>();
        if (!eligibility.memberTypes().isEmpty()) {
            parts.add(eligibility.memberTypes().stream()
                    .sorted()
                    .map(t -> in.getTranslation("organisation.type." + t.name()))
                    .collect(Collectors.joining(", ")));
        }
        if (!eligibility.continents().isEmpty()) {
            parts.add(eligibility.continents().stream()
                    .sorted()
                    .map(c -> in.getTranslation("continent." + c.name()))
                    .collect(Collectors.joining(", ")));
        }
        if (!eligibility.regionalOffices().isEmpty()) {
            parts.add(eligibility.regionalOffices().stream()
                    .map(k -> officeNames.getOrDefault(k, k.value()))
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }
}
