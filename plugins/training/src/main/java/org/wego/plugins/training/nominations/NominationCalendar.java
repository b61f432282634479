package org.wego.plugins.training.nominations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.CalendarEvent;
import org.wego.plugin.api.CalendarMethod;
import org.wego.plugin.api.CalendarPerson;
import org.wego.plugin.api.Calendars;
import org.wego.plugin.api.MailAttachment;

/**
 * The {@code .ics} calendar attached to a trainee's e-mail, written by the platform's iCalendar writer
 * ({@link Calendars}): one event per session (in UTC, so every calendar shows it in its own zone), or
 * one all-day event over the programme's days when it has no sessions. {@code METHOD:REQUEST} on
 * enrolment and promotion, {@code METHOD:CANCEL} with the same UIDs and a higher sequence on
 * cancellation, so the calendar removes exactly the events it added. The UIDs ({@code
 * training-nomination-{id}-{key}@wego-platform}) are those of the hand-written calendar before, so
 * invitations sent then are still cancelled.
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

    private NominationCalendar() {}

    /**
     * The calendar file as an e-mail attachment.
     *
     * @param nominationId makes the UIDs unique per nomination (with each event's key)
     * @param organizer the organiser's e-mail address (required by iTIP for REQUEST and CANCEL)
     */
    static MailAttachment attachment(
            Calendars calendars,
            Method method,
            long nominationId,
            List<Event> events,
            String summary,
            String location,
            String organizer,
            String attendeeName,
            String attendeeEmail) {
        return calendars.attachment(
                method == Method.CANCEL ? "cancellation.ics" : "invitation.ics",
                calendarMethod(method),
                calendarEvents(
                        method, nominationId, events, summary, location, organizer, attendeeName, attendeeEmail));
    }

    /** The calendar's text, as {@link #attachment} attaches it. */
    static String text(
            Calendars calendars,
            Method method,
            long nominationId,
            List<Event> events,
            String summary,
            String location,
            String organizer,
            String attendeeName,
            String attendeeEmail) {
        return calendars.write(
                calendarMethod(method),
                calendarEvents(
                        method, nominationId, events, summary, location, organizer, attendeeName, attendeeEmail));
    }

    private static CalendarMethod calendarMethod(Method method) {
        return method == Method.CANCEL ? CalendarMethod.CANCEL : CalendarMethod.REQUEST;
    }

    private static List<CalendarEvent> calendarEvents(
            Method method,
            long nominationId,
            List<Event> events,
            String summary,
            String location,
            String organizer,
            String attendeeName,
            String attendeeEmail) {
        // A cancellation must carry a higher sequence than the invitation it withdraws.
        int sequence = method == Method.CANCEL ? 1 : 0;
        var secretariat = new CalendarPerson("WeGO Secretariat", organizer);
        var attendee = new CalendarPerson(attendeeName, attendeeEmail);
        return events.stream()
                .map(event -> new CalendarEvent(
                        "nomination-" + nominationId + "-" + event.key(),
                        sequence,
                        summary,
                        location,
                        event.start(),
                        event.end(),
                        event.firstDay(),
                        event.lastDay(),
                        secretariat,
                        List.of(attendee)))
                .toList();
    }
}
