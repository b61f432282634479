package org.wego.plugin.api;

import java.util.List;

/**
 * The platform's iCalendar writer (RFC 5545, with the iTIP methods of RFC 5546): one way for every
 * plugin to send invitations, updates and cancellations that calendars apply to the same events.
 * Pure: it reads and stores nothing. UIDs are {@code {pluginId}-{key}@wego-platform}, stable across
 * releases, so a cancellation sent years later still removes the event it names.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface Calendars {

    /**
     * The text of a calendar file of these events: for {@link CalendarMethod#CANCEL} every event is
     * marked {@code STATUS:CANCELLED}; give it a sequence higher than the invitation's.
     *
     * @throws IllegalArgumentException for no events, or an invitation or cancellation whose event has
     *     no organiser
     */
    String write(CalendarMethod method, List<CalendarEvent> events);

    /** The file as an e-mail attachment, e.g. {@code invitation.ics}. */
    default MailAttachment attachment(String fileName, CalendarMethod method, List<CalendarEvent> events) {
        return new MailAttachment(
                fileName,
                method.contentType(),
                write(method, events).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
