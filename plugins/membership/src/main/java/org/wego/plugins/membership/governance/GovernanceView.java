package org.wego.plugins.membership.governance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugins.membership.applications.Application;
import org.wego.plugins.membership.applications.ApplicationInput;
import org.wego.plugins.membership.applications.MembershipApplications;
import org.wego.plugins.membership.governance.GovernanceRecords.AgendaItem;
import org.wego.plugins.membership.governance.GovernanceRecords.AgendaKind;
import org.wego.plugins.membership.governance.GovernanceRecords.Meeting;
import org.wego.plugins.membership.governance.GovernanceRecords.MeetingKind;
import org.wego.plugins.membership.governance.GovernanceRecords.Office;
import org.wego.plugins.membership.governance.GovernanceRecords.OfficeKind;

/**
 * Governance records ({@code membership/governance}): offices with their terms, meetings with their
 * agendas and decisions. Every signed-in role reads them; the secretariat also sees the forms to add
 * offices, meetings and agenda items, and records a meeting's decision on an application.
 */
public class GovernanceView extends VerticalLayout {

    private final Governance governance;
    private final MembershipApplications applications;
    private final PluginContext platform;
    private final Div content = new Div();

    public GovernanceView(Governance governance, MembershipApplications applications, PluginContext platform) {
        this.governance = governance;
        this.applications = applications;
        this.platform = platform;
        addClassName("membership-governance");
        add(new H1(getTranslation("membership.governance.title")));
        content.setWidthFull();
        add(content);
        render(null);
    }

    private void render(@Nullable String doneKey) {
        content.removeAll();
        boolean editor = governance.mayEdit(platform.currentUser().orElse(null));
        if (doneKey != null) {
            var done = new Paragraph(getTranslation(doneKey));
            done.addClassName("membership-done");
            content.add(done);
        }
        content.add(new H2(getTranslation("membership.governance.offices")));
        List<Office> offices = governance.offices();
        var grid = new Grid<Office>();
        grid.addColumn(o -> getTranslation(o.kind().labelKey()))
                .setHeader(getTranslation("membership.governance.field.office"));
        grid.addColumn(o -> name(o.organisationKey()))
                .setHeader(getTranslation("membership.governance.field.city"))
                .setFlexGrow(2);
        grid.addColumn(Office::termStart).setHeader(getTranslation("membership.governance.field.term-start"));
        grid.addColumn(o -> o.termEnd() == null ? "" : o.termEnd().toString())
                .setHeader(getTranslation("membership.governance.field.term-end"));
        if (editor) {
            grid.addComponentColumn(o -> {
                        var remove = new Button(
                                getTranslation("membership.governance.remove"),
                                click -> act(
                                        () -> governance.removeOffice(o.id()), null, "membership.governance.removed"));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        return remove;
                    })
                    // A column header without text leaves a screen reader's table navigation unnamed (axe
                    // empty-table-header).
                    .setHeader(getTranslation("membership.governance.field.actions"));
        }
        grid.setItems(offices);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(
                editor ? "membership.governance.offices.empty-editor" : "membership.governance.offices.empty"));
        grid.addClassName("membership-offices");
        content.add(grid);
        if (editor) {
            content.add(officeForm());
        }

        content.add(new H2(getTranslation("membership.governance.meetings")));
        List<Meeting> meetings = governance.meetings();
        if (meetings.isEmpty()) {
            content.add(new Paragraph(getTranslation(
                    editor ? "membership.governance.meetings.empty-editor" : "membership.governance.meetings.empty")));
        }
        if (editor) {
            content.add(meetingForm());
        }
        for (Meeting meeting : meetings) {
            content.add(meeting(meeting, editor));
        }
    }

    private HorizontalLayout officeForm() {
        var binder = new Binder<OfficeDraft>();
        var errors = errors(binder);
        var kind = new Select<OfficeKind>();
        kind.setLabel(getTranslation("membership.governance.field.office"));
        kind.setItems(OfficeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        var city = cityPicker("membership.governance.field.city", MembershipStatus.MEMBER);
        var start = new DatePicker(getTranslation("membership.governance.field.term-start"));
        var end = new DatePicker(getTranslation("membership.governance.field.term-end"));
        String required = getTranslation("membership.invalid.required");
        // A validator rather than asRequired: a required Select marks its button aria-required, which axe refuses.
        errors.forField(kind, Governance.KIND)
                .withValidator(Objects::nonNull, required)
                .bind(d -> d.kind, (d, v) -> d.kind = v);
        errors.forField(city, Governance.CITY).asRequired(required).bind(d -> d.city, (d, v) -> d.city = v);
        errors.forField(start, Governance.TERM_START).asRequired(required).bind(d -> d.start, (d, v) -> d.start = v);
        errors.forField(end, Governance.TERM_END).bind(d -> d.end, (d, v) -> d.end = v);
        var draft = new OfficeDraft();
        binder.readBean(draft);
        var add = new Button(getTranslation("membership.governance.add-office"));
        add.addClassName("membership-add-office");
        add.addClickListener(click -> {
            errors.clear();
            if (binder.writeBeanIfValid(draft)) {
                send(
                        errors,
                        () -> governance.addOffice(draft.kind, draft.city.key(), draft.start, draft.end),
                        "membership.governance.office-added");
            }
        });
        var form = new HorizontalLayout(kind, city, start, end, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout meetingForm() {
        var binder = new Binder<MeetingDraft>();
        var errors = errors(binder);
        var kind = new Select<MeetingKind>();
        kind.setLabel(getTranslation("membership.governance.field.meeting"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setWidth("14em");
        var date = new DatePicker(getTranslation("membership.governance.field.date"));
        var host = cityPicker("membership.governance.field.host", null);
        String required = getTranslation("membership.invalid.required");
        binder.forField(kind).withValidator(Objects::nonNull, required).bind(d -> d.kind, (d, v) -> d.kind = v);
        errors.forField(date, Governance.DATE).asRequired(required).bind(d -> d.date, (d, v) -> d.date = v);
        errors.forField(host, Governance.HOST).bind(d -> d.host, (d, v) -> d.host = v);
        var draft = new MeetingDraft();
        binder.readBean(draft);
        var add = new Button(getTranslation("membership.governance.add-meeting"));
        add.addClassName("membership-add-meeting");
        add.addClickListener(click -> {
            errors.clear();
            if (binder.writeBeanIfValid(draft)) {
                send(
                        errors,
                        () -> governance.addMeeting(
                                draft.kind, draft.date, draft.host == null ? null : draft.host.key()),
                        "membership.governance.meeting-added");
            }
        });
        var form = new HorizontalLayout(kind, date, host, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Div meeting(Meeting meeting, boolean editor) {
        var box = new Div();
        box.addClassName("membership-meeting");
        box.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-s) 0");
        box.add(new H3(getTranslation(meeting.kind().labelKey()) + " · " + meeting.date()
                + (meeting.hostOrganisationKey() == null ? "" : " · " + name(meeting.hostOrganisationKey()))));
        if (meeting.agenda().isEmpty()) {
            box.add(new Paragraph(getTranslation("membership.governance.agenda.empty")));
        }
        var list = new UnorderedList();
        for (AgendaItem item : meeting.agenda()) {
            list.add(item(meeting, item, editor));
        }
        box.add(list);
        if (editor) {
            var binder = new Binder<ItemDraft>();
            var errors = errors(binder);
            var kind = new Select<AgendaKind>();
            kind.setLabel(getTranslation("membership.governance.field.agenda-kind"));
            kind.setItems(Arrays.stream(AgendaKind.values())
                    .filter(k -> k != AgendaKind.MEMBERSHIP_APPLICATION)
                    .toList());
            kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            var title = new TextField(getTranslation("membership.governance.field.title"));
            title.setMaxLength(Governance.MAX_TITLE);
            errors.forField(kind, Governance.KIND).bind(d -> d.kind, (d, v) -> d.kind = v);
            errors.forField(title, Governance.TITLE).bind(d -> d.title, (d, v) -> d.title = v);
            var draft = new ItemDraft();
            binder.readBean(draft);
            var add = new Button(getTranslation("membership.governance.add-item"), click -> {
                errors.clear();
                binder.writeBeanAsDraft(draft, true);
                send(
                        errors,
                        () -> governance.addAgendaItem(meeting.id(), draft.kind, draft.title),
                        "membership.governance.item-added");
            });
            var form = new HorizontalLayout(kind, title, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            box.add(form, new Paragraph(getTranslation("membership.governance.agenda.applications-hint")));
        }
        return box;
    }

    private ListItem item(Meeting meeting, AgendaItem item, boolean editor) {
        var line = new ListItem(new Span(getTranslation(item.kind().labelKey()) + ": " + item.title()));
        line.addClassName("membership-agenda-item");
        if (item.decision() != null) {
            var decision = new Span(getTranslation("membership.governance.decision." + item.decision()));
            decision.getElement()
                    .getThemeList()
                    .add("ACCEPTED".equals(item.decision()) ? "badge success" : "badge error");
            decision.getStyle().set("margin-left", "var(--lumo-space-s)");
            line.add(decision);
            return line;
        }
        if (!editor || item.applicationId() == null) {
            return line;
        }
        if (meeting.date().isAfter(LocalDate.now(platform.clock()))) {
            line.add(new Paragraph(getTranslation("membership.governance.decide-after")));
            return line;
        }
        Application application = applications.application(item.applicationId());
        var reason = new TextField(getTranslation("membership.governance.field.reason"));
        reason.setMaxLength(ApplicationInput.MAX_COMMENT);
        reason.setWidth("26em");
        var message = new Span();
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        var accept = new Button(getTranslation("membership.governance.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.addClassName("membership-accept");
        accept.addClickListener(click -> decide(item, true, application.version(), reason, message));
        var reject = new Button(getTranslation("membership.governance.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClassName("membership-reject-decision");
        reject.addClickListener(click -> decide(item, false, application.version(), reason, message));
        var decide = new HorizontalLayout(reason, accept, reject);
        decide.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.add(decide, message);
        return line;
    }

    private void decide(AgendaItem item, boolean accepted, long version, TextField reason, Span message) {
        var errors = errors(new Binder<ItemDraft>());
        errors.forComponent(reason, ApplicationInput.COMMENT);
        message.setText("");
        try {
            Application decided = governance.recordDecision(item.id(), accepted, version, reason.getValue());
            render(accepted ? "membership.governance.accepted" : "membership.governance.rejected");
            if (accepted && applications.application(decided.id()).invitationFailed()) {
                var failed = new Paragraph(getTranslation("membership.applications.review.invitation-failed"));
                failed.addClassName("membership-invitation-failed");
                content.addComponentAsFirst(failed);
            }
        } catch (InvalidInputException e) {
            if (!errors.show(e)) {
                message.setText(errors.message(e));
            }
        }
    }

    /** Calls the service; a refusal shows next to the field it names, or as a notification for the whole. */
    private <T> void send(InputErrors<T> errors, Runnable call, String doneKey) {
        try {
            call.run();
            render(doneKey);
        } catch (InvalidInputException e) {
            if (!errors.show(e)) {
                Notification.show(errors.message(e)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private <T> InputErrors<T> errors(Binder<T> binder) {
        return new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
    }

    private void act(Runnable call, @Nullable Span message, String doneKey) {
        try {
            call.run();
            render(doneKey);
        } catch (InvalidInputException e) {
            if (message != null) {
                message.setText(getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        }
    }

    private ComboBox<Organisation> cityPicker(String labelKey, @Nullable MembershipStatus status) {
        var picker = new ComboBox<Organisation>(getTranslation(labelKey));
        picker.setItemLabelGenerator(o -> o.name(getLocale()) + " (" + o.key().value() + ")");
        picker.setItems(
                query -> platform
                        .organisations()
                        .search(cities(query.getFilter().orElse(null), status, query.getOffset(), query.getLimit()))
                        .stream(),
                query -> platform.organisations().count(cities(query.getFilter().orElse(null), status, 0, 1)));
        picker.setWidth("20em");
        return picker;
    }

    private static OrganisationDirectory.Query cities(
            @Nullable String text, @Nullable MembershipStatus status, int offset, int limit) {
        return new OrganisationDirectory.Query(text, OrganisationType.CITY, null, null, status, null, offset, limit);
    }

    private String name(String key) {
        try {
            return platform.organisations()
                    .byKey(OrganisationKey.of(key))
                    .map(o -> o.name(getLocale()))
                    .orElse(key);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    /** The office form's values. */
    private static final class OfficeDraft implements Serializable {
        @Nullable
        OfficeKind kind;

        @Nullable
        Organisation city;

        @Nullable
        LocalDate start;

        @Nullable
        LocalDate end;
    }

    /** The meeting form's values. */
    private static final class MeetingDraft implements Serializable {
        MeetingKind kind = MeetingKind.EXECUTIVE_COMMITTEE;

        @Nullable
        LocalDate date;

        @Nullable
        Organisation host;
    }

    /** An agenda item's values. */
    private static final class ItemDraft implements Serializable {
        AgendaKind kind = AgendaKind.BUDGET;
        String title = "";
    }
}
