package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One daily session of a programme, stored: a date with a start and end in local time of its zone (the
 * venue's; UTC for online programmes). Its id stays the same across edits that keep its date and start
 * (attendance can refer to it).
 */
public record Session(long id, LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {

    /** The instant the session starts, in its zone. */
    ZonedDateTime startsAt() {
        return ZonedDateTime.of(date, start, zone);
    }

    /** The instant the session ends, in its zone. */
    ZonedDateTime endsAt() {
        return ZonedDateTime.of(date, end, zone);
    }
}
