package org.wego.plugin.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event of an iCalendar file: a timed one ({@code start} to {@code end}, written in UTC so every
 * calendar shows it in its own zone) or one over whole days ({@code firstDay} to {@code lastDay},
 * inclusive). Build it with {@link #timed} or {@link #allDays}.
 *
 * @param key stable for the event within the plugin, e.g. {@code nomination-7-session-3}: the
 *     platform makes the UID {@code {pluginId}-{key}@wego-platform} from it, so an update or a
 *     cancellation names the same event
 * @param sequence the revision: 0 first, higher for each update or cancellation of the same event
 * @param summary the title
 * @param location where it takes place (a venue, or "Online"); may be empty
 * @param start the start of a timed event, else {@code null}
 * @param end the end of a timed event, else {@code null}
 * @param firstDay the first day of an all-day event, else {@code null}
 * @param lastDay the last day of an all-day event (inclusive), else {@code null}
 * @param organizer who organises it; required for {@link CalendarMethod#REQUEST} and {@link
 *     CalendarMethod#CANCEL}
 * @param attendees who is invited
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record CalendarEvent(
        String key,
        int sequence,
        String summary,
        String location,
        @Nullable Instant start,
        @Nullable Instant end,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        @Nullable CalendarPerson organizer,
        List<CalendarPerson> attendees) {

    /** @throws IllegalArgumentException for a bad key, a negative sequence or an empty or reversed time */
    public CalendarEvent {
        if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("An event key is letters, digits, dot, dash, underscore: '" + key + "'");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("A sequence starts at 0");
        }
        boolean timed = start != null && end != null && firstDay == null && lastDay == null;
        boolean days = start == null && end == null && firstDay != null && lastDay != null;
        if (!timed && !days) {
            throw new IllegalArgumentException("An event has a start and end, or a first and last day");
        }
        if (timed ? end.isBefore(start) : lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("Event '" + key + "' ends before it starts");
        }
        attendees = List.copyOf(attendees);
    }

    /** A timed event without organiser or attendees. */
    public static CalendarEvent timed(
            String key, int sequence, String summary, String location, Instant start, Instant end) {
        return new CalendarEvent(key, sequence, summary, location, start, end, null, null, null, List.of());
    }

    /** An event over whole days, {@code lastDay} included, without organiser or attendees. */
    public static CalendarEvent allDays(
            String key, int sequence, String summary, String location, LocalDate firstDay, LocalDate lastDay) {
        return new CalendarEvent(key, sequence, summary, location, null, null, firstDay, lastDay, null, List.of());
    }

    /** The same event with an organiser and attendees. */
    public CalendarEvent with(CalendarPerson organizer, List<CalendarPerson> attendees) {
        return new CalendarEvent(key, sequence, summary, location, start, end, firstDay, lastDay, organizer, attendees);
    }
}
