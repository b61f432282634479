package org.wego.plugins.events.register;

import java.util.Locale;

/**
 * The documents of an event, each a shelf of its own (attachments with versions): shown to every
 * signed-in user, changed by the secretariat.
 */
public enum DocumentKind {
    PROGRAMME,
    PRESENTATION,
    REPORT;

    /** The attachment entity of this kind, e.g. {@code events.programme}. */
    public String entity() {
        return "events." + name().toLowerCase(Locale.ROOT);
    }
}
