package org.wego.plugins.events.register;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugin.api.ui.AttachmentsPanel;
import org.wego.plugin.api.ui.HistoryRows;

/**
 * One event for every signed-in user: when and where, host, WeGO's role, topics, the members that took
 * part, the link, and its documents (programme, presentation, report; with versions), which the secretariat
 * files; the secretariat also changes and deletes the event from here.
 */
public class EventPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The page's route; the event's id is the query parameter {@code id}. */
    public static final String ROUTE = "events/event";

    /** The month of the overview the seeded events come from. */
    static final YearMonth OVERVIEW = YearMonth.of(2023, 1);

    private final Events events;
    private final EventDocuments documents;
    private final PluginContext platform;
    private String title = "";

    public EventPage(Events events, EventDocuments documents, PluginContext platform) {
        this.events = events;
        this.documents = documents;
        this.platform = platform;
        addClassName("events-event");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Event> found = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> events.find(Long.parseLong(id)));
        removeAll();
        title = found.map(e -> e.title(getLocale())).orElse(getTranslation("events.heading"));
        found.ifPresentOrElse(this::render, () -> {
            add(new H1(getTranslation("events.heading")));
            var missing = new Paragraph(getTranslation("events.not-found"));
            missing.addClassName("events-not-found");
            add(missing, new Anchor(EventsView.ROUTE, getTranslation("events.back")));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(Event event) {
        Messages messages = platform.messages(getLocale());
        add(new Anchor(EventsView.ROUTE, getTranslation("events.back")), new H1(event.title(getLocale())));
        var details = new Div();
        details.addClassName("events-details");
        fact(details, "events.field.when", new Span(event.start().showPeriod(event.end(), messages)));
        fact(details, "events.field.place", new Span(EventTexts.place(event, messages)));
        fact(details, "events.field.host", new Span(EventTexts.host(event, messages, platform.organisations())));
        fact(details, "events.field.role", new Span(EventTexts.role(event, messages)));
        String topics = TopicChoices.of(platform.topics()).names(Set.copyOf(event.topics()), getLocale());
        fact(details, "events.field.topics", new Span(topics.isEmpty() ? getTranslation("events.none") : topics));
        if (event.link() != null) {
            var link = new Anchor(event.link(), event.link(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            fact(details, "events.field.link", link);
        }
        if (event.source() != null) {
            fact(details, "events.field.source", new Span(HistoryRows.label(this, OVERVIEW)));
        }
        add(details);
        if (events.mayManage()) {
            add(actions(event));
        }
        add(new H2(getTranslation("events.field.participants")));
        if (event.participants().isEmpty()) {
            add(new Paragraph(getTranslation("events.participants.none")));
        } else {
            var participants = new Div();
            participants.addClassName("events-participants");
            for (String key : event.participants()) {
                String name = platform.organisations()
                        .byKey(OrganisationKey.of(key))
                        .map(o -> o.name(getLocale()))
                        .orElse(key);
                var item = new Div(new Anchor("organisation/" + key, name));
                participants.add(item);
            }
            add(participants);
        }
        add(new H2(getTranslation("events.documents")));
        boolean mayFile = events.mayManage();
        for (DocumentKind kind : DocumentKind.values()) {
            var heading = new H3(getTranslation("events.document." + kind.name()));
            var panel = new AttachmentsPanel(
                    platform.attachments(),
                    documents.of(event.id(), kind),
                    AttachmentLimits.documents(),
                    messages,
                    mayFile);
            panel.addClassName("events-documents-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            add(heading, panel);
        }
    }

    private HorizontalLayout actions(Event event) {
        var edit = new Button(
                getTranslation("events.edit"),
                click -> getUI().ifPresent(ui ->
                        ui.navigate(EventForm.ROUTE, QueryParameters.of("id", Long.toString(event.id())))));
        edit.addClassName("events-edit");
        var delete = new Button(getTranslation("events.delete"), click -> confirmDelete(event));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClassName("events-delete");
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(Event event) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("events.delete.confirm.title"));
        dialog.setText(getTranslation("events.delete.confirm", event.title(getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("events.cancel"));
        dialog.setConfirmText(getTranslation("events.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                events.delete(event.id(), event.version());
                getUI().ifPresent(ui -> ui.navigate(EventsView.ROUTE));
            } catch (InvalidInputException e) {
                Notification.show(getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        });
        dialog.open();
    }

    private void fact(Div details, String labelKey, Component value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("events-fact-label");
        label.getStyle().set("font-weight", "600").set("min-width", "10em").set("display", "inline-block");
        var row = new Div(label, value);
        row.addClassName("events-fact");
        details.add(row);
    }
}
