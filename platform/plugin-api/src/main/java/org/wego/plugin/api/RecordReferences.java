package org.wego.plugin.api;

import java.util.Locale;

/**
 * Shows references to records of other plugins (or of this one) by asking the owning plugin's
 * {@link RecordType} resolver. A plugin never needs the other plugin's classes: it stores {@link
 * RecordReference#value()} and shows what this service returns.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface RecordReferences {

    /**
     * The reference as the current user sees it, in a language: the title and link when the owning
     * plugin runs, declares the type and finds the record for that user; otherwise the platform's
     * "record of …, not available" text. Never throws for a missing plugin, type or record; a
     * resolver that fails is logged and shown as not available.
     */
    ShownReference show(RecordReference reference, Locale locale);

    /**
     * Whether a running plugin offers this type, e.g. to check a reference a user typed before
     * storing it.
     */
    boolean isOffered(String pluginId, String type);
}
