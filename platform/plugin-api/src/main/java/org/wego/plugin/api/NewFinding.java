package org.wego.plugin.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A data-quality finding a plugin records about its seed or its records, for the secretariat's
 * data-quality screen.
 *
 * @param kind what kind of problem, lower-case letters, digits and hyphens (e.g. {@code
 *     reported-total-differs}); with the subject, it makes the finding unique
 * @param subject what it is about: a record reference's value, a seed line, a key (at most 200
 *     characters)
 * @param organisation the organisation it concerns, if any
 * @param detailKey the message key of the description, in the plugin's bundle (English and Korean)
 * @param arguments the description's arguments, as text
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record NewFinding(
        String kind, String subject, @Nullable OrganisationKey organisation, String detailKey, List<String> arguments) {

    public NewFinding {
        arguments = List.copyOf(arguments);
    }
}
