package org.wego.plugins.events.register;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.testkit.InPlugin;

/**
 * Calls into the running plugin with its real types (the kit's {@link InPlugin}), as the current user:
 * {@code record} (a title and participants' keys, answering the id), {@code change} (id and version, answering
 * the new version), {@code file} (an event's id, answering the stored programme's attachment id) and {@code
 * sees} (an attachment id, answering whether the user may read it).
 */
public class EventCalls implements InPlugin<Map<String, Function<Object[], Object>>> {

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        Events events = beans.bean(Events.class);
        EventDocuments documents = beans.bean(EventDocuments.class);
        PluginContext platform = beans.bean(PluginContext.class);
        return Map.of(
                "record",
                args -> events.create(new EventInput(
                        (String) args[0],
                        "국제행사 " + args[0],
                        null,
                        LocalDate.of(2026, 10, 12),
                        LocalDate.of(2026, 10, 14),
                        "Seoul",
                        "KR",
                        HostKind.OTHER,
                        null,
                        "ITU",
                        WegoRole.SPEAKER,
                        Set.of(),
                        (Set<String>) args[1],
                        "https://www.itu.int/")),
                "change",
                args -> {
                    Event event = events.find((Long) args[0]).orElseThrow();
                    return events.update(
                                    event.id(),
                                    (Long) args[1],
                                    new EventInput(
                                            event.titleEn() + " (changed)",
                                            event.titleKo(),
                                            event.start().year(),
                                            event.start().date(),
                                            event.end(),
                                            event.city(),
                                            event.country(),
                                            event.hostKind(),
                                            event.hostOrganisation(),
                                            event.hostName(),
                                            event.role(),
                                            Set.copyOf(event.topics()),
                                            Set.copyOf(event.participants()),
                                            event.link()))
                            .version();
                },
                "file",
                args -> platform.attachments()
                        .store(
                                documents.of((Long) args[0], DocumentKind.PROGRAMME),
                                "Programme.pdf",
                                "application/pdf",
                                new ByteArrayInputStream(PDF),
                                AttachmentLimits.documents())
                        .id(),
                "sees",
                args -> platform.attachments().find((Long) args[0]).isPresent());
    }
}
