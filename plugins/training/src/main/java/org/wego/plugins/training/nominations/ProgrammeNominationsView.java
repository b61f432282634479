package org.wego.plugins.training.nominations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;

/**
 * One programme ({@code training/programme?id=N}, every role): its details, the nominations the user
 * may see (the service decides which, and whether e-mail and gender are shown), the waitlist in order;
 * nominators nominate one person at a time and cancel before the deadline, the secretariat cancels any
 * time and promotes waitlist entries by hand once the programme runs. The nomination form is bound (Vaadin's
 * {@link Binder}) on the inputs the rules name ({@link TraineeInput}); refusals show next to their field.
 */
public class ProgrammeNominationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "training/programme";

    private final Programmes programmes;
    private final Nominations nominations;
    private final PluginContext platform;
    private final Div content = new Div();
    private final Paragraph formMessage = new Paragraph();
    private long programmeId;
    private String title = "";

    public ProgrammeNominationsView(Programmes programmes, Nominations nominations, PluginContext platform) {
        this.programmes = programmes;
        this.nominations = nominations;
        this.platform = platform;
        addClassName("training-programme");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong);
        programmeId = id.orElse(-1L);
        render();
    }

    /** The browser tab's title: the programme's, in the user's language. */
    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        content.removeAll();
        Optional<Programme> found = programmeId < 0 ? Optional.empty() : programmes.byId(programmeId);
        title = found.map(p -> p.title(getLocale())).orElse(getTranslation("training.programmes.title"));
        if (found.isEmpty()) {
            content.add(new H1(getTranslation("training.programmes.title")));
            var missing = new Paragraph(getTranslation("training.nomination.page.not-found"));
            missing.addClassName("training-not-found");
            content.add(missing);
            return;
        }
        Programme programme = found.get();
        SignedInUser user = platform.requireUser();
        content.add(new H1(programme.title(getLocale())), details(programme), links(programme, user));
        List<Nominee> rows = nominations.nominees(programme.id());
        content.add(new H2(getTranslation("training.nomination.page.nominations")));
        if (rows.isEmpty()) {
            content.add(new Paragraph(getTranslation("training.nomination.page.none")));
        } else {
            content.add(nominationsGrid(rows));
        }
        List<Nominee> waiting = rows.stream()
                .filter(n -> n.status() == NominationStatus.WAITLISTED)
                .sorted(Comparator.comparing(n -> Objects.requireNonNull(n.waitlistPosition())))
                .toList();
        content.add(new H2(getTranslation("training.nomination.page.waitlist")));
        if (waiting.isEmpty()) {
            content.add(new Paragraph(getTranslation("training.nomination.page.waitlist-empty")));
        } else {
            content.add(waitlistGrid(waiting));
        }
        if (platform.permissions().isAllowed(user, TrainingPlugin.NOMINATE)) {
            content.add(new H2(getTranslation("training.nomination.form.title")));
            boolean open = programme.status() == ProgrammeStatus.OPEN
                    && !LocalDate.now(platform.clock()).isAfter(programme.deadline());
            if (open) {
                content.add(form(user));
            } else {
                content.add(new Paragraph(getTranslation("training.nomination.not-open")));
            }
        }
    }

    private Component details(Programme programme) {
        var details = new Div();
        details.addClassName("training-programme-details");
        var locale = getLocale();
        String description = "ko".equals(locale.getLanguage()) ? programme.descriptionKo() : programme.descriptionEn();
        if (description != null && !description.isBlank()) {
            details.add(new Paragraph(description));
        }
        String partner = platform.organisations()
                .byKey(programme.partner())
                .map(o -> o.name(locale))
                .orElse(programme.partner().value());
        details.add(
                line("training.nomination.page.partner", partner),
                line(
                        "training.field.mode",
                        getTranslation("training.mode." + programme.mode().name())),
                line("training.field.venue", programme.venue()),
                line("training.nomination.page.language", languageName(programme.language())),
                line("training.nomination.page.dates", programme.startDate() + " – " + programme.endDate()),
                line("training.field.deadline", programme.deadline().toString()),
                line("training.field.seats", programme.capacity() + " / " + programme.quota()),
                line(
                        "training.field.status",
                        getTranslation("training.status." + programme.status().name())));
        // The sessions in the reader's own zone with the offset written out, wherever the venue is.
        List<String> sessions = programmes.sessionTimesOf(programme.id());
        if (!sessions.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("training-programme-sessions");
            sessions.forEach(session -> list.add(new ListItem(session)));
            details.add(
                    line(
                            "training.nomination.page.sessions",
                            platform.timeZones().currentUser().getId()),
                    list);
        }
        return details;
    }

    private Paragraph line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        var paragraph = new Paragraph(label, new Span(value));
        paragraph.getStyle().set("margin", "0.2em 0");
        return paragraph;
    }

    private Grid<Nominee> nominationsGrid(List<Nominee> rows) {
        var grid = new Grid<Nominee>(Nominee.class, false);
        grid.addClassName("training-nominations");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Nominee::traineeName)
                .setHeader(getTranslation("training.nomination.column.trainee"))
                .setFlexGrow(2);
        grid.addColumn(n -> n.position() == null ? "" : n.position())
                .setHeader(getTranslation("training.nomination.column.position"));
        grid.addColumn(Nominee::organisationName).setHeader(getTranslation("training.nomination.column.organisation"));
        grid.addColumn(n -> getTranslation(
                        "training.nomination.status." + n.status().name()))
                .setHeader(getTranslation("training.nomination.column.status"));
        grid.addColumn(n ->
                        n.waitlistPosition() == null ? "" : n.waitlistPosition().toString())
                .setHeader(getTranslation("training.nomination.column.waitlist"));
        grid.addComponentColumn(n -> {
                    // Addresses have no spaces: let them break anywhere rather than be cut off.
                    var email = new Span(n.email() == null ? "—" : n.email());
                    email.getStyle().set("overflow-wrap", "anywhere");
                    return email;
                })
                .setHeader(getTranslation("training.nomination.column.email"))
                .setFlexGrow(2);
        grid.addColumn(n -> n.gender() == null
                        ? "—"
                        : getTranslation("training.gender." + n.gender().name()))
                .setHeader(getTranslation("training.nomination.column.gender"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("training.nomination.column.actions"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Nominee> waitlistGrid(List<Nominee> waiting) {
        var grid = new Grid<Nominee>(Nominee.class, false);
        grid.addClassName("training-waitlist");
        grid.addColumn(n -> Objects.requireNonNull(n.waitlistPosition()).toString())
                .setHeader(getTranslation("training.nomination.column.waitlist"));
        grid.addColumn(Nominee::traineeName).setHeader(getTranslation("training.nomination.column.trainee"));
        grid.addColumn(Nominee::organisationName).setHeader(getTranslation("training.nomination.column.organisation"));
        grid.setItems(waiting);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component actions(Nominee nominee) {
        var actions = new HorizontalLayout();
        if (nominee.mayCancel()) {
            var cancel = new Button(getTranslation("training.nomination.cancel"), click -> confirmCancel(nominee));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cancel.addClassName("training-cancel");
            cancel.setAriaLabel(getTranslation("training.nomination.cancel") + " " + nominee.traineeName());
            actions.add(cancel);
        }
        if (nominee.mayPromote()) {
            var promote = new Button(
                    getTranslation("training.nomination.promote"),
                    click -> act(() -> {
                        nominations.promote(nominee.id());
                        return getTranslation("training.nomination.promoted", nominee.traineeName());
                    }));
            promote.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            promote.addClassName("training-promote");
            promote.setAriaLabel(getTranslation("training.nomination.promote") + " " + nominee.traineeName());
            actions.add(promote);
        }
        return actions;
    }

    /** "English", "한국어" …: the ISO 639 code in the user's language, the code itself when unknown. */
    private String languageName(String code) {
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** The programme's other pages this user may open: upload, attendance, certificates. */
    private Component links(Programme programme, SignedInUser user) {
        var links = new HorizontalLayout();
        links.addClassName("training-programme-links");
        String query = "?programme=" + programme.id();
        if (platform.permissions().isAllowed(user, TrainingPlugin.NOMINATE)
                && programme.status() == ProgrammeStatus.OPEN) {
            links.add(new Anchor(TrainingPlugin.UPLOAD_ROUTE + query, getTranslation("training.menu.upload")));
        }
        if (programmes.mayManage(user)) {
            links.add(new Anchor(TrainingPlugin.ATTENDANCE_ROUTE + query, getTranslation("training.menu.attendance")));
        }
        links.add(new Anchor(TrainingPlugin.CERTIFICATES_ROUTE + query, getTranslation("training.menu.certificates")));
        return links;
    }

    private void confirmCancel(Nominee nominee) {
        var confirm = new ConfirmDialog(
                getTranslation("training.nomination.cancel.confirm.header"),
                getTranslation("training.nomination.cancel.confirm.text", nominee.traineeName()),
                getTranslation("training.nomination.cancel.confirm.yes"),
                e -> act(() -> {
                    nominations.cancel(nominee.id());
                    return getTranslation("training.nomination.cancelled", nominee.traineeName());
                }));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("training.nomination.cancel.confirm.no"));
        confirm.open();
    }

    /** Runs an action of the user, re-reads the page, and says what happened (or why not). */
    private void act(java.util.function.Supplier<String> action) {
        String message;
        try {
            message = action.get();
        } catch (InvalidInputException e) {
            message = getTranslation(e.messageKey(), e.arguments().toArray());
        } catch (PermissionDeniedException e) {
            message = getTranslation("training.nomination.page.refused");
        }
        render();
        var said = new Paragraph(message);
        said.addClassName("training-message");
        said.getElement().setAttribute("role", "status");
        content.addComponentAtIndex(1, said);
    }

    /** What the nomination form edits, bound field by field; the service gets it as a {@link TraineeInput}. */
    static final class Draft {
        @Nullable
        Organisation organisation;

        @Nullable
        String name;

        @Nullable
        String position;

        @Nullable
        String department;

        @Nullable
        String email;

        @Nullable
        String language;

        @Nullable
        Gender gender;

        @Nullable
        String timeZone;
    }

    private FormLayout form(SignedInUser user) {
        var binder = new Binder<Draft>();
        var errors = new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
        var organisation = new ComboBox<Organisation>(getTranslation("training.nomination.field.organisation"));
        organisation.setItemLabelGenerator(o -> o.name(getLocale()));
        List<Organisation> cities = platform.organisations().membersOfRegion(user.organisation()).stream()
                .filter(o -> o.type() == OrganisationType.CITY)
                .filter(o -> nominations.mayNominateFor(user, o))
                .sorted(Comparator.comparing(o -> o.name(getLocale())))
                .toList();
        Optional<Organisation> own =
                platform.organisations().byKey(user.organisation()).filter(o -> o.type() == OrganisationType.CITY);
        var name = new TextField(getTranslation("training.nomination.field.name"));
        var position = new TextField(getTranslation("training.nomination.field.position"));
        var department = new TextField(getTranslation("training.nomination.field.department"));
        var email = new EmailField(getTranslation("training.nomination.field.email"));
        var language = new ComboBox<String>(getTranslation("training.nomination.field.language"));
        language.setItems("en", "ko");
        language.setItemLabelGenerator(l -> getTranslation("training.nomination.language." + l));
        var gender = new ComboBox<Gender>(getTranslation("training.nomination.field.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("training.gender." + g.name()));
        var zone = new ComboBox<String>(getTranslation("training.nomination.field.time-zone"));
        zone.setItems(java.time.ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList());
        zone.setHelperText(getTranslation("training.nomination.field.time-zone.helper"));
        zone.setClearButtonVisible(true);
        // Each component on the input the rules name it by (TraineeInput), so a refusal shows next to it.
        errors.forField(organisation, TraineeInput.ORGANISATION)
                .asRequired(getTranslation("training.invalid.required"))
                .bind(d -> d.organisation, (d, v) -> d.organisation = v);
        errors.forField(name, TraineeInput.NAME).bind(d -> d.name, (d, v) -> d.name = v);
        errors.forField(position, TraineeInput.POSITION).bind(d -> d.position, (d, v) -> d.position = v);
        errors.forField(department, TraineeInput.DEPARTMENT).bind(d -> d.department, (d, v) -> d.department = v);
        errors.forField(email, TraineeInput.EMAIL).bind(d -> d.email, (d, v) -> d.email = v);
        errors.forField(language, TraineeInput.LANGUAGE).bind(d -> d.language, (d, v) -> d.language = v);
        errors.forField(gender, TraineeInput.GENDER).bind(d -> d.gender, (d, v) -> d.gender = v);
        errors.forField(zone, TraineeInput.TIME_ZONE).bind(d -> d.timeZone, (d, v) -> d.timeZone = v);
        var draft = new Draft();
        draft.language = "ko".equals(getLocale().getLanguage()) ? "ko" : "en";
        draft.gender = Gender.UNDISCLOSED;
        if (own.isPresent()) {
            // A member city nominates its own officials only: the field shows it, fixed.
            organisation.setItems(own.get());
            draft.organisation = own.get();
            organisation.setReadOnly(true);
        } else {
            organisation.setItems(cities);
        }
        binder.readBean(draft);
        formMessage.setText("");
        formMessage.addClassName("training-form-message");
        var submit = new Button(getTranslation("training.nomination.submit"), click -> {
            errors.clear();
            formMessage.setText("");
            // Into the draft as read; a city not chosen stays refused on its field.
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                nominations.nominate(
                        programmeId,
                        new TraineeInput(
                                draft.name,
                                draft.position,
                                draft.department,
                                Objects.requireNonNull(draft.organisation).key(),
                                draft.email,
                                draft.language,
                                draft.gender),
                        draft.timeZone);
                String who = draft.name == null ? "" : draft.name.strip();
                act(() -> getTranslation("training.nomination.submitted", who));
            } catch (InvalidInputException e) {
                if (!errors.show(e)) {
                    formMessage.setText(errors.message(e));
                }
            } catch (PermissionDeniedException e) {
                organisation.setErrorMessage(getTranslation("training.nomination.page.refused"));
                organisation.setInvalid(true);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("training-nominate");
        var form = new FormLayout();
        form.addClassName("training-nomination-form");
        form.add(organisation, name, position, department, email, language, gender, zone);
        form.add(submit, formMessage);
        return form;
    }
}
