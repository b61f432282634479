package org.wego.plugin.api;

/**
 * What an iCalendar file asks of the calendar that opens it (iTIP, RFC 5546): publish events, invite
 * to them, or withdraw them.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public enum CalendarMethod {
    /** Events to show, without a reply expected (e.g. a download of a programme's sessions). */
    PUBLISH,
    /** An invitation, or an update of one (with a higher {@link CalendarEvent#sequence()}). */
    REQUEST,
    /** A withdrawal of events sent before: the same UIDs, a higher sequence, status cancelled. */
    CANCEL;

    /** The MIME type of a file of this method, for a {@link MailAttachment}. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + name();
    }
}
