package org.wego.plugins.events.register;

import java.util.Locale;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.ui.CountryField;

/** How an event's place, host and WeGO's role read on the list and the event's page. */
final class EventTexts {

    private EventTexts() {}

    /** "Busan, Republic of Korea", the country alone, or "not recorded". */
    static String place(Event event, Messages messages) {
        Locale locale = messages.locale();
        String country = event.country() == null ? null : CountryField.name(event.country(), locale);
        if (event.city() == null && country == null) {
            return messages.get("events.not-recorded");
        }
        if (event.city() == null) {
            return country;
        }
        return country == null ? event.city() : event.city() + ", " + country;
    }

    /** WeGO, the registry's name of a member or partner, the free text, or "not recorded". */
    static String host(Event event, Messages messages, OrganisationDirectory registry) {
        if (event.hostKind() == null) {
            return messages.get("events.not-recorded");
        }
        return switch (event.hostKind()) {
            case WEGO -> messages.get("events.host.WEGO");
            case OTHER -> event.hostName() == null ? "" : event.hostName();
            case MEMBER, PARTNER ->
                event.hostOrganisation() == null
                        ? messages.get("events.not-recorded")
                        : registry.byKey(OrganisationKey.of(event.hostOrganisation()))
                                .map(organisation -> organisation.name(messages.locale()))
                                .orElse(event.hostOrganisation());
        };
    }

    /** WeGO's role, or "not recorded". */
    static String role(Event event, Messages messages) {
        return event.role() == null
                ? messages.get("events.not-recorded")
                : messages.get("events.role." + event.role().name());
    }
}
