package org.wego.plugins.agreements.deadlines;

import java.util.List;
import org.wego.plugin.api.CalendarEvent;
import org.wego.plugin.api.CalendarMethod;
import org.wego.plugin.api.Calendars;
import org.wego.plugin.api.Messages;

/**
 * The deadlines as a published calendar (RFC 5545, {@code METHOD:PUBLISH}), written by the kit's iCalendar
 * writer: one all-day event per deadline, its UID stable per agreement and kind ({@code
 * agreements-deadline-7-notice@wego-platform}), so a calendar that refreshes the feed moves a moved deadline
 * rather than adding one.
 */
final class DeadlineCalendar {

    /** A calendar without events: the writer wants at least one, a feed may have none today. */
    static final String EMPTY = "BEGIN:VCALENDAR\r\nPRODID:-//WeGO Platform//agreements//EN\r\nVERSION:2.0\r\n"
            + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";

    private DeadlineCalendar() {}

    /** The calendar's text in the language of {@code messages}. */
    static String text(Calendars calendars, Messages messages, List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return EMPTY;
        }
        List<CalendarEvent> events = deadlines.stream()
                .map(d -> CalendarEvent.allDays(
                        "deadline-" + d.term().id() + "-" + d.kind().name().toLowerCase(java.util.Locale.ROOT),
                        0,
                        messages.get(
                                "agreements.due.feed.event." + d.kind().name(),
                                d.term().title(messages.locale())),
                        "",
                        d.date(),
                        d.date()))
                .toList();
        return calendars.write(CalendarMethod.PUBLISH, events);
    }
}
