package org.wego.plugins.agreements.register;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature of the plugin adds to an agreement's page below its terms (the renewal chain,
 * documents, …): a bean of the plugin's context; the page shows every one, lowest {@link #order()} first.
 */
public interface AgreementSection {

    /** Where the section goes among the others: lower first. */
    int order();

    /**
     * The section for an agreement the viewer may see (read through {@link Agreements#find}, so in scope);
     * empty when it has nothing to show.
     */
    Optional<Component> render(Agreement agreement);
}
