package org.wego.platform.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.CalendarEvent;
import org.wego.plugin.api.CalendarMethod;
import org.wego.plugin.api.CalendarPerson;

/** The writer's output, parsed back with ical4j as a calendar program would read it. */
class CalendarWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private final CalendarWriter writer = new CalendarWriter("training", Clock.fixed(NOW, ZoneOffset.UTC));
    private static final CalendarPerson SECRETARIAT = new CalendarPerson("WeGO Secretariat", "training@wego.example");
    private static final CalendarPerson TRAINEE = new CalendarPerson("Nguyễn \"Linh\"; Văn, An", "linh@example.org");

    private static CalendarEvent session(int sequence) {
        return CalendarEvent.timed(
                        "nomination-7-session-3",
                        sequence,
                        "Smart Mobility, 2027; 스마트 모빌리티 " + "연수 ".repeat(20).strip(),
                        "Seoul, City Hall",
                        Instant.parse("2027-03-02T00:30:00Z"),
                        Instant.parse("2027-03-02T08:00:00Z"))
                .with(SECRETARIAT, List.of(TRAINEE));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void anInvitationReadsBackWithItsStableUidTimesInUtcAndPeople() throws Exception {
        Calendar calendar = parse(writer.write(CalendarMethod.REQUEST, List.of(session(0))));

        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.<Property>getProperties(Property.DTSTAMP))
                .extracting(Property::getValue)
                .containsExactly("20261207T090000Z");
        assertThat(value(event, Property.UID)).isEqualTo("training-nomination-7-session-3@wego-platform");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270302T003000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270302T080000Z");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(session(0).summary());
        assertThat(value(event, Property.LOCATION)).isEqualTo("Seoul, City Hall");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:training@wego.example");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:linh@example.org");
        assertThat(event.getProperty(Property.ATTENDEE)
                        .orElseThrow()
                        .getParameter("CN")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(TRAINEE.name());
    }

    @Test
    void linesAreFoldedAndEndedAsRfc5545Wants() {
        String text = writer.write(CalendarMethod.REQUEST, List.of(session(0)));

        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        assertThat(text.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
    }

    @Test
    void anUpdateAndACancellationNameTheSameEventWithAHigherSequence() throws Exception {
        VEvent update = parse(writer.write(CalendarMethod.REQUEST, List.of(session(1))))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        Calendar cancel = parse(writer.write(CalendarMethod.CANCEL, List.of(session(2))));
        VEvent cancelled = cancel.<VEvent>getComponents("VEVENT").getFirst();

        assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(value(cancelled, Property.UID)).isEqualTo(value(update, Property.UID));
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void anAllDayEventEndsTheDayAfterItsLastDay() throws Exception {
        var days = CalendarEvent.allDays(
                "programme-4", 0, "Study visit", "", LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 14));
        VEvent event = parse(writer.write(CalendarMethod.PUBLISH, List.of(days)))
                .<VEvent>getComponents("VEVENT")
                .getFirst();

        assertThat(value(event, Property.DTSTART)).isEqualTo("20270510");
        assertThat(value(event, Property.DTEND)).isEqualTo("20270515");
        assertThat(event.getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void anInvitationWithoutOrganiserOrEventsIsRefused() {
        var anonymous = CalendarEvent.timed("x", 0, "T", "", NOW, NOW.plusSeconds(60));
        assertThatThrownBy(() -> writer.write(CalendarMethod.REQUEST, List.of(anonymous)))
                .hasMessageContaining("organiser");
        assertThatThrownBy(() -> writer.write(CalendarMethod.PUBLISH, List.of()))
                .hasMessageContaining("one event");
        assertThatThrownBy(() -> CalendarEvent.timed("x", 0, "T", "", NOW, NOW.minusSeconds(1)))
                .hasMessageContaining("ends before");
    }
}
