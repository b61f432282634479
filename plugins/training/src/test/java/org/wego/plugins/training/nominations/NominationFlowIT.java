package org.wego.plugins.training.nominations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;
import org.wego.plugins.training.programmes.ProgrammeInput;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.SessionInput;
import org.wego.teststack.MailSink;
import org.wego.teststack.TestStack;

/**
 * The programme page's data and the nomination flow in a real platform (MariaDB, Keycloak, the mail
 * sink): each user sees only its scope's nominations, e-mail and gender only for the secretariat and
 * the nominators, forged ids refused; the secretariat's manual promotion once the programme runs
 * (capacity, quota, one seat for two concurrent promotions); five nominations approved in one bulk
 * decision of the inbox; the trainee's and the nominators' mails with the {@code .ics}, and nothing
 * sent for a rolled-back decision.
 */
@WegoPluginTest
class NominationFlowIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");
    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");

    /** The mail sink and Keycloak outlive a test run: every address is new in each run. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void eachUserSeesItsScopeOnlyWithEmailAndGenderForTheSecretariatAndTheNominatorsAndForgedIdsAreRefused(
            RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Scope page " + RUN, 10, 2);
        // Hanoi is in Chengdu's region too: the office sees both its own nominee and Hanoi's.
        Organisation regionCity = t.cities(CHENGDU_OFFICE, 5).stream()
                .filter(c -> !c.key().equals(HANOI))
                .findFirst()
                .orElseThrow();
        long hanoi = nominate(t, Role.MEMBER_CITY, HANOI, programme, HANOI, "Hanoi Trainee " + RUN, "h-" + RUN);
        long nairobi = nominate(t, Role.MEMBER_CITY, NAIROBI, programme, NAIROBI, "Nairobi Trainee " + RUN, "n-" + RUN);
        long region = nominate(
                t,
                Role.REGIONAL_OFFICE,
                CHENGDU_OFFICE,
                programme,
                regionCity.key(),
                "Region Trainee " + RUN,
                "r-" + RUN);

        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            List<?> rows = (List<?>) t.nominations("nominees", programme);
            assertThat(rows).hasSize(1);
            assertThat(PluginCalls.read(rows.getFirst(), "id")).isEqualTo(hanoi);
            assertThat(PluginCalls.read(rows.getFirst(), "email")).isEqualTo(address("h-" + RUN));
            assertThat(String.valueOf(PluginCalls.read(rows.getFirst(), "gender")))
                    .isEqualTo("FEMALE");
            assertThat(PluginCalls.read(rows.getFirst(), "mayCancel")).isEqualTo(true);
            assertThat(PluginCalls.read(rows.getFirst(), "mayPromote")).isEqualTo(false);
            // Forged ids: another city's nomination, a promotion, an unknown programme.
            assertThatThrownBy(() -> t.nominations("cancel", nairobi)).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> t.nominations("cancel", region)).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> t.nominations("promote", hanoi)).isInstanceOf(PermissionDeniedException.class);
            assertThat((List<?>) t.nominations("nominees", 987_654_321L)).isEmpty();
            assertThatThrownBy(() -> t.nominations(
                            "nominate", programme, t.trainee("Forged " + RUN, NAIROBI, address("forged-" + RUN)), null))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            List<?> rows = (List<?>) t.nominations("nominees", programme);
            assertThat(rows).extracting(r -> PluginCalls.read(r, "id")).containsExactly(hanoi, region);
            assertThat(rows)
                    .extracting(r -> PluginCalls.read(r, "email"))
                    .containsExactly(address("h-" + RUN), address("r-" + RUN));
        }
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            List<?> rows = (List<?>) t.nominations("nominees", programme);
            assertThat(rows).extracting(r -> PluginCalls.read(r, "id")).containsExactly(hanoi, nairobi, region);
            assertThat(rows)
                    .allSatisfy(r -> assertThat(PluginCalls.read(r, "email")).isNotNull());
        }

        // The page itself, as the demo users see it (Hanoi's member-city user, Chengdu's office).
        String asHanoi = platform.open("training/programme?id=" + programme, Role.MEMBER_CITY)
                .body();
        assertThat(asHanoi)
                .contains("Scope page " + RUN)
                .contains("Hanoi Trainee " + RUN)
                .contains(address("h-" + RUN))
                .contains("Nominate an official")
                .contains("training/upload?programme=" + programme, "training/certificates?programme=" + programme)
                .doesNotContain("training/attendance?programme=")
                .doesNotContain("Nairobi Trainee " + RUN)
                .doesNotContain(address("n-" + RUN))
                .doesNotContain("Region Trainee " + RUN);
        String asOffice = platform.open("training/programme?id=" + programme, Role.REGIONAL_OFFICE)
                .body();
        assertThat(asOffice)
                .contains("Region Trainee " + RUN, "Hanoi Trainee " + RUN, address("r-" + RUN))
                .contains("Nominate an official")
                .doesNotContain("Nairobi Trainee " + RUN)
                .doesNotContain(address("n-" + RUN));
        String asSecretariat = platform.open("training/programme?id=" + programme, Role.SECRETARIAT)
                .body();
        assertThat(asSecretariat)
                .contains(address("h-" + RUN), address("n-" + RUN), address("r-" + RUN))
                .contains("training/attendance?programme=" + programme, "training/certificates?programme=" + programme)
                .doesNotContain("training/upload?programme=")
                .doesNotContain("Nominate an official");
        assertThat(platform.open("training/programme?id=987654321", Role.MEMBER_CITY)
                        .body())
                .contains("This programme does not exist");
        assertThat(platform.open("training/programme?id=abc", Role.MEMBER_CITY).body())
                .contains("This programme does not exist");

        // A person known by e-mail is reused, with a new zone kept; an unknown zone is refused on its field.
        long other = t.openProgramme("Scope page bis " + RUN, 10, 2);
        long again = nominate(t, Role.MEMBER_CITY, HANOI, other, HANOI, "Hanoi Trainee " + RUN, "h-" + RUN);
        assertThat(traineeOf(t, again)).isEqualTo(traineeOf(t, hanoi));
        assertThat(t.jdbc.sql("SELECT COUNT(*) FROM training_trainee WHERE email = :e")
                        .param("e", address("h-" + RUN))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            assertThatThrownBy(() -> t.nominations(
                            "nominate",
                            other,
                            t.trainee("Zone " + RUN, HANOI, address("z-" + RUN)),
                            "Mars/Olympus_Mons"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("timeZone");
                        assertThat(e.messageKey()).isEqualTo("training.nomination.invalid-time-zone");
                    });
        }
        assertThat(t.jdbc.sql("SELECT COUNT(*) FROM training_trainee WHERE email = :e")
                        .param("e", address("z-" + RUN))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSecretariatPromotesByHandOnceTheProgrammeRunsWithinCapacityAndQuota(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Manual promotion " + RUN, 2, 1);
        List<Organisation> cities = t.cities(CHENGDU_OFFICE, 2);
        OrganisationKey a = cities.get(0).key();
        OrganisationKey b = cities.get(1).key();
        long a1 = nominate(t, Role.MEMBER_CITY, a, programme, a, "PA1 " + RUN, "pa1-" + RUN);
        long a2 = nominate(t, Role.MEMBER_CITY, a, programme, a, "PA2 " + RUN, "pa2-" + RUN);
        long b1 = nominate(t, Role.MEMBER_CITY, b, programme, b, "PB1 " + RUN, "pb1-" + RUN);
        long b2 = nominate(t, Role.MEMBER_CITY, b, programme, b, "PB2 " + RUN, "pb2-" + RUN);
        var officer = t.secretariat();
        for (long n : List.of(a1, a2, b1, b2)) {
            t.decide(officer, t.requestOf(n), ApprovalStatus.APPROVED);
        }
        assertThat(List.of(t.statusOf(a1), t.statusOf(a2), t.statusOf(b1), t.statusOf(b2)))
                .containsExactly("ENROLLED", "WAITLISTED", "ENROLLED", "WAITLISTED");
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            // Before it runs, the waitlist moves by itself: no manual promotion.
            assertThatThrownBy(() -> t.nominations("promote", b2))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.nomination.promote.not-running"));
        }
        running(t, programme);
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.nominations("cancel", b1);
        }
        // Running: the freed seat is not given away automatically.
        assertThat(List.of(t.statusOf(a2), t.statusOf(b2))).containsExactly("WAITLISTED", "WAITLISTED");
        try (var acting = t.as(Role.MEMBER_CITY, b)) {
            assertThatThrownBy(() -> t.nominations("promote", b2)).isInstanceOf(PermissionDeniedException.class);
        }
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            List<?> rows = (List<?>) t.nominations("nominees", programme);
            assertThat(rows)
                    .filteredOn(r -> PluginCalls.read(r, "id").equals(b2))
                    .singleElement()
                    .satisfies(
                            r -> assertThat(PluginCalls.read(r, "mayPromote")).isEqualTo(true));
            // A holds its quota of one seat.
            assertThatThrownBy(() -> t.nominations("promote", a2))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.nomination.promote.quota"));
            t.nominations("promote", b2);
            assertThat(t.statusOf(b2)).isEqualTo("ENROLLED");
            // Now the two seats are taken.
            assertThatThrownBy(() -> t.nominations("promote", a2))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.nomination.promote.full"));
            assertThatThrownBy(() -> t.nominations("promote", b2))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.nomination.promote.not-waiting"));
        }
        assertThat(t.jdbc.sql("""
                                SELECT COUNT(*) FROM platform_audit_entry
                                WHERE entity = 'training.nomination' AND entity_id = :id
                                    AND before_json LIKE '%WAITLISTED%' AND after_json LIKE '%ENROLLED%'""")
                        .param("id", Long.toString(b2))
                        .query(Long.class)
                        .single())
                .as("the manual promotion is audited")
                .isEqualTo(1L);
        awaitMail(address("pb2-" + RUN), m -> m.subject().startsWith("A seat is yours"));
        assertThat(calendarOf(address("pb2-" + RUN), "A seat is yours"))
                .contains("METHOD:REQUEST")
                .contains("UID:training-nomination-" + b2 + "-");
    }

    @Test
    void twoConcurrentManualPromotionsForTheLastSeatGiveItToExactlyOne(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Last seat " + RUN, 1, 1);
        List<Organisation> cities = t.cities(CHENGDU_OFFICE, 3);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            OrganisationKey city = cities.get(i).key();
            ids.add(nominate(t, Role.MEMBER_CITY, city, programme, city, "LS" + i + " " + RUN, "ls" + i + "-" + RUN));
        }
        var officer = t.secretariat();
        for (long n : ids) {
            t.decide(officer, t.requestOf(n), ApprovalStatus.APPROVED);
        }
        running(t, programme);
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.nominations("cancel", ids.get(0));
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> promotions = new ArrayList<>();
            for (long waiting : ids.subList(1, 3)) {
                promotions.add(() -> {
                    try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
                        t.nominations("promote", waiting);
                        return "promoted";
                    } catch (InvalidInputException e) {
                        return e.messageKey();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (var future : pool.invokeAll(promotions)) {
                outcomes.add(future.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("promoted", "training.nomination.promote.full");
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.jdbc.sql(
                                "SELECT COUNT(*) FROM training_nomination WHERE programme_id = :p AND status = 'ENROLLED'")
                        .param("p", programme)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void fiveNominationsAreApprovedInOneBulkDecisionOfTheInbox(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Bulk " + RUN, 3, 3);
        Organisation city = t.cities(CHENGDU_OFFICE, 1).getFirst();
        List<Long> requests = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = nominate(
                    t,
                    Role.REGIONAL_OFFICE,
                    CHENGDU_OFFICE,
                    programme,
                    city.key(),
                    "Bulk" + i + " " + RUN,
                    "bulk" + i + "-" + RUN);
            ids.add(id);
            requests.add(t.requestOf(id));
        }
        var outcomes = t.calls.decideAllAsSecretariat(requests, ApprovalStatus.APPROVED, null);
        assertThat(outcomes)
                .hasSize(5)
                .allSatisfy(o -> assertThat(o.succeeded()).isTrue());
        assertThat(ids.stream().map(t::statusOf).toList())
                .containsExactly("ENROLLED", "ENROLLED", "ENROLLED", "WAITLISTED", "WAITLISTED");
        assertThat(t.seats(programme))
                .filteredOn(r -> "WAITLISTED".equals(r.get("status")))
                .extracting(r -> ((Number) r.get("waitlist_position")).longValue())
                .containsExactly(1L, 2L);
        // The nominating office's users are told (the Chengdu demo user).
        awaitMail(
                "li.wei@chengdu-office.wego.example.org",
                m -> m.subject().contains("Bulk3 " + RUN) && m.subject().contains("waitlist"));
    }

    @Test
    void traineesAndNominatorsAreMailedInTheirLanguageAndZoneWithAnIcsAndARolledBackDecisionSendsNothing(
            RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        // On site in Seoul, two morning sessions; one seat so the second nominee waits.
        LocalDate start = LocalDate.now().plusMonths(2);
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        long programme;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            programme = (Long) t.programmes(
                    "create",
                    t.calls.make(
                            ProgrammeInput.class,
                            "Mails " + RUN,
                            "연수 Mails " + RUN,
                            null,
                            null,
                            OrganisationKey.of("kr-seoul"),
                            t.calls.make(ProgrammeMode.class, "ON_SITE"),
                            "Seoul HRD Center",
                            "en",
                            start,
                            start.plusDays(1),
                            start.minusDays(14),
                            1,
                            1,
                            t.calls.make(ProgrammeStatus.class, "OPEN"),
                            List.of(
                                    t.calls.make(
                                            SessionInput.class,
                                            start,
                                            LocalTime.of(9, 0),
                                            LocalTime.of(12, 0),
                                            "Asia/Seoul"),
                                    t.calls.make(
                                            SessionInput.class,
                                            start.plusDays(1),
                                            LocalTime.of(9, 0),
                                            LocalTime.of(12, 0),
                                            "Asia/Seoul"))));
        }
        ZonedDateTime first = ZonedDateTime.of(start, LocalTime.of(9, 0), seoul);
        ZonedDateTime inParis = first.withZoneSameInstant(ZoneId.of("Europe/Paris"));
        var hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String korean = address("ko-" + RUN);
        String english = address("en-" + RUN);
        long enrolled;
        long waiting;
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            enrolled = (Long) t.nominations(
                    "nominate",
                    programme,
                    t.calls.make(
                            TraineeInput.class,
                            "Kim Mails " + RUN,
                            "Director",
                            "Smart city",
                            HANOI,
                            korean,
                            "ko",
                            t.calls.make(Gender.class, "MALE")),
                    "Europe/Paris");
            waiting = (Long)
                    t.nominations("nominate", programme, t.trainee("Waiting Mails " + RUN, HANOI, english), null);
        }
        // A decision rolled back: nothing changes and nothing is sent.
        var transactions = new TransactionTemplate(t.calls.platformBean(PlatformTransactionManager.class));
        var officer = t.secretariat();
        transactions.executeWithoutResult(status -> {
            t.decide(officer, t.requestOf(enrolled), ApprovalStatus.APPROVED);
            assertThat(t.statusOf(enrolled)).isEqualTo("ENROLLED");
            status.setRollbackOnly();
        });
        assertThat(t.statusOf(enrolled)).isEqualTo("PENDING");
        assertThat(t.jdbc.sql("SELECT COUNT(*) FROM platform_outbox WHERE address = :a")
                        .param("a", korean)
                        .query(Long.class)
                        .single())
                .isZero();

        t.decide(officer, t.requestOf(enrolled), ApprovalStatus.APPROVED);
        t.decide(officer, t.requestOf(waiting), ApprovalStatus.APPROVED);
        var invitation = awaitMail(korean, m -> m.subject().startsWith("연수 등록 확정"));
        // The trainee's own zone: 09:00 in Seoul shown as Paris time.
        assertThat(invitation.content())
                .contains("Kim Mails " + RUN)
                .contains("- " + inParis.toLocalDate() + " " + hhmm.format(inParis) + "–"
                        + hhmm.format(inParis.plusHours(3)) + " (UTC"
                        + inParis.getOffset().getId() + ") Europe/Paris");
        String request = calendarOf(korean, "연수 등록 확정");
        assertThat(request)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("METHOD:REQUEST")
                .contains("DTSTART:"
                        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                .format(first.withZoneSameInstant(ZoneOffset.UTC)))
                .contains("UID:training-nomination-" + enrolled + "-session-");
        assertThat(request.split("BEGIN:VEVENT", -1)).hasSize(3);
        // ical4j quotes a parameter only where it must (RFC 5545 3.2); lines unfolded first.
        assertThat(request.replace("\r\n ", ""))
                .contains("ATTENDEE;CN=Kim Mails " + RUN + ";ROLE=REQ-PARTICIPANT:mailto:" + korean);
        var waitlisted = awaitMail(english, m -> m.subject().startsWith("On the waitlist"));
        assertThat(waitlisted.content()).contains("number 1 on its waitlist");
        assertThat(calendarOf(english, "On the waitlist"))
                .as("no invitation while waiting")
                .isEmpty();
        // Hanoi's member-city user (the demo user) is told, with a link to the programme page.
        var told = awaitMail(
                "lan.nguyen@hanoi.example.org", m -> m.subject().contains("Kim Mails " + RUN + " is enrolled"));
        // Nominators see the venue's zone with its offset.
        assertThat(told.content())
                .contains("training/programme?id=" + programme)
                .contains("- " + start + " 09:00–12:00 (UTC+09:00) Asia/Seoul");
        assertThat(calendarOf("lan.nguyen@hanoi.example.org", told.subject()))
                .as("the nominator gets the trainee's calendar entries")
                .contains("METHOD:REQUEST")
                .contains("UID:training-nomination-" + enrolled + "-session-");

        // The city cancels the enrolled one: the trainee's calendar entry is withdrawn with the same UID,
        // and the waiting one is promoted.
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            t.nominations("cancel", enrolled);
        }
        var cancellation = awaitMail(korean, m -> m.subject().startsWith("추천 취소"));
        assertThat(cancellation.content()).contains("Mails " + RUN);
        assertThat(calendarOf(korean, "추천 취소"))
                .contains("METHOD:CANCEL")
                .contains("STATUS:CANCELLED")
                .contains("UID:training-nomination-" + enrolled + "-session-");
        assertThat(uids(calendarOf(korean, "추천 취소"))).isEqualTo(uids(request));
        assertThat(t.statusOf(waiting)).isEqualTo("ENROLLED");
        awaitMail(english, m -> m.subject().startsWith("A seat is yours"));
        assertThat(calendarOf(english, "A seat is yours")).contains("METHOD:REQUEST");
        assertThat(TestStack.current().mailSink().inbox(korean))
                .extracting(MailSink.ReceivedMail::subject)
                .as("one mail per real change, none for the rolled-back decision")
                .hasSize(2);
    }

    private static long nominate(
            TrainingCalls t,
            Role role,
            OrganisationKey as,
            long programme,
            OrganisationKey city,
            String name,
            String who)
            throws Exception {
        try (var acting = t.as(role, as)) {
            return (Long) t.nominations("nominate", programme, t.trainee(name, city, address(who)), null);
        }
    }

    private static String address(String who) {
        return who.toLowerCase(java.util.Locale.ROOT) + "@trainees.example.org";
    }

    private static List<String> uids(String ics) {
        return java.util.Arrays.stream(ics.split("\r\n"))
                .filter(l -> l.startsWith("UID:"))
                .toList();
    }

    private static long traineeOf(TrainingCalls t, long nomination) {
        return t.jdbc.sql("SELECT trainee_id FROM training_nomination WHERE id = :id")
                .param("id", nomination)
                .query(Long.class)
                .single();
    }

    /** The programme starts running (the scheduled job's and the secretariat's business, set here directly). */
    private static void running(TrainingCalls t, long programme) {
        t.jdbc.sql("UPDATE training_programme SET status = 'RUNNING' WHERE id = :id")
                .param("id", programme)
                .update();
    }

    /**
     * The {@code .ics} attached to the first mail to the address whose subject starts so (unfolded), or
     * empty without one. Read over IMAP here: the sink's reader gives the text parts only.
     */
    private static String calendarOf(String address, String subjectStart) throws Exception {
        TestStack stack = TestStack.current();
        var session = jakarta.mail.Session.getInstance(new java.util.Properties());
        try (var store = session.getStore("imap")) {
            store.connect(stack.smtpHost(), stack.imapPort(), address, "any");
            try (var inbox = store.getFolder("INBOX")) {
                inbox.open(jakarta.mail.Folder.READ_ONLY);
                for (var message : inbox.getMessages()) {
                    if (message.getSubject().startsWith(subjectStart)) {
                        return calendarIn(message).replace("\r\n ", "");
                    }
                }
            }
        }
        throw new AssertionError("No mail to " + address + " starting " + subjectStart);
    }

    private static String calendarIn(jakarta.mail.Part part) throws Exception {
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendarIn(multipart.getBodyPart(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        if (part.isMimeType("text/calendar")) {
            try (var in = part.getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static MailSink.ReceivedMail awaitMail(String address, Predicate<MailSink.ReceivedMail> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        MailSink sink = TestStack.current().mailSink();
        while (System.nanoTime() < deadline) {
            for (var mail : sink.inbox(address)) {
                if (wanted.test(mail)) {
                    return mail;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No such mail to " + address + " within 60 s; got "
                + sink.inbox(address).stream()
                        .map(MailSink.ReceivedMail::subject)
                        .toList());
    }
}
