package org.wego.plugin.api;

/**
 * An organiser or attendee of a {@link CalendarEvent}.
 *
 * @param name the name to show
 * @param email the e-mail address, which calendars match to their owner
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record CalendarPerson(String name, String email) {}
