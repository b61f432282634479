package org.wego.plugins.training.nominations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code .ics} calendar (RFC 5545, iTIP methods of RFC 5546) attached to a trainee's e-mail: one
 * VEVENT per session in UTC times (so no VTIMEZONE is needed and every calendar shows them in its own
 * zone), or one all-day event over the programme's days when it has no sessions. {@code
 * METHOD:REQUEST} on enrolment and promotion, {@code METHOD:CANCEL} with the same UIDs on
 * cancellation, so the calendar removes exactly the events it added. Hand-written rather than a
 * library: the format needed here is small (pure, no I/O).
 */
final class NominationCalendar {

    /** The iTIP method: an invitation or its withdrawal. */
    enum Method {
        REQUEST,
        CANCEL
    }

    /**
     * One event: a timed session ({@code start}/{@code end}) or an all-day range ({@code firstDay} to
     * {@code lastDay}, inclusive).
     *
     * @param key stable per session (e.g. {@code session-7}) so a cancellation names the same UID
     */
    record Event(
            String key,
            @Nullable Instant start,
            @Nullable Instant end,
            @Nullable LocalDate firstDay,
            @Nullable LocalDate lastDay) {

        static Event timed(String key, Instant start, Instant end) {
            return new Event(key, start, end, null, null);
        }

        static Event allDays(String key, LocalDate first, LocalDate last) {
            return new Event(key, null, null, first, last);
        }
    }

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private NominationCalendar() {}

    /**
     * The calendar's text, lines ended by CRLF and folded at 75 octets as RFC 5545 wants.
     *
     * @param nominationId makes the UIDs unique per nomination (with each event's key)
     * @param organizer the organiser's e-mail address (required by iTIP for REQUEST and CANCEL)
     */
    static String text(
            Method method,
            long nominationId,
            List<Event> events,
            String summary,
            String location,
            String organizer,
            String attendeeName,
            String attendeeEmail,
            Instant stamp) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//WeGO Platform//Training//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(nominationId, event));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            // A cancellation must carry a higher sequence than the invitation it withdraws.
            line(out, "SEQUENCE:" + (method == Method.CANCEL ? 1 : 0));
            line(out, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
            if (event.start() != null && event.end() != null) {
                line(out, "DTSTART:" + UTC.format(event.start()));
                line(out, "DTEND:" + UTC.format(event.end()));
            } else {
                LocalDate first = java.util.Objects.requireNonNull(event.firstDay());
                LocalDate last = java.util.Objects.requireNonNull(event.lastDay());
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(first));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1))); // DTEND is exclusive
            }
            line(out, "SUMMARY:" + escape(summary));
            line(out, "LOCATION:" + escape(location));
            line(out, "ORGANIZER;CN=WeGO Secretariat:mailto:" + organizer);
            line(out, "ATTENDEE;CN=" + parameter(attendeeName) + ";ROLE=REQ-PARTICIPANT:mailto:" + attendeeEmail);
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Stable per nomination and session: the same on the invitation and on its cancellation. */
    static String uid(long nominationId, Event event) {
        return "training-nomination-" + nominationId + "-" + event.key() + "@wego-platform";
    }

    /** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value is quoted, and may not contain a double quote or control characters. */
    private static String parameter(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space of the continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
