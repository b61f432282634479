package org.wego.platform.calendars;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.wego.plugin.api.CalendarEvent;
import org.wego.plugin.api.CalendarMethod;
import org.wego.plugin.api.CalendarPerson;
import org.wego.plugin.api.Calendars;

/**
 * {@link Calendars} for one owner (a plugin id, or {@code platform}), on ical4j, which escapes and
 * folds the text as RFC 5545 wants. Timed events are written in UTC (no VTIMEZONE needed, every
 * calendar shows them in its own zone); all-day events as dates, the end exclusive. Pure apart from
 * the clock's stamp.
 */
public final class CalendarWriter implements Calendars {

    private final String owner;
    private final Clock clock;

    public CalendarWriter(String owner, Clock clock) {
        this.owner = owner;
        this.clock = clock;
    }

    /** The UID of an event of this owner: stable, so updates and cancellations name the same event. */
    public String uid(String key) {
        return owner + "-" + key + "@wego-platform";
    }

    @Override
    public String write(CalendarMethod method, List<CalendarEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A calendar file needs at least one event");
        }
        var calendar = new Calendar();
        calendar.add(new ProdId("-//WeGO Platform//" + owner + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method.name()));
        for (CalendarEvent event : events) {
            calendar.add(event(method, event));
        }
        var out = new StringWriter();
        try {
            // Not validating: iTIP's rules for each method are ours to keep, and checked by the tests. ical4j
            // folds at 75 characters, which Korean text makes over 200 octets: unfolded here, folded below.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var folded = new StringBuilder();
        for (String line : out.toString().split("\r\n")) {
            fold(folded, line);
        }
        return folded.toString();
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    private static void fold(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1; // the continuation's leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    private VEvent event(CalendarMethod method, CalendarEvent event) {
        VEvent vevent = event.start() != null && event.end() != null
                ? new VEvent(event.start(), event.end(), event.summary())
                // DTEND of a date is exclusive: the day after the last.
                : new VEvent(
                        java.util.Objects.requireNonNull(event.firstDay()),
                        java.util.Objects.requireNonNull(event.lastDay()).plusDays(1),
                        event.summary());
        vevent.add(new Uid(uid(event.key())));
        vevent.replace(new DtStamp(clock.instant())); // the constructor stamps the wall clock
        vevent.add(new Sequence(event.sequence()));
        vevent.add(
                method == CalendarMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (!event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        CalendarPerson organizer = event.organizer();
        if (organizer == null && method != CalendarMethod.PUBLISH) {
            throw new IllegalArgumentException(
                    "An invitation or cancellation names its organiser: event " + event.key());
        }
        if (organizer != null) {
            var property = new Organizer(mailto(organizer.email()));
            property.add(new Cn(organizer.name()));
            vevent.add(property);
        }
        for (CalendarPerson attendee : event.attendees()) {
            var property = new Attendee(mailto(attendee.email()));
            property.add(new Cn(attendee.name()));
            property.add(net.fortuna.ical4j.model.parameter.Role.REQ_PARTICIPANT);
            vevent.add(property);
        }
        return vevent;
    }

    private static URI mailto(String email) {
        if (email.isBlank() || email.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            throw new IllegalArgumentException("Not an e-mail address: '" + email + "'");
        }
        return URI.create("mailto:" + email.strip());
    }
}
