package org.wego.plugin.api.ui;

import org.wego.plugin.api.Access;
import org.wego.plugin.api.Stability;

/**
 * A section of the organisation page (e.g. a city's trainees), shown below the registry's own
 * fields to viewers its {@link Access} permits and for whom its factory returns a component.
 *
 * @param id unique among all sections, prefixed with the plugin's id (e.g. {@code training.trainees})
 * @param titleKey the message key of the section's heading, in the plugin's bundle
 * @param order where it sorts: lower first; the platform's own sections use 0–99
 * @param access which roles may see it at all (the factory narrows it to the organisations in scope)
 * @param factory builds the section for one organisation and viewer
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record OrganisationSectionContribution(
        String id, String titleKey, int order, Access access, OrganisationSectionFactory factory) {}
