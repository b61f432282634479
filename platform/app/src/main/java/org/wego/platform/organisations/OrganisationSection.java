package org.wego.platform.organisations;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.SignedInUser;

/**
 * A part of an organisation's page that another feature owns (its users, its documents), so this
 * package shows them without depending on those features. Spring beans implementing it are shown in
 * their {@link #order()}, below the registry's own fields.
 */
public interface OrganisationSection {

    /** Where the section goes; lower first. */
    int order();

    /**
     * The section for one organisation as this viewer may see it, or empty when the viewer may not
     * see this section of that organisation at all. Called on every visit of the page.
     */
    Optional<Component> sectionFor(Organisation organisation, SignedInUser viewer);
}
