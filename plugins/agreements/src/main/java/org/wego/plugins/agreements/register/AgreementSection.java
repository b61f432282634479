package org.wego.plugins.agreements.register;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of an agreement's page that a feature package adds below its terms (its links to activities, its
 * documents): a bean of the plugin, asked for each agreement the viewer may see.
 */
public interface AgreementSection {

    /** The section for this agreement as the signed-in user sees it; empty for none. */
    Optional<Component> section(Agreement agreement);
}
