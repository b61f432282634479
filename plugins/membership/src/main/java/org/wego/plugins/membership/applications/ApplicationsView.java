package org.wego.plugins.membership.applications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.ui.CountryField;
import org.wego.plugins.membership.MembershipPlugin;

/**
 * The secretariat's review of applications ({@code membership/applications}): a lazy grid, sortable,
 * filtered by status and text; the chosen application's details with its actions (complete, request
 * information, reject, withdraw, put on a meeting's agenda, send a failed invitation again). Every
 * action is checked again in the service; its refusal (e.g. someone decided first) shows beside the
 * buttons, translated.
 */
public class ApplicationsView extends VerticalLayout {

    private final MembershipApplications applications;
    private final Agendas agendas;
    private final Grid<Application> grid = new Grid<>();
    private final Select<@Nullable ApplicationStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final Div detail = new Div();

    public ApplicationsView(MembershipApplications applications, Agendas agendas) {
        this.applications = applications;
        this.agendas = agendas;
        addClassName("membership-applications");
        setSizeFull();
        var form = new Anchor(MembershipPlugin.APPLY_ROUTE, getTranslation("membership.applications.review.form-link"));
        form.setTarget("_blank");
        add(
                new H1(getTranslation("membership.applications.review.title")),
                new Paragraph(new Span(getTranslation("membership.applications.review.intro") + " "), form));

        status.setLabel(getTranslation("membership.applications.field.status"));
        status.setItems(java.util.Arrays.asList(ApplicationStatus.values()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("membership.applications.review.all"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("membership.applications.review.all") : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setLabel(getTranslation("membership.applications.review.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new HorizontalLayout(status, search));

        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(a -> a.submittedAt().format(when))
                .setHeader(getTranslation("membership.applications.field.submitted"))
                .setKey("submittedAt")
                .setSortable(true);
        grid.addColumn(Application::nameEn)
                .setHeader(getTranslation("membership.field.name-en"))
                .setKey("nameEn")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(
                        "membership.applications.type." + a.type().name()))
                .setHeader(getTranslation("membership.applications.field.type"));
        grid.addColumn(a -> CountryField.name(a.country(), getLocale()))
                .setHeader(getTranslation("membership.applications.field.country"))
                .setKey("country")
                .setSortable(true);
        grid.addColumn(a -> getTranslation(a.status().labelKey()))
                .setHeader(getTranslation("membership.applications.field.status"))
                .setKey("status")
                .setSortable(true);
        grid.setItems(
                query -> {
                    String sort = null;
                    boolean ascending = false;
                    for (var order : query.getSortOrders()) {
                        sort = order.getSorted();
                        ascending = order.getDirection() == SortDirection.ASCENDING;
                        break;
                    }
                    return applications
                            .search(
                                    status.getValue(),
                                    search.getValue(),
                                    sort,
                                    ascending,
                                    query.getOffset(),
                                    query.getLimit())
                            .stream();
                },
                query -> applications.count(status.getValue(), search.getValue()));
        grid.setEmptyStateText(getTranslation("membership.applications.review.empty"));
        grid.setHeight("22em");
        grid.addSelectionListener(e ->
                e.getFirstSelectedItem().ifPresentOrElse(a -> show(a.id(), null), detail::removeAll));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("submittedAt")).build());
        detail.setWidthFull();
        detail.addClassName("membership-application-detail");
        add(grid, detail);
    }

    private void show(long id, @Nullable String doneKey) {
        detail.removeAll();
        Application a;
        try {
            a = applications.application(id);
        } catch (InvalidInputException | PermissionDeniedException e) {
            detail.add(new Paragraph(getTranslation("membership.applications.invalid.unknown")));
            return;
        }
        detail.add(new H2(a.nameEn() + (a.nameKo() == null ? "" : " / " + a.nameKo())));
        if (doneKey != null) {
            var done = new Paragraph(getTranslation(doneKey));
            done.addClassName("membership-done");
            detail.add(done);
        }
        var badge = new Span(getTranslation(a.status().labelKey()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("membership-application-status");
        detail.add(badge);
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        var facts = new Div();
        facts.addClassName("membership-application-facts");
        fact(
                facts,
                "membership.applications.field.type",
                getTranslation("membership.applications.type." + a.type().name()));
        fact(
                facts,
                "membership.applications.field.country",
                CountryField.name(a.country(), getLocale())
                        + (a.capital() ? " · " + getTranslation("membership.applications.field.capital") : ""));
        fact(facts, "membership.field.name-local", a.nameLocal());
        fact(facts, "membership.applications.field.website", a.website());
        fact(
                facts,
                "membership.field.head",
                a.headName() == null ? null : a.headName() + (a.headTitle() == null ? "" : " (" + a.headTitle() + ")"));
        fact(facts, "membership.field.address", a.address());
        fact(facts, "membership.applications.field.motivation", a.motivation());
        fact(
                facts,
                "membership.applications.field.contact",
                a.contactName() + (a.contactPosition() == null ? "" : " (" + a.contactPosition() + ")") + ", "
                        + a.contactEmail() + (a.contactPhone() == null ? "" : ", " + a.contactPhone()) + " · "
                        + a.contactLanguage().getDisplayLanguage(getLocale()));
        fact(
                facts,
                "membership.applications.field.consent",
                getTranslation(
                        "membership.applications.review.consent",
                        a.consentVersion(),
                        a.consentLanguage(),
                        a.consentAt().format(when)));
        fact(facts, "membership.applications.field.submitted", a.submittedAt().format(when));
        fact(facts, "membership.applications.field.comment", a.lastComment());
        fact(facts, "membership.applications.field.organisation", a.organisationKey());
        fact(
                facts,
                "membership.applications.field.updated",
                getTranslation(
                        "membership.applications.review.updated",
                        a.updatedBy(),
                        a.updatedAt().format(when)));
        detail.add(facts);
        detail.add(actions(a));
    }

    private Div actions(Application a) {
        var message = new Paragraph();
        message.addClassName("membership-application-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        var comment = new TextArea(getTranslation("membership.applications.review.comment"));
        comment.setMaxLength(ApplicationInput.MAX_COMMENT);
        comment.setWidthFull();
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (a.status().mayMoveTo(ApplicationStatus.COMPLETE)) {
            buttons.add(action(
                    "membership.applications.review.complete",
                    "membership-complete",
                    comment,
                    message,
                    () -> applications.markComplete(a.id(), a.version()),
                    "membership.applications.review.completed"));
        }
        if (a.status().mayMoveTo(ApplicationStatus.INFORMATION_REQUESTED)) {
            buttons.add(action(
                    "membership.applications.review.request",
                    "membership-request-information",
                    comment,
                    message,
                    () -> applications.requestInformation(a.id(), a.version(), comment.getValue()),
                    "membership.applications.review.requested"));
        }
        if (a.status().mayMoveTo(ApplicationStatus.REJECTED) && a.status() != ApplicationStatus.ON_AGENDA) {
            buttons.add(action(
                    "membership.applications.review.reject",
                    "membership-reject",
                    comment,
                    message,
                    () -> applications.reject(a.id(), a.version(), comment.getValue()),
                    "membership.applications.review.rejected"));
        }
        if (a.status().mayMoveTo(ApplicationStatus.WITHDRAWN)) {
            buttons.add(action(
                    "membership.applications.review.withdraw",
                    "membership-withdraw",
                    comment,
                    message,
                    () -> applications.withdraw(a.id(), a.version(), comment.getValue()),
                    "membership.applications.review.withdrawn"));
        }
        var box = new Div();
        if (!buttons.getChildren().toList().isEmpty()) {
            box.add(comment, buttons);
        }
        if (a.status() == ApplicationStatus.COMPLETE) {
            var meeting = new ComboBox<Agendas.MeetingChoice>(getTranslation("membership.applications.review.meeting"));
            meeting.setItems(agendas.meetings());
            meeting.setItemLabelGenerator(m -> getTranslation(m.kindLabelKey()) + " " + m.date());
            meeting.setWidth("24em");
            var agenda = new Button(getTranslation("membership.applications.review.agenda"), click -> {
                if (meeting.getValue() == null) {
                    meeting.setErrorMessage(getTranslation("membership.invalid.required"));
                    meeting.setInvalid(true);
                    return;
                }
                run(
                        message,
                        () -> agendas.placeOnAgenda(meeting.getValue().id(), a.id(), a.version()),
                        a.id(),
                        "membership.applications.review.on-agenda");
            });
            agenda.addClassName("membership-agenda");
            if (agendas.meetings().isEmpty()) {
                box.add(new Paragraph(getTranslation("membership.applications.review.no-meeting")));
            } else {
                box.add(new HorizontalLayout(meeting, agenda));
            }
            box.getChildren()
                    .filter(c -> c instanceof HorizontalLayout)
                    .findFirst()
                    .ifPresent(c -> ((HorizontalLayout) c).setAlignItems(Alignment.BASELINE));
        }
        if (a.status() == ApplicationStatus.ON_AGENDA) {
            box.add(new Paragraph(getTranslation("membership.applications.review.decide-in-governance")));
        }
        if (a.invitationFailed()) {
            var failed = new Paragraph(getTranslation("membership.applications.review.invitation-failed"));
            failed.addClassName("membership-invitation-failed");
            var again = new Button(
                    getTranslation("membership.applications.review.invite-again"),
                    click -> run(
                            message,
                            () -> applications.sendInvitation(a.id()),
                            a.id(),
                            "membership.applications.review.invited"));
            again.addClassName("membership-invite-again");
            box.add(failed, again);
        }
        box.add(message);
        return box;
    }

    private Button action(
            String labelKey, String className, TextArea comment, Paragraph message, Runnable call, String doneKey) {
        var button = new Button(getTranslation(labelKey));
        button.addClassName(className);
        if (className.equals("membership-complete")) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (className.equals("membership-reject")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.addClickListener(click -> {
            comment.setInvalid(false);
            message.setText("");
            try {
                call.run();
            } catch (InvalidInputException e) {
                String text = getTranslation(e.messageKey(), e.arguments().toArray());
                if ("comment".equals(e.field())) {
                    comment.setErrorMessage(text);
                    comment.setInvalid(true);
                } else {
                    message.setText(text);
                }
                return;
            }
            long id = grid.getSelectedItems().stream()
                    .findFirst()
                    .map(Application::id)
                    .orElse(-1L);
            grid.getDataProvider().refreshAll();
            show(id, doneKey);
        });
        return button;
    }

    private void run(Paragraph message, Runnable call, long id, String doneKey) {
        message.setText("");
        try {
            call.run();
        } catch (InvalidInputException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments().toArray()));
            return;
        }
        grid.getDataProvider().refreshAll();
        show(id, doneKey);
    }

    private void fact(Div facts, String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        var line = new Div(label, new Span(value));
        line.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");
        facts.add(line);
    }
}
