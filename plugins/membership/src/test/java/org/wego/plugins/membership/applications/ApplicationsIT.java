package org.wego.plugins.membership.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.membership.governance.Governance;
import org.wego.plugins.membership.governance.GovernanceRecords;
import org.wego.plugins.membership.profiles.MemberProfiles;
import org.wego.teststack.MailSink;
import org.wego.teststack.TestStack;

/**
 * Applications and governance in a real platform on MariaDB with the real Keycloak and mail sink: an
 * anonymous visitor applies (limits per IP and e-mail, honeypot), the secretariat reviews (others are
 * refused, a stale decision is refused), puts the application on a meeting's agenda and records the
 * acceptance: the organisation is a member from the meeting's date, has its profile and official
 * contact, and its contact person is a Keycloak user of it with the invitation in the mail sink.
 */
@WegoPluginTest
class ApplicationsIT {

    private static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");
    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");

    /** Mail sink and Keycloak outlive a test run: every address is new in each run. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void theFormIsPublicAndTheReviewAndGovernancePagesAreNot(RunningPlatform platform) throws Exception {
        assertThat(platform.pluginFailure()).isEmpty();
        var form = platform.openAnonymously("membership/apply");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Apply for WeGO membership").contains("Send the application");
        assertThat(platform.open("membership/applications", Role.SECRETARIAT).body())
                .contains("Membership applications");
        assertThat(platform.open("membership/applications", Role.MEMBER_CITY).status())
                .isEqualTo(403);
        assertThat(platform.open("membership/governance", Role.MEMBER_CITY).body())
                .contains("Governance")
                .doesNotContain("Add meeting");
        assertThat(platform.open("membership/governance", Role.SECRETARIAT).body())
                .contains("Add meeting");
    }

    @Test
    void anAnonymousApplicationIsStoredAndConfirmedByMailInTheContactsLanguage(RunningPlatform platform)
            throws Exception {
        var calls = platform.calls();
        String email = "apply-" + RUN + "@seberang.example.org";

        OptionalLong id = submit(calls, form(calls, "Seberang Perai", email, "ko", null), "192.0.2.10");

        assertThat(id).isPresent();
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            Object application = applications(calls).invoke("application", id.getAsLong());
            assertThat(PluginCalls.read(application, "status")).hasToString("SUBMITTED");
            assertThat(PluginCalls.read(application, "consentVersion"))
                    .isEqualTo(MembershipApplications.CONSENT_VERSION);
            assertThat(PluginCalls.read(application, "consentLanguage")).isEqualTo("ko");
            assertThat(PluginCalls.read(application, "contactEmail")).isEqualTo(email);
        }
        var mail = awaitMail(email, "WeGO 회원 가입 신청");
        assertThat(mail.content()).contains("Seberang Perai").contains("번호 " + id.getAsLong());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        int before = countAll(calls);

        assertThatThrownBy(() ->
                        submit(calls, form(calls, "Evil\u0007", "x-" + RUN + "@a.example", "en", null), "192.0.2.20"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("input.invalid.control");
        assertThatThrownBy(() -> submit(calls, form(calls, "Town", "not-an-address", "en", null), "192.0.2.20"))
                .hasMessageContaining("membership.applications.invalid.email");

        assertThat(countAll(calls)).isEqualTo(before);
    }

    @Test
    void theLimitsHoldPerIpAddressAndPerEmailAndARobotIsNotStored(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        int before = countAll(calls);
        String ip = "198.51.100.7";
        for (int i = 0; i < SubmissionLimits.PER_IP; i++) {
            submit(calls, form(calls, "City " + i, "ip" + i + "-" + RUN + "@limits.example", "en", null), ip);
        }
        assertThatThrownBy(() -> submit(calls, form(calls, "City 6", "ip6-" + RUN + "@limits.example", "en", null), ip))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("membership.applications.limit.ip");

        String email = "same-" + RUN + "@limits.example";
        for (int i = 0; i < SubmissionLimits.PER_EMAIL; i++) {
            submit(calls, form(calls, "Town " + i, email, "en", null), "198.51.100." + (20 + i));
        }
        assertThatThrownBy(() -> submit(calls, form(calls, "Town 4", email, "en", null), "198.51.100.30"))
                .hasMessageContaining("membership.applications.limit.email");
        assertThat(countAll(calls)).isEqualTo(before + SubmissionLimits.PER_IP + SubmissionLimits.PER_EMAIL);

        OptionalLong robot = submit(
                calls,
                form(calls, "Spam City", "robot-" + RUN + "@limits.example", "en", "http://spam.example"),
                "198.51.100.99");
        assertThat(robot).isEmpty();
        assertThat(countAll(calls)).isEqualTo(before + SubmissionLimits.PER_IP + SubmissionLimits.PER_EMAIL);
    }

    @Test
    void theSecretariatReviewsOthersAreRefusedAndAStaleDecisionIsRefused(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        String email = "review-" + RUN + "@kampala.example.org";
        long id = submit(calls, form(calls, "Kampala", email, "en", null), "192.0.2.30")
                .getAsLong();

        for (var role : Map.of(Role.MEMBER_CITY, HANOI, Role.REGIONAL_OFFICE, CHENGDU_OFFICE)
                .entrySet()) {
            try (var as = calls.as(role.getKey(), role.getValue())) {
                assertThatThrownBy(() -> applications(calls).invoke("markComplete", id, 1L))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> applications(calls).invoke("reject", id, 1L, "No"))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> applications(calls).invoke("application", id))
                        .isInstanceOf(PermissionDeniedException.class);
            }
        }
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            assertThatThrownBy(() -> applications(calls).invoke("requestInformation", id, 1L, " "))
                    .hasMessageContaining("membership.invalid.required");
            Object asked =
                    applications(calls).invoke("requestInformation", id, 1L, "Please send the council's resolution.");
            assertThat(PluginCalls.read(asked, "status")).hasToString("INFORMATION_REQUESTED");
            // A second reviewer who opened version 1 decides after the first: refused, nothing changes.
            assertThatThrownBy(() -> applications(calls).invoke("reject", id, 1L, "Out of scope"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("membership.applications.stale");
            Object complete = applications(calls).invoke("markComplete", id, PluginCalls.read(asked, "version"));
            assertThat(PluginCalls.read(complete, "status")).hasToString("COMPLETE");
            assertThat(PluginCalls.read(complete, "lastComment")).isEqualTo("Please send the council's resolution.");
            @SuppressWarnings("unchecked")
            var counts = (Map<Object, Long>) applications(calls).invoke("countByStatus");
            assertThat(counts.entrySet()).anySatisfy(e -> {
                assertThat(e.getKey()).hasToString("COMPLETE");
                assertThat(e.getValue()).isPositive();
            });
        }
        assertThat(awaitMail(email, "More information needed").content())
                .contains("Please send the council's resolution.");
    }

    @Test
    void anAcceptedApplicationMakesAMemberFromTheMeetingDateWithProfileAndInvitedContact(RunningPlatform platform)
            throws Exception {
        var calls = platform.calls();
        String email = "accept-" + RUN + "@lima.example.org";
        long id = submit(calls, form(calls, "Lima Metropolitana", email, "en", null), "192.0.2.40")
                .getAsLong();
        LocalDate meetingDate = LocalDate.now().minusDays(10);
        String userId = null;
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            Object complete = applications(calls).invoke("markComplete", id, 1L);
            Object meeting = governance(calls)
                    .invoke(
                            "addMeeting",
                            calls.make(GovernanceRecords.MeetingKind.class, "EXECUTIVE_COMMITTEE"),
                            meetingDate,
                            HANOI);
            long meetingId = (Long) PluginCalls.read(meeting, "id");
            Object item =
                    governance(calls).invoke("placeOnAgenda", meetingId, id, PluginCalls.read(complete, "version"));
            Object onAgenda = applications(calls).invoke("application", id);
            assertThat(PluginCalls.read(onAgenda, "status")).hasToString("ON_AGENDA");
            assertThat(PluginCalls.read(onAgenda, "meetingId")).isEqualTo(meetingId);

            try (var member = calls.as(Role.MEMBER_CITY, HANOI)) {
                assertThatThrownBy(() -> governance(calls)
                                .invoke("recordDecision", PluginCalls.read(item, "id"), true, 3L, null))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThat((List<?>) governance(calls).invoke("meetings"))
                        .anySatisfy(m -> assertThat(m.toString()).contains("title=Lima Metropolitana"));
            }

            Object accepted = governance(calls)
                    .invoke(
                            "recordDecision",
                            PluginCalls.read(item, "id"),
                            true,
                            PluginCalls.read(onAgenda, "version"),
                            "Welcome");
            assertThat(PluginCalls.read(accepted, "status")).hasToString("ACCEPTED");
            String key = (String) PluginCalls.read(accepted, "organisationKey");
            assertThat(key).isEqualTo("pe-lima-metropolitana");

            Organisation organisation = calls.platformBean(OrganisationDirectory.class)
                    .byKey(OrganisationKey.of(key))
                    .orElseThrow();
            assertThat(organisation.status()).isEqualTo(MembershipStatus.MEMBER);
            assertThat(organisation.statusSince()).isEqualTo(meetingDate);
            assertThat(organisation.type()).isEqualTo(OrganisationType.CITY);
            assertThat(calls.platformBean(OrganisationRegistry.class).contacts(OrganisationKey.of(key)))
                    .singleElement()
                    .satisfies(c -> assertThat(c.email()).isEqualTo(email));
            Object profile = calls.bean(MemberProfiles.class).invoke("profileOf", OrganisationKey.of(key));
            assertThat(PluginCalls.read(profile, "headName")).isEqualTo("Renzo Reggiardo");
            assertThat(PluginCalls.read(profile, "version")).isEqualTo(1L);

            // Invited after the acceptance committed.
            Object invited = applications(calls).invoke("application", id);
            assertThat(PluginCalls.read(invited, "invitationStatus")).isEqualTo("SENT");
            assertThatThrownBy(() -> applications(calls).invoke("sendInvitation", id))
                    .hasMessageContaining("membership.applications.invitation.not-needed");
            assertThatThrownBy(() -> governance(calls)
                            .invoke(
                                    "recordDecision",
                                    PluginCalls.read(item, "id"),
                                    false,
                                    PluginCalls.read(invited, "version"),
                                    "Again"))
                    .hasMessageContaining("membership.governance.invalid.decided");
        }
        var keycloak = TestStack.current().realmAdmin();
        try {
            userId = keycloak.userId(email);
            var user = keycloak.user(userId);
            assertThat(user.path("attributes").path("org_id").path(0).asString())
                    .isEqualTo("pe-lima-metropolitana");
            assertThat(user.path("firstName").asString()).isEqualTo("Ana");
            assertThat(user.path("requiredActions").toString()).contains("UPDATE_PASSWORD");
            assertThat(awaitMail(email, mail -> mail.content().contains("login-actions/action-token")))
                    .as("Keycloak's set-password mail")
                    .isNotNull();
            assertThat(awaitMail(email, mail -> mail.subject().startsWith("Welcome to the WeGO Platform")))
                    .as("the platform's welcome mail")
                    .isNotNull();
        } finally {
            if (userId != null) {
                keycloak.deleteUser(userId);
            }
        }
    }

    @Test
    void aRejectionByTheMeetingIsMailedAndAFutureMeetingCannotDecide(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        String email = "reject-" + RUN + "@bogota.example.org";
        long id = submit(calls, form(calls, "Bogota", email, "en", null), "192.0.2.50")
                .getAsLong();
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            OnAgenda item =
                    onAgenda(calls, id, "GENERAL_ASSEMBLY", LocalDate.now().plusDays(30));
            long version = item.version();
            assertThatThrownBy(() -> governance(calls).invoke("recordDecision", item.id(), false, version, "No"))
                    .hasMessageContaining("membership.governance.invalid.future-meeting");
            assertThatThrownBy(() -> governance(calls)
                            .invoke(
                                    "addAgendaItem",
                                    item.meeting(),
                                    calls.make(GovernanceRecords.AgendaKind.class, "BUDGET"),
                                    "Budget\u0000"))
                    .hasMessageContaining("input.invalid.control");
        }
        // The same flow on a past meeting: rejected, reason required, mailed.
        String email2 = "reject2-" + RUN + "@bogota.example.org";
        long id2 = submit(calls, form(calls, "Bogota Distrito", email2, "en", null), "192.0.2.51")
                .getAsLong();
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            OnAgenda item = onAgenda(calls, id2, "EXECUTIVE_COMMITTEE", LocalDate.now());
            long version = item.version();
            assertThatThrownBy(() -> governance(calls).invoke("recordDecision", item.id(), false, version, ""))
                    .hasMessageContaining("membership.invalid.required");
            Object rejected =
                    governance(calls).invoke("recordDecision", item.id(), false, version, "Not a local government.");
            assertThat(PluginCalls.read(rejected, "status")).hasToString("REJECTED");
            assertThat(PluginCalls.read(rejected, "organisationKey")).isNull();
        }
        assertThat(awaitMail(email2, "Decision on your WeGO membership application")
                        .content())
                .contains("Not a local government.");
    }

    @Test
    void whenTheInvitationFailsTheMembershipStandsAndItCanBeSentAgain(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        // The contact already has an account (a demo user's address): Keycloak refuses a second one.
        String taken = "lan.nguyen@hanoi.example.org";
        long id = submit(calls, form(calls, "Da Lat", taken, "en", null), "192.0.2.60")
                .getAsLong();
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            OnAgenda item =
                    onAgenda(calls, id, "EXECUTIVE_COMMITTEE", LocalDate.now().minusDays(1));
            long version = item.version();
            governance(calls).invoke("recordDecision", item.id(), true, version, null);

            Object failed = applications(calls).invoke("application", id);
            assertThat(PluginCalls.read(failed, "status")).hasToString("ACCEPTED");
            assertThat(PluginCalls.read(failed, "invitationStatus")).isEqualTo("FAILED");
            String key = (String) PluginCalls.read(failed, "organisationKey");
            assertThat(calls.platformBean(OrganisationDirectory.class)
                            .byKey(OrganisationKey.of(key))
                            .orElseThrow()
                            .status())
                    .isEqualTo(MembershipStatus.MEMBER);
            assertThat(platform.open("membership/applications", Role.SECRETARIAT)
                            .status())
                    .isEqualTo(200);

            Object again = applications(calls).invoke("sendInvitation", id);
            assertThat(PluginCalls.read(again, "invitationStatus")).isEqualTo("FAILED");
        }
    }

    @Test
    void officesAreMemberCitiesWithTermsAndOneChairAtATime(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        Object chair = calls.make(GovernanceRecords.OfficeKind.class, "CHAIR");
        LocalDate start = LocalDate.of(2022, 9, 1);
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            governance(calls).invoke("addOffice", chair, HANOI, start, start.plusYears(3));
            assertThatThrownBy(() -> governance(calls)
                            .invoke("addOffice", chair, OrganisationKey.of("ke-nairobi"), start.plusYears(1), null))
                    .hasMessageContaining("membership.governance.invalid.chair-overlap");
            assertThatThrownBy(() -> governance(calls)
                            .invoke(
                                    "addOffice",
                                    calls.make(GovernanceRecords.OfficeKind.class, "VICE_CHAIR"),
                                    CHENGDU_OFFICE,
                                    start,
                                    null))
                    .hasMessageContaining("membership.governance.invalid.member-city");
            assertThatThrownBy(() -> governance(calls)
                            .invoke(
                                    "addOffice",
                                    calls.make(GovernanceRecords.OfficeKind.class, "VICE_CHAIR"),
                                    OrganisationKey.of("ke-nairobi"),
                                    start,
                                    start.minusDays(1)))
                    .hasMessageContaining("membership.governance.invalid.term");
            governance(calls)
                    .invoke(
                            "addOffice",
                            calls.make(GovernanceRecords.OfficeKind.class, "VICE_CHAIR"),
                            OrganisationKey.of("ke-nairobi"),
                            start,
                            null);
        }
        try (var as = calls.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            assertThat((List<?>) governance(calls).invoke("offices")).hasSize(2);
            assertThatThrownBy(() -> governance(calls).invoke("addOffice", chair, HANOI, start.plusYears(4), null))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(platform.open("membership/governance", Role.MEMBER_CITY).body())
                .contains("Chair city")
                .contains("Vice-chair city");
    }

    /** An agenda item of an application: the item, its meeting, the application's version after it. */
    private record OnAgenda(long id, long meeting, long version) {}

    /** Completes the application, adds a meeting of that kind and date, and puts it on its agenda. */
    private static OnAgenda onAgenda(PluginCalls calls, long application, String kind, LocalDate date) {
        Object complete = applications(calls).invoke("markComplete", application, 1L);
        Object meeting = governance(calls)
                .invoke("addMeeting", calls.make(GovernanceRecords.MeetingKind.class, kind), date, null);
        long meetingId = (Long) PluginCalls.read(meeting, "id");
        Object item = governance(calls)
                .invoke("placeOnAgenda", meetingId, application, PluginCalls.read(complete, "version"));
        return new OnAgenda((Long) PluginCalls.read(item, "id"), meetingId, (Long)
                PluginCalls.read(applications(calls).invoke("application", application), "version"));
    }

    private static OptionalLong submit(PluginCalls calls, Object form, String ip) {
        return (OptionalLong) applications(calls).invoke("submit", form, ip);
    }

    private static int countAll(PluginCalls calls) {
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            return (Integer) applications(calls).invoke("count", null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object form(PluginCalls calls, String nameEn, String email, String language, String honeypot) {
        return calls.make(
                ApplicationForm.class,
                OrganisationType.CITY,
                nameEn,
                null,
                null,
                "PE",
                true,
                "https://www.munlima.gob.pe",
                "Renzo Reggiardo",
                "Mayor",
                "Jr. de la Unión 300, Lima",
                "Smart-city master plan.",
                "Ana",
                "Quispe",
                "International relations",
                email,
                "+51 1 632 1300",
                language,
                true,
                language,
                honeypot);
    }

    private static PluginCalls.PluginBean applications(PluginCalls calls) {
        return calls.bean(MembershipApplications.class);
    }

    private static PluginCalls.PluginBean governance(PluginCalls calls) {
        return calls.bean(Governance.class);
    }

    private static MailSink.ReceivedMail awaitMail(String address, String subjectPart) {
        return awaitMail(address, mail -> mail.subject().contains(subjectPart));
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
        throw new AssertionError("No such mail to " + address + " within 60 s: " + sink.inbox(address));
    }
}
