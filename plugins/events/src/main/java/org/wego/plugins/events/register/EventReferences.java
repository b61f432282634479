package org.wego.plugins.events.register;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.RecordLookup;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.RecordResolver;
import org.wego.plugin.api.ReferencedRecord;

/**
 * Events as records other plugins (and this plugin's organisation section) refer to: {@code
 * events:event:{id}}, titled in the viewer's language, for every signed-in viewer.
 */
@Component
public class EventReferences implements RecordResolver {

    /** The record type: {@code events:event:{id}}. */
    public static final String TYPE = "event";

    private final Events events;

    EventReferences(Events events) {
        this.events = events;
    }

    /** The reference to an event. */
    public static RecordReference of(long id) {
        return RecordReference.of("events", TYPE, id);
    }

    @Override
    public Optional<ReferencedRecord> resolve(RecordLookup lookup) {
        if (lookup.viewer() == null || !lookup.id().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return events.read(Long.parseLong(lookup.id()))
                .map(event ->
                        new ReferencedRecord(event.title(lookup.locale()), EventPage.ROUTE + "?id=" + event.id()));
    }
}
