package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.wego.plugin.api.Stability;

/**
 * Builds one plugin's section of an organisation page, on every visit of the page, in the UI thread.
 * The platform puts the heading above it.
 */
@FunctionalInterface
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface OrganisationSectionFactory {

    /**
     * The section as the context's viewer may see it: only the records of this organisation the
     * viewer may see (use {@link OrganisationSectionContext#inScope()} for private ones).
     *
     * @return the content, or empty to show no section at all for this organisation and viewer
     */
    Optional<Component> section(OrganisationSectionContext context);
}
