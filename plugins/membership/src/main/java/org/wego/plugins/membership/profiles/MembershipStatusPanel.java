package org.wego.plugins.membership.profiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.StatusChange;

/**
 * The "Membership status" part of a member's profile: the current status, its history, and for the
 * secretariat the buttons to suspend, end or reinstate the membership (a dialog asks for the reason
 * and the effective date; the service checks everything again).
 */
class MembershipStatusPanel extends Div {

    private final MembershipStanding standing;
    private final PluginContext platform;
    private final Runnable onChanged;

    MembershipStatusPanel(
            MembershipStanding standing, PluginContext platform, Organisation organisation, Runnable onChanged) {
        this.standing = standing;
        this.platform = platform;
        this.onChanged = onChanged;
        addClassName("membership-standing");
        // Room above, like the profile's other sections.
        getStyle().set("margin-top", "var(--lumo-space-xl)");
        add(new H2(getTranslation("membership.standing.title")));
        var status = new Span(
                getTranslation("membership.status." + organisation.status().name()));
        status.getElement()
                .getThemeList()
                .add(
                        switch (organisation.status()) {
                            case MEMBER -> "badge success";
                            case SUSPENDED -> "badge error";
                            default -> "badge contrast";
                        });
        status.addClassName("membership-standing-status");
        var current = new Paragraph(status);
        if (organisation.statusSince() != null) {
            current.add(" " + getTranslation("membership.standing.since", format(organisation.statusSince())));
        }
        add(current);
        add(history(organisation));
        if (standing.mayChange(platform.currentUser().orElse(null))) {
            var actions = new HorizontalLayout();
            for (MembershipStanding.Action action : standing.actionsFor(organisation)) {
                var button = new Button(getTranslation(action.labelKey()), e -> open(organisation, action));
                button.addClassName("membership-standing-" + action.name().toLowerCase(java.util.Locale.ROOT));
                if (action != MembershipStanding.Action.REINSTATE) {
                    button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                actions.add(button);
            }
            add(actions);
        }
    }

    private Div history(Organisation organisation) {
        var box = new Div();
        List<StatusChange> changes;
        try {
            changes = standing.history(organisation.key());
        } catch (PermissionDeniedException e) {
            return box;
        }
        if (changes.isEmpty()) {
            box.add(new Paragraph(getTranslation("membership.standing.no-history")));
            return box;
        }
        var table = new NativeTable();
        table.addClassName("membership-standing-history");
        table.setCaptionText(getTranslation("membership.standing.history"));
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("effective", "from", "to", "reason", "recorded-by")) {
            head.addHeaderCell().setText(getTranslation("membership.standing.column." + key));
        }
        for (StatusChange c : changes.reversed()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(format(c.effective()));
            row.addDataCell()
                    .setText(getTranslation("membership.status." + c.from().name()));
            row.addDataCell().setText(getTranslation("membership.status." + c.to().name()));
            row.addDataCell().setText(c.reason());
            row.addDataCell()
                    .setText(c.recordedBy() + ", "
                            + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(getLocale())
                                    .format(c.recordedAt().atZone(ZoneId.systemDefault())));
        }
        table.getChildren()
                .flatMap(com.vaadin.flow.component.Component::getChildren)
                .flatMap(com.vaadin.flow.component.Component::getChildren)
                .forEach(cell -> cell.getElement()
                        .getStyle()
                        .set("padding", "2px 8px")
                        .set("text-align", "start")
                        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)"));
        box.add(table);
        return box;
    }

    private void open(Organisation organisation, MembershipStanding.Action action) {
        var dialog = new Dialog();
        dialog.addClassName("membership-standing-dialog");
        dialog.setHeaderTitle(getTranslation(action.labelKey()) + ": " + organisation.name(getLocale()));
        LocalDate today = LocalDate.now(platform.clock());
        var effective = new DatePicker(getTranslation("membership.standing.effective"));
        effective.setLocale(getLocale());
        effective.setValue(today);
        effective.setMax(today);
        LocalDate earliest = today.minusYears(MembershipStanding.MAX_BACKDATE_YEARS);
        if (organisation.statusSince() != null && organisation.statusSince().isAfter(earliest)) {
            earliest = organisation.statusSince();
        }
        effective.setMin(earliest);
        effective.setHelperText(
                getTranslation("membership.standing.effective.help", MembershipStanding.MAX_BACKDATE_YEARS));
        var reason = new TextArea(getTranslation("membership.standing.reason"));
        reason.setMaxLength(OrganisationRegistry.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.addClassName("membership-standing-reason");
        var form = new FormLayout(effective, reason);
        form.setColspan(reason, 2);
        var message = new Paragraph();
        message.addClassName("membership-standing-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        dialog.add(new Paragraph(getTranslation("membership.standing.intro." + action.name())), form, message);
        var confirm = new Button(getTranslation(action.labelKey()), e -> {
            effective.setInvalid(false);
            reason.setInvalid(false);
            message.setText("");
            try {
                standing.change(organisation.key(), action, effective.getValue(), reason.getValue());
                dialog.close();
                onChanged.run();
            } catch (InvalidInputException problem) {
                String text =
                        getTranslation(problem.messageKey(), problem.arguments().toArray());
                if ("reason".equals(problem.field())) {
                    reason.setErrorMessage(text);
                    reason.setInvalid(true);
                } else if ("effective".equals(problem.field())) {
                    effective.setErrorMessage(text);
                    effective.setInvalid(true);
                } else {
                    message.setText(text);
                }
            } catch (PermissionDeniedException denied) {
                message.setText(getTranslation("membership.standing.denied"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (action != MembershipStanding.Action.REINSTATE) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClassName("membership-standing-confirm");
        dialog.getFooter().add(new Button(getTranslation("membership.standing.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private String format(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(date);
    }
}
