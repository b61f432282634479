package org.wego.platform.organisations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wego.platform.i18n.Translations;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.OrganisationSectionContext;
import org.wego.plugin.api.ui.OrganisationSectionContribution;

/**
 * The organisation-page sections of the plugins that run now, shown after the platform's own
 * sections: each only to the roles it names, each built by its plugin for the organisation and viewer,
 * and a failing one left out rather than breaking the page.
 */
@org.springframework.stereotype.Component
public class PluginSections implements OrganisationSection {

    private static final Logger LOG = LoggerFactory.getLogger(PluginSections.class);

    private final Map<String, List<OrganisationSectionContribution>> running = new ConcurrentHashMap<>();
    private final Translations translations;

    PluginSections(Translations translations) {
        this.translations = translations;
    }

    /** Adds a started plugin's sections. */
    public void register(String pluginId, List<OrganisationSectionContribution> sections) {
        running.put(pluginId, List.copyOf(sections));
    }

    /** Removes a plugin's sections (stopped, failed or uninstalled). */
    public void remove(String pluginId) {
        running.remove(pluginId);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Component> sectionFor(Organisation organisation, SignedInUser viewer) {
        var all = new VerticalLayout();
        all.setPadding(false);
        all.addClassName("wego-plugin-sections");
        running.values().stream()
                .flatMap(List::stream)
                .filter(section -> section.access().permits(viewer))
                .sorted(Comparator.comparingInt(OrganisationSectionContribution::order)
                        .thenComparing(OrganisationSectionContribution::id))
                .forEach(section -> build(section, organisation, viewer).ifPresent(all::add));
        return all.getComponentCount() == 0 ? Optional.empty() : Optional.of(all);
    }

    private Optional<Component> build(
            OrganisationSectionContribution section, Organisation organisation, SignedInUser viewer) {
        var context =
                new Context(organisation, viewer, Organisations.isInScope(viewer, organisation), messages(viewer));
        Optional<Component> content;
        try {
            content = section.factory().section(context);
        } catch (RuntimeException e) {
            LOG.warn("The organisation section {} failed for {}", section.id(), organisation.key(), e);
            return Optional.empty();
        }
        return content.map(c -> {
            var wrapper = new VerticalLayout();
            wrapper.setPadding(false);
            wrapper.addClassName("wego-organisation-section");
            wrapper.getElement().setAttribute("data-section", section.id());
            wrapper.add(new H2(context.messages().get(section.titleKey())), c);
            return wrapper;
        });
    }

    private Messages messages(SignedInUser viewer) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return translations.messages(ui == null ? viewer.locale() : ui.getLocale());
    }

    private record Context(Organisation organisation, SignedInUser viewer, boolean inScope, Messages messages)
            implements OrganisationSectionContext {}
}
