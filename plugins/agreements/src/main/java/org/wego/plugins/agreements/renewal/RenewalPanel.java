package org.wego.plugins.agreements.renewal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.AgreementPage;
import org.wego.plugins.agreements.register.Move;

/**
 * The renewal part of an agreement's page: its chain both ways, "renew" for the secretariat, "propose a change"
 * for a member party or its office, and the proposals with their decisions (an accepted amendment marked for
 * the secretariat to record). Built when attached, in the viewer's language.
 */
class RenewalPanel extends VerticalLayout {

    private final Agreement agreement;
    private final Renewals renewals;
    private final ChangeRequests requests;

    RenewalPanel(Agreement agreement, Renewals renewals, ChangeRequests requests) {
        this.agreement = agreement;
        this.renewals = renewals;
        this.requests = requests;
        setPadding(false);
        addClassName("agreements-renewal");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    private void refresh() {
        removeAll();
        Renewals.Chain chain = renewals.chain(agreement);
        if (agreement.autoRenewal() && agreement.expiry() != null && agreement.renewalMonths() != null) {
            var term = new Paragraph(getTranslation(
                    "agreements.renewal.term", agreement.expiry().toString(), agreement.renewalMonths()));
            term.addClassName("agreements-renewal-term");
            add(term);
        }
        if (!chain.isEmpty()) {
            add(new H2(getTranslation("agreements.renewal.chain")));
            var links = new Div();
            links.addClassName("agreements-renewal-chain");
            chain.predecessors().forEach(a -> links.add(link("agreements.renewal.renews", a, "predecessor")));
            chain.successors().forEach(a -> links.add(link("agreements.renewal.renewed-by", a, "successor")));
            add(links);
        }
        var actions = new Div();
        if (renewals.mayRenew() && Move.RENEW.allowedFrom(agreement.status())) {
            var renew = new Button(getTranslation("agreements.renewal.renew"), click -> confirmRenewal());
            renew.addClassName("agreements-renewal-renew");
            actions.add(renew);
        }
        // Members propose for a signed agreement still in force or lapsed (the statuses a renewal may start in).
        if (requests.mayPropose() && Move.RENEW.allowedFrom(agreement.status())) {
            var propose = new Button(getTranslation("agreements.renewal.propose"), click -> propose());
            propose.addClassName("agreements-renewal-propose");
            actions.add(propose);
        }
        add(actions);
        List<ChangeRequest> proposed = requests.of(agreement.id());
        if (!proposed.isEmpty()) {
            add(new H2(getTranslation("agreements.renewal.requests")));
            var list = new Div();
            list.addClassName("agreements-renewal-requests");
            proposed.forEach(r -> list.add(request(r)));
            add(list);
        }
    }

    private Div link(String relationKey, Agreement other, String kind) {
        var label = new Span(getTranslation(relationKey) + ": ");
        var anchor = new Anchor(
                AgreementPage.ROUTE + "?id=" + other.id(),
                other.title(getLocale()) + " ("
                        + getTranslation("agreements.status." + other.status().name()) + ")");
        var row = new Div(label, anchor);
        row.addClassName("agreements-renewal-" + kind);
        return row;
    }

    private Div request(ChangeRequest r) {
        var box = new Div();
        box.addClassName("agreements-renewal-request");
        box.add(new H3(getTranslation("agreements.renewal.kind." + r.kind().name()) + " · "
                + getTranslation(
                        "agreements.renewal.request.status." + r.status().name()) + " · "
                + r.submittedAt().toLocalDate()));
        if (r.acceptedAmendment()) {
            var accepted = new Paragraph(getTranslation("agreements.renewal.accepted-amendment"));
            accepted.addClassName("agreements-renewal-accepted");
            box.add(accepted);
        }
        fact(box, "agreements.renewal.field.proposed-by", r.submittedBy() + " (" + r.organisation() + ")");
        if (r.textEn() != null) {
            fact(box, "agreements.renewal.field.text-en", r.textEn());
        }
        if (r.textKo() != null) {
            fact(box, "agreements.renewal.field.text-ko", r.textKo());
        }
        fact(box, "agreements.renewal.field.reason", r.reason());
        if (r.comment() != null) {
            fact(box, "agreements.renewal.comment", r.comment());
        }
        return box;
    }

    private void fact(Div box, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        var text = new Span(value); // Span sets text, never HTML: what a member typed shows as typed
        text.getStyle().set("white-space", "pre-wrap");
        box.add(new Div(label, text));
    }

    private void confirmRenewal() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agreements.renewal.renew"));
        var problem = new Paragraph();
        problem.addClassName("agreements-renewal-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        dialog.add(new Paragraph(getTranslation("agreements.renewal.confirm")), problem);
        var ok = new Button(getTranslation("agreements.renewal.renew"), click -> {
            try {
                long successor = renewals.renew(agreement.id());
                dialog.close();
                getUI().ifPresent(ui ->
                        ui.navigate(AgreementPage.ROUTE, QueryParameters.of("id", Long.toString(successor))));
            } catch (InvalidInputException e) {
                problem.setText(getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("agreements-renewal-confirm");
        dialog.getFooter().add(new Button(getTranslation("agreements.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void propose() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agreements.renewal.propose"));
        var kind = new RadioButtonGroup<ChangeKind>(getTranslation("agreements.renewal.field.kind"));
        kind.setItems(ChangeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("agreements.renewal.kind." + k.name()));
        kind.setValue(ChangeKind.AMENDMENT);
        var textEn = new TextArea(getTranslation("agreements.renewal.field.text-en"));
        var textKo = new TextArea(getTranslation("agreements.renewal.field.text-ko"));
        var reason = new TextArea(getTranslation("agreements.renewal.field.reason"));
        for (TextArea area : List.of(textEn, textKo, reason)) {
            area.setWidthFull();
            area.setMaxLength(ChangeRules.MAX_TEXT);
        }
        textEn.addClassName("agreements-renewal-text-en");
        textKo.addClassName("agreements-renewal-text-ko");
        reason.addClassName("agreements-renewal-reason");
        kind.addValueChangeListener(change -> {
            boolean amendment = change.getValue() != ChangeKind.RENEWAL;
            textEn.setVisible(amendment);
            textKo.setVisible(amendment);
        });
        var problem = new Paragraph();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        var body = new VerticalLayout(kind, textEn, textKo, reason, problem);
        body.setPadding(false);
        dialog.add(body);
        dialog.setWidth("min(40em, 95vw)");
        var send = new Button(getTranslation("agreements.renewal.submit"), click -> {
            textEn.setInvalid(false);
            textKo.setInvalid(false);
            reason.setInvalid(false);
            kind.setInvalid(false);
            problem.setText("");
            try {
                requests.propose(
                        agreement.id(),
                        new ChangeInput(kind.getValue(), textEn.getValue(), textKo.getValue(), reason.getValue()));
                dialog.close();
                Notification.show(getTranslation("agreements.renewal.sent"));
                refresh();
            } catch (InvalidInputException e) {
                String message = getTranslation(e.messageKey(), e.arguments().toArray());
                // A translated message next to the field it is about.
                if (ChangeInput.TEXT_EN.name().equals(e.field())) {
                    textEn.setErrorMessage(message);
                    textEn.setInvalid(true);
                } else if (ChangeInput.TEXT_KO.name().equals(e.field())) {
                    textKo.setErrorMessage(message);
                    textKo.setInvalid(true);
                } else if (ChangeInput.REASON.name().equals(e.field())) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                } else if (ChangeInput.KIND.name().equals(e.field())) {
                    kind.setErrorMessage(message);
                    kind.setInvalid(true);
                } else {
                    problem.setText(message);
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("agreements-renewal-send");
        dialog.getFooter().add(new Button(getTranslation("agreements.cancel"), click -> dialog.close()), send);
        dialog.open();
    }
}
