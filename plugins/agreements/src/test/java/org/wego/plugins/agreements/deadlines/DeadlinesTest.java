package org.wego.plugins.agreements.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.DueDate;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.ReminderRecipient;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.agreements.register.Status;

/**
 * The deadlines on fixed days: the notice deadline at each lead time and the expiry on its day, a moved deadline,
 * and the agreements that have none left (terminated, renewed, expired, drafts, open-ended).
 */
class DeadlinesTest {

    private static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");
    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);
    private static final LocalDate NOTICE = EXPIRY.minusDays(90);
    private static final List<Integer> LEADS = DeadlineReminders.leadTimes(DeadlineReminders.DEFAULT_DAYS);

    private static Term signed(long id, LocalDate expiry, Integer noticeDays) {
        return new Term(id, "Smart city MOU", "스마트시티 협약", Status.SIGNED, expiry, noticeDays, "officer-1");
    }

    /** What the platform's sweep asks the notice reminder for on {@code today}: up to the longest lead time. */
    private static List<Deadline> noticesAskedOn(LocalDate today, List<Term> terms) {
        int longest = LEADS.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return Deadline.between(terms, List.of(Deadline.Kind.NOTICE), today, today.plusDays(longest));
    }

    @Test
    void theLeadTimesAreNinetyThirtyAndSevenDaysByDefault() {
        assertThat(LEADS).containsExactly(90, 30, 7);
        assertThat(DeadlineReminders.leadTimes(" 7, 60 ,7")).containsExactly(60, 7);
        for (String bad : List.of("", "ninety", "30,-1", "400", ",")) {
            assertThatThrownBy(() -> DeadlineReminders.leadTimes(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(DeadlineReminders.DAYS_PROPERTY);
        }
    }

    @Test
    void theNoticeDeadlineIsDueOnEachLeadTimeAndNoLongerAfterIt() {
        Term term = signed(7, EXPIRY, 90);
        assertThat(term.noticeDeadline()).isEqualTo(LocalDate.of(2027, 4, 1));
        for (int lead : LEADS) {
            LocalDate today = NOTICE.minusDays(lead);
            Clock fixed = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            List<Deadline> due = noticesAskedOn(LocalDate.now(fixed), List.of(term));
            assertThat(due).as("%d days before", lead).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(Deadline.Kind.NOTICE);
                assertThat(d.date()).isEqualTo(NOTICE);
                assertThat(d.daysFrom(today)).isEqualTo(lead);
            });
        }
        assertThat(noticesAskedOn(NOTICE, List.of(term))).hasSize(1); // its own day still counts
        assertThat(noticesAskedOn(NOTICE.plusDays(1), List.of(term))).isEmpty(); // passed: not reminded
        assertThat(noticesAskedOn(NOTICE.minusDays(91), List.of(term))).isEmpty(); // beyond the longest lead
    }

    @Test
    void theExpiryIsDueOnItsDayAlone() {
        Term term = signed(7, EXPIRY, 90);
        assertThat(Deadline.between(List.of(term), List.of(Deadline.Kind.EXPIRY), EXPIRY, EXPIRY))
                .singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(Deadline.Kind.EXPIRY));
        assertThat(Deadline.between(
                        List.of(term), List.of(Deadline.Kind.EXPIRY), EXPIRY.minusDays(1), EXPIRY.minusDays(1)))
                .isEmpty();
        assertThat(Deadline.between(
                        List.of(term), List.of(Deadline.Kind.EXPIRY), EXPIRY.plusDays(1), EXPIRY.plusDays(1)))
                .isEmpty();
    }

    @Test
    void aMovedDeadlineIsANewDeadline() {
        LocalDate today = NOTICE.minusDays(30);
        DueDate before =
                dueDates(noticesAskedOn(today, List.of(signed(7, EXPIRY, 90)))).getFirst();
        // The expiry moved a week later, and the notice period grew: the deadline the platform keys on moves.
        DueDate moved = dueDates(noticesAskedOn(today, List.of(signed(7, EXPIRY.plusDays(7), 90))))
                .getFirst();
        DueDate longer =
                dueDates(noticesAskedOn(today, List.of(signed(7, EXPIRY, 97)))).getFirst();
        assertThat(before.deadline()).isEqualTo(NOTICE);
        assertThat(moved.recordId()).isEqualTo(before.recordId());
        assertThat(moved.deadline()).isEqualTo(NOTICE.plusDays(7));
        assertThat(longer.deadline()).isEqualTo(NOTICE.minusDays(7));
    }

    @Test
    void agreementsWithoutLiveTermsHaveNoDeadlines() {
        LocalDate today = NOTICE.minusDays(7);
        var ended = List.of(
                new Term(1, "Ended", null, Status.TERMINATED, EXPIRY, 90, null),
                new Term(2, "Renewed", null, Status.RENEWED, EXPIRY, 90, null),
                new Term(3, "Draft", null, Status.DRAFT, EXPIRY, 90, null),
                new Term(4, "Negotiating", null, Status.UNDER_NEGOTIATION, EXPIRY, 90, null),
                signed(5, null, 90), // open-ended
                signed(6, today.minusDays(1), 0)); // expired yesterday
        assertThat(Deadline.between(ended, List.of(Deadline.Kind.values()), today, today.plusDays(366)))
                .isEmpty();
        // Without a notice period the expiry alone is a deadline.
        assertThat(Deadline.between(List.of(signed(8, EXPIRY, null)), List.of(Deadline.Kind.values()), today, EXPIRY))
                .extracting(Deadline::kind)
                .containsExactly(Deadline.Kind.EXPIRY);
    }

    @Test
    void theOfficerAndTheSecretariatAreRemindedWithBothTitles() {
        List<DueDate> due = dueDates(noticesAskedOn(NOTICE.minusDays(7), List.of(signed(7, EXPIRY, 90))));
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.recordId()).isEqualTo("7");
            assertThat(d.recipients())
                    .containsExactly(
                            ReminderRecipient.user("officer-1"),
                            ReminderRecipient.organisation(SECRETARIAT, Role.SECRETARIAT));
            assertThat(d.link()).isEqualTo("agreements/agreement?id=7");
            assertThat(d.arguments()).containsExactly("Smart city MOU", "스마트시티 협약", "2027-06-30");
        });
        var withoutOfficer = new Term(9, null, "국문 협약", Status.SIGNED, EXPIRY, 90, null);
        assertThat(dueDates(noticesAskedOn(NOTICE.minusDays(7), List.of(withoutOfficer)))
                        .getFirst())
                .satisfies(d -> {
                    assertThat(d.recipients())
                            .containsExactly(ReminderRecipient.organisation(SECRETARIAT, Role.SECRETARIAT));
                    assertThat(d.arguments()).startsWith("국문 협약", "국문 협약"); // the Korean title stands in
                });
    }

    @Test
    void theDueListIsSoonestFirstWithinTheDaysAsked() {
        LocalDate today = LocalDate.of(2027, 1, 4);
        var terms = List.of(
                signed(1, today.plusDays(200), 90), // notice in 110 days, expiry in 200
                signed(2, today.plusDays(40), 30), // notice in 10 days, expiry in 40
                signed(3, today.plusDays(20), 60)); // notice passed, expiry in 20
        List<Deadline> due = Deadline.between(terms, List.of(Deadline.Kind.values()), today, today.plusDays(120));
        assertThat(due)
                .extracting(d -> d.term().id() + ":" + d.kind() + ":" + d.daysFrom(today))
                .containsExactly("2:NOTICE:10", "3:EXPIRY:20", "2:EXPIRY:40", "1:NOTICE:110");
        assertThat(Deadline.between(terms, List.of(Deadline.Kind.values()), today, today.plusDays(15)))
                .extracting(d -> d.term().id())
                .containsExactly(2L);
    }

    @Test
    void theFeedIsACalendarOfAllDayEventsInTheTokensLanguage() throws IOException {
        LocalDate today = LocalDate.of(2027, 1, 4);
        var calendars = UnitTestContext.calendars("agreements", Clock.systemUTC());
        List<Deadline> due = Deadline.between(
                List.of(signed(2, today.plusDays(40), 30)), List.of(Deadline.Kind.values()), today, today.plusYears(5));
        String english = DeadlineCalendar.text(calendars, messages(Locale.ENGLISH), due);
        assertThat(english)
                .contains("METHOD:PUBLISH")
                .contains("UID:agreements-deadline-2-notice@wego-platform")
                .contains("UID:agreements-deadline-2-expiry@wego-platform")
                .contains("DTSTART;VALUE=DATE:20270114")
                .contains("SUMMARY:Last day to give notice: Smart city MOU");
        assertThat(english.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(DeadlineCalendar.text(calendars, messages(Locale.KOREAN), due))
                .contains("SUMMARY:만료일: 스마트시티 협약");
        assertThat(DeadlineCalendar.text(calendars, messages(Locale.ENGLISH), List.of()))
                .isEqualTo(DeadlineCalendar.EMPTY)
                .doesNotContain("VEVENT");
    }

    @Test
    void aTokenIsStoredAsItsHashAlone() {
        assertThat(FeedTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static List<DueDate> dueDates(List<Deadline> deadlines) {
        return DeadlineReminders.dueDates(deadlines, SECRETARIAT);
    }

    /** The plugin's bundle of a language, formatted as the platform formats it. */
    private static Messages messages(Locale locale) throws IOException {
        var bundle = new Properties();
        try (var in =
                DeadlinesTest.class.getResourceAsStream("/i18n/agreements_" + locale.getLanguage() + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new Messages() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String get(String key, Object... arguments) {
                return new MessageFormat(bundle.getProperty(key), locale).format(arguments);
            }
        };
    }
}
