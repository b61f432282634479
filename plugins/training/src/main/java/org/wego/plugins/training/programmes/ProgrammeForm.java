package org.wego.plugins.training.programmes;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugin.api.ui.IsoDatePicker;
import org.wego.plugin.api.ui.OrganisationPicker;
import org.wego.plugin.api.ui.OrganisationPickers;

/**
 * The secretariat's programme form: creates a programme, or edits one on the version it was loaded at
 * (a save by someone else meanwhile is refused and said so). Texts, dates, daily sessions, eligibility and
 * the statuses the rules allow from the current one. The components are bound (Vaadin's {@link Binder})
 * on the inputs the rules name ({@link ProgrammeInput}), so the server's refusals show next to their field
 * through the API's {@link InputErrors}; nothing is saved until the service accepts the whole input.
 */
class ProgrammeForm extends VerticalLayout {

    /** What the form edits, bound field by field; the service gets it as a {@link ProgrammeInput}. */
    static final class Draft {
        @Nullable
        String titleEn;

        @Nullable
        String titleKo;

        @Nullable
        String descriptionEn;

        @Nullable
        String descriptionKo;

        @Nullable
        OrganisationKey partner;

        @Nullable
        ProgrammeMode mode;

        @Nullable
        String venue;

        @Nullable
        String language;

        @Nullable
        LocalDate startDate;

        @Nullable
        LocalDate endDate;

        @Nullable
        LocalDate deadline;

        @Nullable
        Integer capacity;

        @Nullable
        Integer quota;

        @Nullable
        ProgrammeStatus status;

        Set<OrganisationType> memberTypes = Set.of();
    }

    private final Programmes programmes;
    private final Runnable saved;
    private final Binder<Draft> binder = new Binder<>();
    private final InputErrors<Draft> errors =
            new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
    private final H2 heading = new H2();
    private final Paragraph problem = new Paragraph();
    private final TextField titleEn = new TextField(getTranslation("training.field.title-en"));
    private final TextField titleKo = new TextField(getTranslation("training.field.title-ko"));
    private final TextArea descriptionEn = new TextArea(getTranslation("training.field.description-en"));
    private final TextArea descriptionKo = new TextArea(getTranslation("training.field.description-ko"));
    private final OrganisationPicker partner;
    private final ComboBox<ProgrammeMode> mode = new ComboBox<>(getTranslation("training.field.mode"));
    private final TextField venue = new TextField(getTranslation("training.field.venue"));
    private final TextField language = new TextField(getTranslation("training.field.language"));
    private final DatePicker start = new DatePicker(getTranslation("training.field.start"));
    private final DatePicker end = new DatePicker(getTranslation("training.field.end"));
    private final DatePicker deadline = new DatePicker(getTranslation("training.field.deadline"));
    private final IntegerField capacity = new IntegerField(getTranslation("training.field.capacity"));
    private final IntegerField quota = new IntegerField(getTranslation("training.field.quota"));
    private final ComboBox<ProgrammeStatus> status = new ComboBox<>(getTranslation("training.field.status"));
    private final MultiSelectComboBox<OrganisationType> memberTypes =
            new MultiSelectComboBox<>(getTranslation("training.programme.eligible-types"));
    private final MultiSelectComboBox<Continent> continents =
            new MultiSelectComboBox<>(getTranslation("training.programme.eligible-continents"));
    private final MultiSelectComboBox<Organisation> offices =
            new MultiSelectComboBox<>(getTranslation("training.programme.eligible-offices"));
    private final SessionsEditor sessions = new SessionsEditor(start::getValue);
    private final Button save = new Button();
    private final Button cancel = new Button(getTranslation("training.programme.cancel-edit"));
    private Draft draft = new Draft();
    private @Nullable Programme editing;

    ProgrammeForm(
            Programmes programmes, OrganisationDirectory registry, List<Organisation> regionalOffices, Runnable saved) {
        this.programmes = programmes;
        this.saved = saved;
        // Members and partners: programmes are run with member cities (Seoul's HRD centre) as with partners.
        partner = new OrganisationPicker(
                getTranslation("training.field.partner"), registry, OrganisationPickers.MEMBERS_AND_PARTNERS);
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
        bind();
        var eligibilityHint = new Paragraph(getTranslation("training.programme.eligibility-hint"));
        problem.addClassName("training-programme-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> createNew());
        var form = new FormLayout();
        form.addClassName("training-programme-form");
        form.add(
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                partner,
                mode,
                venue,
                language,
                start,
                end,
                deadline,
                capacity,
                quota,
                status,
                memberTypes,
                continents,
                offices);
        // The refusal of the input as a whole (e.g. a stale edit) right above the button just pressed.
        add(heading, form, eligibilityHint, sessions, problem, new HorizontalLayout(save, cancel));
        createNew();
    }

    /** Each component on the input the rules name it by, so a refusal shows next to it. */
    private void bind() {
        errors.forField(titleEn, ProgrammeInput.TITLE_EN).bind(d -> d.titleEn, (d, v) -> d.titleEn = v);
        errors.forField(titleKo, ProgrammeInput.TITLE_KO).bind(d -> d.titleKo, (d, v) -> d.titleKo = v);
        errors.forField(descriptionEn, ProgrammeInput.DESCRIPTION_EN)
                .bind(d -> d.descriptionEn, (d, v) -> d.descriptionEn = v);
        errors.forField(descriptionKo, ProgrammeInput.DESCRIPTION_KO)
                .bind(d -> d.descriptionKo, (d, v) -> d.descriptionKo = v);
        // Chosen from the registry, stored by key; the service still checks the key is in the registry.
        errors.forField(partner, ProgrammeInput.PARTNER)
                .withConverter(Converter.<@Nullable Organisation, @Nullable OrganisationKey>from(
                        chosen -> Result.ok(chosen == null ? null : chosen.key()), partner::offered))
                .bind(d -> d.partner, (d, v) -> d.partner = v);
        errors.forField(mode, ProgrammeInput.MODE).bind(d -> d.mode, (d, v) -> d.mode = v);
        errors.forField(venue, ProgrammeInput.VENUE).bind(d -> d.venue, (d, v) -> d.venue = v);
        errors.forField(language, ProgrammeInput.LANGUAGE).bind(d -> d.language, (d, v) -> d.language = v);
        errors.forField(start, ProgrammeInput.START_DATE).bind(d -> d.startDate, (d, v) -> d.startDate = v);
        errors.forField(end, ProgrammeInput.END_DATE).bind(d -> d.endDate, (d, v) -> d.endDate = v);
        errors.forField(deadline, ProgrammeInput.DEADLINE).bind(d -> d.deadline, (d, v) -> d.deadline = v);
        errors.forField(capacity, ProgrammeInput.CAPACITY).bind(d -> d.capacity, (d, v) -> d.capacity = v);
        errors.forField(quota, ProgrammeInput.QUOTA).bind(d -> d.quota, (d, v) -> d.quota = v);
        errors.forField(status, ProgrammeInput.STATUS).bind(d -> d.status, (d, v) -> d.status = v);
        errors.forField(memberTypes, ProgrammeInput.ELIGIBILITY)
                .bind(d -> d.memberTypes, (d, v) -> d.memberTypes = v == null ? Set.of() : v);
    }

    /** An empty form that creates a programme (a draft, unless opened at once). */
    void createNew() {
        editing = null;
        heading.setText(getTranslation("training.programmes.create"));
        save.setText(getTranslation("training.programmes.save"));
        cancel.setVisible(false);
        clearProblems();
        status.setItems(ProgrammeStatus.DRAFT, ProgrammeStatus.OPEN);
        draft = new Draft();
        draft.status = ProgrammeStatus.DRAFT;
        binder.readBean(draft);
        continents.clear();
        offices.clear();
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
        status.setItems(ProgrammeRules.changesFrom(programme.status()));
        Eligibility eligibility = programme.eligibility();
        draft = new Draft();
        draft.titleEn = programme.titleEn();
        draft.titleKo = programme.titleKo();
        draft.descriptionEn = programme.descriptionEn() == null ? "" : programme.descriptionEn();
        draft.descriptionKo = programme.descriptionKo() == null ? "" : programme.descriptionKo();
        draft.partner = programme.partner();
        draft.mode = programme.mode();
        draft.venue = programme.venue();
        draft.language = programme.language();
        draft.startDate = programme.startDate();
        draft.endDate = programme.endDate();
        draft.deadline = programme.deadline();
        draft.capacity = programme.capacity();
        draft.quota = programme.quota();
        draft.status = programme.status();
        draft.memberTypes = eligibility.memberTypes();
        binder.readBean(draft);
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
        // Into the draft as read; a value a component refuses (a number that is no number) stays on its field.
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        var input = new ProgrammeInput(
                draft.titleEn,
                draft.titleKo,
                draft.descriptionEn,
                draft.descriptionKo,
                draft.partner,
                draft.mode,
                draft.venue,
                draft.language,
                draft.startDate,
                draft.endDate,
                draft.deadline,
                draft.capacity == null ? 0 : draft.capacity,
                draft.quota == null ? 0 : draft.quota,
                draft.status,
                sessions.sessions(),
                new Eligibility(
                        draft.memberTypes,
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
            refuse(e);
        }
    }

    /** Shows a refusal of the service next to its component, the sessions' on their row, any other above the buttons. */
    void refuse(InvalidInputException refusal) {
        if (ProgrammeInput.SESSIONS.equals(refusal.input())) {
            List<Object> arguments = refusal.arguments();
            sessions.showError(
                    errors.message(refusal),
                    !arguments.isEmpty() && arguments.getFirst() instanceof Integer row ? row : null);
        } else if (!errors.show(refusal)) {
            // The input as a whole, e.g. someone else saved the programme meanwhile.
            problem.setText(errors.message(refusal));
            problem.setVisible(true);
        }
    }

    /** The message shown next to the component of an input, or {@code null}; for tests. */
    @Nullable
    String shown(InputField input) {
        return errors.shown(input);
    }

    /** The refusal of the input as a whole shown above the buttons, or {@code null}; for tests. */
    @Nullable
    String problem() {
        return problem.isVisible() ? problem.getText() : null;
    }

    /** Whether every component holds a value the form can bind (converted and not refused); for tests. */
    boolean valid() {
        return binder.validate().isOk();
    }

    /** Chooses the partner of a key among those offered (none if not offered); for tests. */
    void choosePartner(@Nullable OrganisationKey key) {
        partner.setKey(key);
    }

    /** The chosen partner's key, or {@code null}; for tests. */
    @Nullable
    OrganisationKey partner() {
        return partner.getKey();
    }

    private void clearProblems() {
        problem.setVisible(false);
        sessions.clearError();
        errors.clear();
    }

    /** Dates written 2027-03-01 in both languages (the kit's picker rule). */
    static DatePicker isoDates(DatePicker picker) {
        return IsoDatePicker.iso(picker);
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
