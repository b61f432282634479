package org.wego.plugins.events;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.RecordType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.WegoPlugin;
import org.wego.plugin.api.ui.OrganisationSectionContribution;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.plugins.events.demo.EventsDemo;
import org.wego.plugins.events.register.DocumentKind;
import org.wego.plugins.events.register.EventForm;
import org.wego.plugins.events.register.EventPage;
import org.wego.plugins.events.register.EventReferences;
import org.wego.plugins.events.register.Events;
import org.wego.plugins.events.register.EventsView;
import org.wego.plugins.events.register.ParticipatedEvents;
import org.wego.plugins.events.statistics.EventStatisticsView;

/**
 * International events WeGO hosts and joins: the register (list, page, form, documents), the statistics
 * beside the overview's reported counts, the REST API, the organisation page's section and demo data. Built
 * from {@code ./wego new-plugin events} on the plugin API and its kit only.
 */
@Configuration
@ComponentScan
@EnableTransactionManagement // with the platform's transaction manager, which the plugin context offers
public class EventsPlugin implements WegoPlugin {

    private final EventReferences references;
    private final ParticipatedEvents participated;
    private final EventsDemo demo;

    public EventsPlugin(EventReferences references, ParticipatedEvents participated, EventsDemo demo) {
        this.references = references;
        this.participated = participated;
        this.demo = demo;
    }

    @Override
    public void contribute(PluginContributions add) {
        Access everyone = Access.forAllRoles();
        Access secretariat = Access.forRoles(Role.SECRETARIAT);
        add.view(new ViewContribution(EventsView.ROUTE, EventsView.class, everyone, "events.heading"))
                .menu(new MenuEntry(EventsView.ROUTE, "events.menu", "vaadin:globe", 400, everyone))
                .view(new ViewContribution(EventPage.ROUTE, EventPage.class, everyone, "events.heading"))
                .view(new ViewContribution(EventForm.ROUTE, EventForm.class, secretariat, "events.record"))
                .view(new ViewContribution(
                        EventStatisticsView.ROUTE, EventStatisticsView.class, everyone, "events.statistics.title"))
                .menu(new MenuEntry(
                        EventStatisticsView.ROUTE, "events.menu.statistics", "vaadin:bar-chart", 401, everyone))
                .permission(Events.MANAGE, Role.SECRETARIAT)
                // Events as records other plugins refer to; on each organisation's page, the events it joined.
                .recordType(new RecordType(EventReferences.TYPE, "events.reference.event", references))
                .organisationSection(new OrganisationSectionContribution(
                        "events.participation", "events.organisation.title", 300, everyone, participated))
                .demoData(demo); // ./wego run --demo loads it once into its own database
        // Programmes, presentations and reports are for every signed-in user; the secretariat files them.
        for (DocumentKind kind : DocumentKind.values()) {
            add.attachmentRule(kind.entity(), AttachmentRule.ANY_SIGNED_IN_USER);
        }
    }
}
