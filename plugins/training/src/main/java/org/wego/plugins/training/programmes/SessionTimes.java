package org.wego.plugins.training.programmes;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Session times as a reader sees them: converted from the session's own zone (the venue's, UTC online)
 * into the reader's (their time-zone preference on a page, the recipient's zone in a mail), with the
 * UTC offset written out, e.g. {@code 2026-03-04 09:00 (UTC+09:00)}: unambiguous in any country and
 * language, and right across daylight saving. Pure, no I/O.
 */
public final class SessionTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SessionTimes() {}

    /** A moment in the reader's zone: {@code 2026-03-04 09:00 (UTC+09:00)}. */
    public static String at(ZonedDateTime time, ZoneId reader) {
        ZonedDateTime shown = time.withZoneSameInstant(reader);
        return DATE_TIME.format(shown) + " " + offset(shown.getOffset());
    }

    /**
     * A session in the reader's zone: {@code 2026-03-04 09:00–12:00 (UTC+09:00)}; one that ends on
     * another day there, or at another offset (a daylight-saving change), gives its end in full.
     */
    public static String span(Session session, ZoneId reader) {
        ZonedDateTime start = session.startsAt().withZoneSameInstant(reader);
        ZonedDateTime end = session.endsAt().withZoneSameInstant(reader);
        if (start.toLocalDate().equals(end.toLocalDate()) && start.getOffset().equals(end.getOffset())) {
            return DATE_TIME.format(start) + "–" + TIME.format(end) + " " + offset(start.getOffset());
        }
        return at(start, reader) + " – " + at(end, reader);
    }

    /** The times only, for a day already shown (a calendar cell): {@code 09:00–12:00 (UTC+09:00)}. */
    static String times(Session session, ZoneId reader) {
        ZonedDateTime start = session.startsAt().withZoneSameInstant(reader);
        ZonedDateTime end = session.endsAt().withZoneSameInstant(reader);
        String endText = start.toLocalDate().equals(end.toLocalDate())
                ? TIME.format(end)
                : TIME.format(end) + " (" + end.toLocalDate() + ")";
        return TIME.format(start) + "–" + endText + " " + offset(start.getOffset());
    }

    /** {@code (UTC+09:00)}, {@code (UTC-03:30)}, {@code (UTC+00:00)}. */
    public static String offset(ZoneOffset offset) {
        return "(UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId()) + ")";
    }
}
