package org.wego.plugins.events.register;

import org.springframework.stereotype.Component;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.PluginContext;

/**
 * Where an event's documents are filed. They belong to the secretariat's organisation, so the platform's
 * organisation scope lets the secretariat (and nobody else) store, version and delete them; who may read
 * them is the plugin's attachment rule (every signed-in user), declared in the entry class.
 */
@Component
public class EventDocuments {

    private final PluginContext platform;

    EventDocuments(PluginContext platform) {
        this.platform = platform;
    }

    /** The record a kind of document of an event is attached to. */
    public AttachedTo of(long eventId, DocumentKind kind) {
        return new AttachedTo(
                kind.entity(),
                Long.toString(eventId),
                platform.organisations().secretariat().key());
    }
}
