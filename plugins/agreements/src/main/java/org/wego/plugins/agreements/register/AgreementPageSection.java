package org.wego.plugins.agreements.register;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Optional;

/**
 * What another feature of the plugin adds to an agreement's page below its terms (its documents, deadlines,
 * renewals): a Spring bean of the plugin, shown in {@link #order()}. A section may also take over the
 * terminate move, to ask for more than the day (the termination notice and its file).
 */
public interface AgreementPageSection {

    /** Where the section goes: lower first. */
    int order();

    /** The section for the viewer, who may see the agreement; empty to show nothing. */
    Optional<Component> render(Agreement agreement, Locale locale);

    /**
     * Opens this section's own terminate dialog instead of the page's, if it has one.
     *
     * @param done run after the agreement was terminated (the page reloads)
     * @return whether it did
     */
    default boolean terminate(Agreement agreement, Locale locale, Runnable done) {
        return false;
    }
}
