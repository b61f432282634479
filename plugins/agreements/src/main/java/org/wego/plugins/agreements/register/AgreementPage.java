package org.wego.plugins.agreements.register;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.IsoDatePicker;

/**
 * One agreement for those who may see it: its terms, parties and signatories, today's status; for the
 * secretariat the moves its status allows (negotiate, redraft, sign, terminate) and a change of its terms.
 */
public class AgreementPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The page's route; the agreement's id is the query parameter {@code id}. */
    public static final String ROUTE = "agreements/agreement";

    private final Agreements agreements;
    private final PluginContext platform;
    private final ObjectProvider<AgreementSection> sections;
    private String title = "";

    public AgreementPage(Agreements agreements, PluginContext platform, ObjectProvider<AgreementSection> sections) {
        this.agreements = agreements;
        this.platform = platform;
        this.sections = sections;
        addClassName("agreements-agreement");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Agreement> found = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> agreements.find(Long.parseLong(id)));
        removeAll();
        title = found.map(a -> a.title(getLocale())).orElse(getTranslation("agreements.heading"));
        // Not there and not in the viewer's scope read the same: nothing is revealed.
        found.ifPresentOrElse(this::render, () -> {
            add(new H1(getTranslation("agreements.heading")));
            var missing = new Paragraph(getTranslation("agreements.not-found"));
            missing.addClassName("agreements-not-found");
            add(missing, new Anchor(AgreementsView.ROUTE, getTranslation("agreements.back")));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(Agreement agreement) {
        Messages messages = platform.messages(getLocale());
        add(new Anchor(AgreementsView.ROUTE, getTranslation("agreements.back")), new H1(agreement.title(getLocale())));
        if (!agreement.namesConfirmed()) {
            var unconfirmed = new Paragraph(getTranslation("agreements.names-unconfirmed"));
            unconfirmed.addClassName("agreements-unconfirmed");
            add(unconfirmed);
        }
        var details = new Div();
        details.addClassName("agreements-details");
        fact(details, "agreements.field.status", AgreementTexts.status(agreement, messages));
        fact(
                details,
                "agreements.field.kind",
                getTranslation("agreements.kind." + agreement.kind().name()));
        fact(
                details,
                "agreements.field.parties",
                AgreementTexts.parties(agreement.parties(), messages, platform.organisations()));
        fact(
                details,
                "agreements.field.wego-signatory",
                agreement.wegoSignatory() == null
                        ? getTranslation("agreements.wego")
                        : AgreementTexts.parties(
                                java.util.List.of(agreement.wegoSignatory()), messages, platform.organisations()));
        fact(details, "agreements.field.signed", AgreementTexts.signed(agreement, messages));
        fact(
                details,
                "agreements.field.effective",
                agreement.effective() == null
                        ? getTranslation("agreements.not-recorded")
                        : agreement.effective().toString());
        fact(details, "agreements.field.expiry", AgreementTexts.expiry(agreement, messages));
        if (agreement.noticeDeadline() != null) {
            fact(
                    details,
                    "agreements.field.notice-deadline",
                    agreement.noticeDeadline().toString());
        }
        fact(
                details,
                "agreements.field.renewal",
                agreement.autoRenewal()
                        ? getTranslation("agreements.renewal.automatic", agreement.renewalMonths())
                        : getTranslation("agreements.renewal.none"));
        if (agreement.noticeDays() != null) {
            fact(details, "agreements.field.notice-days", getTranslation("agreements.days", agreement.noticeDays()));
        }
        if (agreement.officerName() != null) {
            fact(details, "agreements.field.officer", agreement.officerName());
        }
        if (!agreement.languages().isEmpty()) {
            fact(
                    details,
                    "agreements.field.languages",
                    agreement.languages().stream()
                            .map(code -> Locale.of(code).getDisplayLanguage(getLocale()))
                            .collect(Collectors.joining(", ")));
        }
        if (agreement.terminatedOn() != null) {
            fact(
                    details,
                    "agreements.field.terminated-on",
                    agreement.terminatedOn().toString());
        }
        String purpose = "ko".equals(getLocale().getLanguage()) && agreement.purposeKo() != null
                ? agreement.purposeKo()
                : agreement.purposeEn() != null ? agreement.purposeEn() : agreement.purposeKo();
        if (purpose != null) {
            fact(details, "agreements.field.purpose", purpose);
        }
        add(details);
        if (!agreement.signatories().isEmpty()) {
            add(new H2(getTranslation("agreements.field.signatories")));
            var signatories = new Div();
            signatories.addClassName("agreements-signatories");
            agreement
                    .signatories()
                    .forEach(s -> signatories.add(new Div(new Span(
                            getTranslation("agreements.side." + s.side().name()) + ": " + s.name()
                                    + (s.title() == null ? "" : ", " + s.title())))));
            add(signatories);
        }
        if (agreements.mayManage()) {
            add(actions(agreement));
        }
        sections.stream()
                .sorted(Comparator.comparingInt(AgreementSection::order))
                .forEach(section -> section.render(agreement).ifPresent(this::add));
    }

    private HorizontalLayout actions(Agreement agreement) {
        var actions = new HorizontalLayout();
        actions.addClassName("agreements-actions");
        var edit = new Button(
                getTranslation("agreements.edit"),
                click -> getUI().ifPresent(ui ->
                        ui.navigate(AgreementForm.ROUTE, QueryParameters.of("id", Long.toString(agreement.id())))));
        edit.addClassName("agreements-edit");
        actions.add(edit);
        for (Move move : Lifecycle.movesFrom(agreement.status())) {
            if (move == Move.RENEW) {
                continue; // the renewal makes a successor; it has its own action
            }
            var button =
                    new Button(getTranslation("agreements.move." + move.name()), click -> confirm(agreement, move));
            button.addClassName("agreements-move-" + move.name().toLowerCase(Locale.ROOT));
            if (move == Move.TERMINATE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.add(button);
        }
        return actions;
    }

    /** A move asks what it needs: the signing year or day, the day a termination takes effect. */
    private void confirm(Agreement agreement, Move move) {
        if (move == Move.TERMINATE) { // a section that also takes the notice has the dialog
            var taking = sections.stream()
                    .filter(TerminationDialog.class::isInstance)
                    .map(TerminationDialog.class::cast)
                    .findFirst();
            if (taking.isPresent()) {
                taking.get()
                        .open(
                                agreement,
                                () -> getUI().ifPresent(ui ->
                                        ui.navigate(ROUTE, QueryParameters.of("id", Long.toString(agreement.id())))));
                return;
            }
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agreements.move." + move.name()));
        var year = new IntegerField(getTranslation("dates.field.year"));
        var day = new IsoDatePicker(
                getTranslation(move == Move.TERMINATE ? "agreements.field.terminated-on" : "dates.field.date"));
        var problem = new Paragraph();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        var body = new VerticalLayout();
        body.setPadding(false);
        if (move == Move.SIGN) {
            body.add(year, day);
        } else if (move == Move.TERMINATE) {
            body.add(day);
        } else {
            body.add(new Paragraph(
                    getTranslation("agreements.move.confirm", getTranslation("agreements.move." + move.name()))));
        }
        body.add(problem);
        dialog.add(body);
        var ok = new Button(getTranslation("agreements.move." + move.name()), click -> {
            try {
                DateOrYear signed = move == Move.SIGN
                        ? DateOrYear.check(AgreementInput.SIGNED_YEAR, year.getValue(), day.getValue())
                        : null;
                LocalDate terminated = move == Move.TERMINATE ? day.getValue() : null;
                agreements.move(agreement.id(), agreement.version(), move, signed, terminated);
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.of("id", Long.toString(agreement.id()))));
            } catch (InvalidInputException e) {
                problem.setText(getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("agreements-move-confirm");
        dialog.getFooter().add(new Button(getTranslation("agreements.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void fact(Div details, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        // 13em and a gap: "Signatory on WeGO's side" is wider than 12em and ran into its value.
        label.getStyle()
                .set("font-weight", "600")
                .set("min-width", "13em")
                .set("display", "inline-block")
                .set("margin-inline-end", "var(--lumo-space-m)");
        var row = new Div(label, new Span(value));
        row.addClassName("agreements-fact");
        details.add(row);
    }
}
