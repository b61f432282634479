package org.wego.plugins.training.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Calendars;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Session;

/** The {@code .ics} text (RFC 5545) and the schedule lines of the nomination e-mails. */
class NominationCalendarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant STAMP = Instant.parse("2026-12-05T14:00:00Z");
    private static final Calendars CALENDARS =
            UnitTestContext.calendars("training", Clock.fixed(STAMP, ZoneOffset.UTC));

    private static final List<Session> SESSIONS = List.of(
            new Session(11, LocalDate.of(2027, 3, 2), LocalTime.of(9, 0), LocalTime.of(12, 30), SEOUL),
            new Session(12, LocalDate.of(2027, 3, 3), LocalTime.of(14, 0), LocalTime.of(17, 0), SEOUL));

    @Test
    void anInvitationHasOneEventPerSessionInUtcWithStableUidsAndCrlfLines() {
        String ics = invitation(NominationCalendar.Method.REQUEST);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        List<String> lines = unfolded(ics);
        assertThat(lines).contains("VERSION:2.0", "METHOD:REQUEST", "STATUS:CONFIRMED", "SEQUENCE:0");
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
        // 09:00 in Seoul (UTC+9, no daylight saving) is 00:00 UTC.
        assertThat(lines)
                .contains("DTSTART:20270302T000000Z", "DTEND:20270302T033000Z")
                .contains("DTSTART:20270303T050000Z", "DTEND:20270303T080000Z")
                .contains("UID:training-nomination-42-session-11@wego-platform")
                .contains("UID:training-nomination-42-session-12@wego-platform")
                .contains("DTSTAMP:20261205T140000Z")
                .contains("ATTENDEE;CN=Nguyen Thi Lan;ROLE=REQ-PARTICIPANT:mailto:lan@hanoi.example.org");
        // Text values are escaped.
        assertThat(lines).contains("SUMMARY:Smart cities\\, data\\; and more / 스마트 도시");
    }

    @Test
    void aCancellationWithdrawsTheSameUidsWithAHigherSequence() {
        List<String> request = unfolded(invitation(NominationCalendar.Method.REQUEST));
        List<String> cancel = unfolded(invitation(NominationCalendar.Method.CANCEL));
        assertThat(cancel).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1");
        assertThat(uids(cancel)).isEqualTo(uids(request)).hasSize(2);
    }

    @Test
    void aProgrammeWithoutSessionsIsOneAllDayEventOverItsDays() {
        var events = NominationMails.events(programme(), List.of());
        String ics = NominationCalendar.text(
                CALENDARS, NominationCalendar.Method.REQUEST, 7, events, "T", "Online", "o@x.org", "A", "a@x.org");
        assertThat(unfolded(ics))
                .contains("DTSTART;VALUE=DATE:20270302", "DTEND;VALUE=DATE:20270306")
                .contains("UID:training-nomination-7-programme@wego-platform");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String title = "연수 ".repeat(60);
        String ics = NominationCalendar.text(
                CALENDARS,
                NominationCalendar.Method.REQUEST,
                1,
                NominationMails.events(programme(), SESSIONS),
                title,
                "Seoul",
                "o@x.org",
                "A",
                "a@x.org");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(unfolded(ics)).contains("SUMMARY:" + title);
    }

    @Test
    void theScheduleShowsEachSessionInTheRecipientsZoneWithItsOffset() {
        Programme programme = programme();
        assertThat(NominationMails.schedule(programme, SESSIONS, ZoneId.of("Europe/Paris")))
                .isEqualTo("- 2027-03-02 01:00–04:30 (UTC+01:00) Europe/Paris\n"
                        + "- 2027-03-03 06:00–09:00 (UTC+01:00) Europe/Paris");
        assertThat(NominationMails.schedule(programme, SESSIONS, SEOUL))
                .startsWith("- 2027-03-02 09:00–12:30 (UTC+09:00) Asia/Seoul");
        // A session crossing midnight in the reader's zone gives its end in full.
        assertThat(NominationMails.schedule(programme, SESSIONS, ZoneId.of("America/Los_Angeles")))
                .startsWith("- 2027-03-01 16:00–19:30 (UTC-08:00) America/Los_Angeles\n"
                        + "- 2027-03-02 21:00 (UTC-08:00) – 2027-03-03 00:00 (UTC-08:00) America/Los_Angeles");
        assertThat(NominationMails.schedule(programme, List.of(), SEOUL)).isEqualTo("2027-03-02 – 2027-03-05");
    }

    @Test
    void eachChangeOfStatusSendsTheRightMail() {
        assertThat(NominationMails.kindOf(NominationStatus.PENDING, NominationStatus.ENROLLED))
                .isEqualTo(NominationMails.Kind.ENROLLED);
        assertThat(NominationMails.kindOf(NominationStatus.WAITLISTED, NominationStatus.ENROLLED))
                .isEqualTo(NominationMails.Kind.PROMOTED);
        assertThat(NominationMails.kindOf(NominationStatus.PENDING, NominationStatus.WAITLISTED))
                .isEqualTo(NominationMails.Kind.WAITLISTED);
        assertThat(NominationMails.kindOf(NominationStatus.ENROLLED, NominationStatus.CANCELLED))
                .isEqualTo(NominationMails.Kind.CANCELLED);
        assertThat(NominationMails.kindOf(NominationStatus.PENDING, NominationStatus.CANCELLED))
                .isNull();
        assertThat(NominationMails.kindOf(NominationStatus.PENDING, NominationStatus.REJECTED))
                .isNull();
        assertThat(NominationMails.zoneOr("Nowhere/Atlantis", SEOUL)).isEqualTo(SEOUL);
        assertThat(NominationMails.zoneOr(null, SEOUL)).isEqualTo(SEOUL);
    }

    private static String invitation(NominationCalendar.Method method) {
        return NominationCalendar.text(
                CALENDARS,
                method,
                42,
                NominationMails.events(programme(), SESSIONS),
                "Smart cities, data; and more / 스마트 도시",
                "Seoul HRD Institute",
                "no-reply@wego.example.org",
                "Nguyen Thi Lan",
                "lan@hanoi.example.org");
    }

    /** The content lines with folding undone (RFC 5545 3.1). */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static List<String> uids(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("UID:")).toList();
    }

    private static Programme programme() {
        return new Programme(
                1,
                "Smart cities",
                "스마트 도시",
                null,
                null,
                OrganisationKey.of("kr-seoul"),
                ProgrammeMode.ON_SITE,
                "Seoul",
                "en",
                LocalDate.of(2027, 3, 2),
                LocalDate.of(2027, 3, 5),
                LocalDate.of(2027, 2, 15),
                20,
                2,
                ProgrammeStatus.OPEN,
                "x",
                LocalDateTime.of(2026, 12, 1, 0, 0),
                1);
    }
}
