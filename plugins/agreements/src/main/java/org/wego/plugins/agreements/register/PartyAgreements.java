package org.wego.plugins.agreements.register;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.OrganisationSectionContext;
import org.wego.plugin.api.ui.OrganisationSectionFactory;
import org.wego.plugin.api.ui.ReferenceLink;

/**
 * The organisation page's section "Agreements": those the organisation is party to, as far as the viewer may
 * see them (the register's scope: the organisation's own users, its regional office, the secretariat).
 */
@org.springframework.stereotype.Component
public class PartyAgreements implements OrganisationSectionFactory {

    private final Agreements agreements;
    private final PluginContext platform;

    PartyAgreements(Agreements agreements, PluginContext platform) {
        this.agreements = agreements;
        this.platform = platform;
    }

    @Override
    public Optional<Component> section(OrganisationSectionContext context) {
        if (!context.inScope()) {
            return Optional.empty();
        }
        Messages messages = context.messages();
        String key = context.organisation().key().value();
        List<Agreement> theirs = agreements.list(Agreements.Filter.all(Agreements.MAX_PAGE)).stream()
                .filter(a -> a.parties().contains(key) || key.equals(a.wegoSignatory()))
                .toList();
        if (theirs.isEmpty()) {
            return Optional.of(new Paragraph(messages.get("agreements.organisation.none")));
        }
        var list = new UnorderedList();
        for (Agreement a : theirs) {
            var item = new ListItem(
                    new Span(AgreementTexts.signed(a, messages) + " · "),
                    new ReferenceLink(platform.references().show(AgreementReferences.of(a.id()), messages.locale())),
                    new Span(" · " + AgreementTexts.status(a, messages)));
            item.addClassName("agreements-organisation-agreement");
            list.add(item);
        }
        var section = new Div(list);
        section.addClassName("agreements-organisation");
        return Optional.of(section);
    }
}
