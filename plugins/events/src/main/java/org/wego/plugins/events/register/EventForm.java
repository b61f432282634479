package org.wego.plugins.events.register;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugin.api.ui.CountryField;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugin.api.ui.IsoDatePicker;
import org.wego.plugin.api.ui.OrganisationPicker;
import org.wego.plugin.api.ui.OrganisationPickers;
import org.wego.plugin.api.ui.OrganisationsPicker;
import org.wego.plugin.api.ui.TopicsField;

/**
 * The secretariat's form for recording or changing an event ({@code ?id=} to change one). Built from the
 * kit's fields (country, topics, organisation pickers, the date-or-year rule) and bound through its input
 * errors: every refusal appears next to its field, and nothing is saved until the whole event is accepted.
 */
public class EventForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The form's route. */
    public static final String ROUTE = "events/edit";

    /** What the form edits; the service gets it as an {@link EventInput}. */
    static final class Draft {
        @Nullable
        String titleEn;

        @Nullable
        String titleKo;

        @Nullable
        Integer year;

        @Nullable
        LocalDate start;

        @Nullable
        LocalDate end;

        @Nullable
        String city;

        @Nullable
        String country;

        @Nullable
        HostKind hostKind;

        @Nullable
        Organisation hostOrganisation;

        @Nullable
        String hostName;

        @Nullable
        WegoRole role;

        Set<String> topics = Set.of();
        Set<Organisation> participants = Set.of();

        @Nullable
        String link;

        EventInput input() {
            return new EventInput(
                    titleEn,
                    titleKo,
                    year,
                    start,
                    end,
                    city,
                    country,
                    hostKind,
                    hostOrganisation == null ? null : hostOrganisation.key().value(),
                    hostName,
                    role,
                    topics,
                    participants.stream().map(o -> o.key().value()).collect(Collectors.toSet()),
                    link);
        }
    }

    private final Events events;
    private final PluginContext platform;
    private final Binder<Draft> binder = new Binder<>();
    private final InputErrors<Draft> errors = new InputErrors<>(binder);
    private final Paragraph problem = new Paragraph();
    private @Nullable Event editing;
    private String title = "";

    public EventForm(Events events, PluginContext platform) {
        this.events = events;
        this.platform = platform;
        addClassName("events-form");
        binder.setDefaultValidatorsEnabled(false); // the service decides, with the kit's messages
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> id = event.getLocation().getQueryParameters().getSingleParameter("id");
        editing = id.filter(text -> text.matches("\\d{1,18}"))
                .flatMap(text -> events.find(Long.parseLong(text)))
                .orElse(null);
        if (id.isPresent() && editing == null) {
            title = getTranslation("events.heading");
            add(new H1(title), new Paragraph(getTranslation("events.not-found")));
            return;
        }
        title = editing == null ? getTranslation("events.record") : getTranslation("events.edit.title");
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        var titleEn = new TextField(getTranslation("events.field.title-en"));
        var titleKo = new TextField(getTranslation("events.field.title-ko"));
        titleEn.setMaxLength(EventRules.MAX_TITLE);
        titleKo.setMaxLength(EventRules.MAX_TITLE);
        var year = new IntegerField(getTranslation("dates.field.year"));
        year.setHelperText(getTranslation("dates.field.year.helper"));
        var start = new IsoDatePicker(getTranslation("dates.field.start"));
        var end = new IsoDatePicker(getTranslation("dates.field.end"));
        var city = new TextField(getTranslation("events.field.city"));
        city.setMaxLength(EventRules.MAX_CITY);
        var country = new CountryField(getTranslation("events.field.country"));
        country.setClearButtonVisible(true);
        var hostKind = new Select<HostKind>();
        hostKind.setLabel(getTranslation("events.field.host"));
        hostKind.setItems(HostKind.values());
        hostKind.setEmptySelectionAllowed(true);
        hostKind.setEmptySelectionCaption(getTranslation("events.not-recorded"));
        // Select asks for the empty item's label too.
        hostKind.setItemLabelGenerator(kind ->
                kind == null ? getTranslation("events.not-recorded") : getTranslation("events.host." + kind.name()));
        var hostOrganisation = new OrganisationPicker(
                getTranslation("events.field.host-organisation"),
                platform.organisations(),
                OrganisationPickers.MEMBERS_AND_PARTNERS);
        hostOrganisation.setClearButtonVisible(true);
        var hostName = new TextField(getTranslation("events.field.host-name"));
        hostName.setMaxLength(EventRules.MAX_TITLE);
        var role = new Select<WegoRole>();
        role.setLabel(getTranslation("events.field.role"));
        role.setItems(WegoRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("events.not-recorded"));
        role.setItemLabelGenerator(
                r -> r == null ? getTranslation("events.not-recorded") : getTranslation("events.role." + r.name()));
        Set<String> storedTopics = editing == null ? Set.of() : Set.copyOf(editing.topics());
        var topics = new TopicsField(TopicChoices.of(platform.topics()), storedTopics);
        var participants = new OrganisationsPicker(
                getTranslation("events.field.participants"), platform.organisations(), OrganisationPickers.MEMBERS);
        var link = new TextField(getTranslation("events.field.link"));
        link.setPlaceholder("https://");

        errors.forField(titleEn, EventInput.TITLE_EN).bind(d -> d.titleEn, (d, v) -> d.titleEn = v);
        errors.forField(titleKo, EventInput.TITLE_KO).bind(d -> d.titleKo, (d, v) -> d.titleKo = v);
        errors.forField(year, EventInput.YEAR).bind(d -> d.year, (d, v) -> d.year = v);
        binder.forField(start).bind(d -> d.start, (d, v) -> d.start = v);
        errors.forField(end, EventInput.END).bind(d -> d.end, (d, v) -> d.end = v);
        errors.forField(city, EventInput.CITY).bind(d -> d.city, (d, v) -> d.city = v);
        errors.forField(country, EventInput.COUNTRY).bind(d -> d.country, (d, v) -> d.country = v);
        binder.forField(hostKind).bind(d -> d.hostKind, (d, v) -> d.hostKind = v);
        errors.forField(hostOrganisation, EventInput.HOST_ORGANISATION)
                .bind(d -> d.hostOrganisation, (d, v) -> d.hostOrganisation = v);
        errors.forField(hostName, EventInput.HOST_NAME).bind(d -> d.hostName, (d, v) -> d.hostName = v);
        binder.forField(role).bind(d -> d.role, (d, v) -> d.role = v);
        errors.forField(topics, EventInput.TOPICS).bind(d -> d.topics, (d, v) -> d.topics = v);
        errors.forField(participants, EventInput.PARTICIPANTS).bind(d -> d.participants, (d, v) -> d.participants = v);
        errors.forField(link, EventInput.LINK).bind(d -> d.link, (d, v) -> d.link = v);

        // Only the host field the kind needs is shown; the others are cleared so nothing hidden is saved.
        hostKind.addValueChangeListener(change -> {
            HostKind kind = change.getValue();
            boolean organisation = kind == HostKind.MEMBER || kind == HostKind.PARTNER;
            hostOrganisation.setVisible(organisation);
            hostName.setVisible(kind == HostKind.OTHER);
            if (!organisation) {
                hostOrganisation.clear();
            }
            if (kind != HostKind.OTHER) {
                hostName.clear();
            }
        });
        Draft draft = draftOf(editing);
        binder.readBean(draft);
        hostOrganisation.setVisible(draft.hostKind == HostKind.MEMBER || draft.hostKind == HostKind.PARTNER);
        hostName.setVisible(draft.hostKind == HostKind.OTHER);

        var form = new FormLayout(
                titleEn,
                titleKo,
                year,
                start,
                end,
                city,
                country,
                hostKind,
                hostOrganisation,
                hostName,
                role,
                topics,
                participants,
                link);
        form.setColspan(participants, 2);
        form.setColspan(topics, 2);
        problem.addClassName("events-form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        var save = new Button(getTranslation("events.save"), click -> save(draft));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("events-save");
        var cancel = new Button(getTranslation("events.cancel"), click -> leave(editing == null ? null : editing.id()));
        add(
                new H1(title),
                new Paragraph(getTranslation("events.form.intro")),
                form,
                problem,
                new HorizontalLayout(save, cancel));
    }

    private void save(Draft draft) {
        errors.clear();
        problem.setVisible(false);
        binder.writeBeanAsDraft(draft, true);
        try {
            long id;
            if (editing == null) {
                id = events.create(draft.input());
            } else {
                id = events.update(editing.id(), editing.version(), draft.input())
                        .id();
            }
            leave(id);
        } catch (InvalidInputException refused) {
            if (!errors.show(refused)) {
                problem.setText(errors.message(refused));
                problem.setVisible(true);
            }
        }
    }

    private void leave(@Nullable Long id) {
        // Query parameters apart from the route: UI.navigate refuses a path with "?".
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(EventsView.ROUTE);
            } else {
                ui.navigate(EventPage.ROUTE, QueryParameters.of("id", Long.toString(id)));
            }
        });
    }

    private Draft draftOf(@Nullable Event event) {
        var draft = new Draft();
        if (event == null) {
            return draft;
        }
        draft.titleEn = event.titleEn();
        draft.titleKo = event.titleKo();
        draft.year = event.start().year();
        draft.start = event.start().date();
        draft.end = event.end();
        draft.city = event.city();
        draft.country = event.country();
        draft.hostKind = event.hostKind();
        draft.hostOrganisation = event.hostOrganisation() == null
                ? null
                : platform.organisations()
                        .byKey(OrganisationKey.of(event.hostOrganisation()))
                        .orElse(null);
        draft.hostName = event.hostName();
        draft.role = event.role();
        draft.topics = Set.copyOf(event.topics());
        var chosen = new LinkedHashSet<Organisation>();
        event.participants()
                .forEach(key ->
                        platform.organisations().byKey(OrganisationKey.of(key)).ifPresent(chosen::add));
        draft.participants = chosen;
        return draft;
    }
}
