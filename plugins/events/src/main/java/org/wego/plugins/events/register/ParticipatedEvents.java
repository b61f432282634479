package org.wego.plugins.events.register;

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
 * The organisation page's section "International events": the events the organisation took part in or
 * hosted, each linked through the platform's record references. Participation is not private: every
 * signed-in viewer sees it.
 */
@org.springframework.stereotype.Component
public class ParticipatedEvents implements OrganisationSectionFactory {

    private final Events events;
    private final PluginContext platform;

    ParticipatedEvents(Events events, PluginContext platform) {
        this.events = events;
        this.platform = platform;
    }

    @Override
    public Optional<Component> section(OrganisationSectionContext context) {
        Messages messages = context.messages();
        List<Event> taken = events.ofOrganisation(context.organisation().key().value());
        if (taken.isEmpty()) {
            return Optional.of(new Paragraph(messages.get("events.organisation.none")));
        }
        var list = new UnorderedList();
        for (Event event : taken) {
            var when = new Span(event.start().showPeriod(event.end(), messages) + " · ");
            var link = new ReferenceLink(platform.references().show(EventReferences.of(event.id()), messages.locale()));
            var item = new ListItem(when, link);
            if (event.role() != null) {
                item.add(new Span(
                        " · " + messages.get("events.role." + event.role().name())));
            }
            item.addClassName("events-organisation-event");
            list.add(item);
        }
        var section = new Div(list);
        section.addClassName("events-organisation");
        return Optional.of(section);
    }
}
