package org.wego.plugins.membership.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.governance.Governance;
import org.wego.plugins.membership.governance.GovernanceRecords;
import org.wego.plugins.membership.profiles.MemberProfiles;

/**
 * The application form's checks, the submission limits, the honeypot, the status moves and who may
 * review, all before anything touches the database (the unit context fails a test that reaches it).
 */
class ApplicationsTest {

    private static final SignedInUser SECRETARIAT = user(Role.SECRETARIAT, "wego-secretariat");
    private static final SignedInUser HANOI = user(Role.MEMBER_CITY, "vn-hanoi");
    private static final SignedInUser CHENGDU_OFFICE = user(Role.REGIONAL_OFFICE, "ro-chengdu");

    private static final Permissions DECLARED = (user, permission) -> user != null
            && user.hasRole(Role.SECRETARIAT)
            && (permission.equals(MembershipPlugin.REVIEW_APPLICATIONS)
                    || permission.equals(MembershipPlugin.EDIT_GOVERNANCE));

    static ApplicationForm valid() {
        return new ApplicationForm(
                OrganisationType.CITY,
                " Da Nang ",
                "다낭",
                "Đà Nẵng",
                "vn",
                false,
                "https://danang.gov.vn",
                "Le Trung Chinh",
                "Chairman",
                "24 Tran Phu, Hai Chau",
                "Smart transport and\nopen data.",
                "Minh",
                "Nguyen",
                "Director of IT",
                " Minh.Nguyen@Danang.gov.vn ",
                "+84 236 382 2111",
                "en",
                true,
                "en",
                "");
    }

    @Test
    void aValidFormIsTrimmedAndNormalised() {
        ApplicationForm clean = ApplicationInput.check(valid());

        assertThat(clean.nameEn()).isEqualTo("Da Nang");
        assertThat(clean.country()).isEqualTo("VN");
        assertThat(clean.contactEmail()).isEqualTo("minh.nguyen@danang.gov.vn");
        assertThat(clean.motivation()).isEqualTo("Smart transport and\nopen data.");
        assertThat(ApplicationInput.problems(valid())).isEmpty();
    }

    @Test
    void everyProblemIsNamedOnItsField() {
        var empty = new ApplicationForm(
                null,
                " ",
                null,
                null,
                "XX",
                true,
                "ftp://x",
                null,
                null,
                null,
                "",
                "",
                "",
                null,
                "not-an-address",
                "call me",
                "fr",
                false,
                "en",
                null);

        assertThat(ApplicationInput.problems(empty))
                .extracting(InvalidInputException::field)
                .containsExactlyInAnyOrder(
                        "type",
                        "nameEn",
                        "country",
                        "website",
                        "motivation",
                        "contactFirstName",
                        "contactLastName",
                        "contactEmail",
                        "contactPhone",
                        "contactLanguage",
                        "consent");
        assertThatThrownBy(() -> ApplicationInput.check(empty)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void markupAndSqlLookingTextPassOverlongTextAndControlCharactersAreRefused() {
        for (String name : new String[] {
            "<script>alert(1)</script>", "Seoul'; DROP TABLE membership_application; --", "Seoul -- Smart City Week"
        }) {
            assertThat(ApplicationInput.problems(withName(name))).as(name).isEmpty();
        }
        assertThat(keyOf(withName("x".repeat(ApplicationInput.MAX_NAME + 1)))).isEqualTo("input.invalid.too-long");
        assertThat(keyOf(withName("Seoul\u0000"))).isEqualTo("input.invalid.control");
        var form = valid();
        var badContact = new ApplicationForm(
                form.type(),
                form.nameEn(),
                form.nameKo(),
                form.nameLocal(),
                form.country(),
                form.capital(),
                form.website(),
                form.headName(),
                form.headTitle(),
                form.address(),
                form.motivation(),
                "Min{h}",
                form.contactLastName(),
                form.contactPosition(),
                "a@b",
                form.contactPhone(),
                form.contactLanguage(),
                true,
                "en",
                null);
        assertThat(ApplicationInput.problems(badContact))
                .extracting(InvalidInputException::messageKey)
                .as("\"Min{h}\" is a name like any other")
                .containsExactly("membership.applications.invalid.email");
    }

    @Test
    void aCapitalIsOnlyACityAndTheConsentLanguageFallsBackToEnglish() {
        var form = valid();
        var company = new ApplicationForm(
                OrganisationType.COMPANY,
                form.nameEn(),
                null,
                null,
                "KR",
                true,
                null,
                null,
                null,
                null,
                "Smart cards",
                "Ji",
                "Kim",
                null,
                "ji@tmoney.example",
                null,
                "ko",
                true,
                "de",
                null);

        ApplicationForm clean = ApplicationInput.check(company);

        assertThat(clean.capital()).isFalse();
        assertThat(clean.consentLanguage()).isEqualTo("en");
        assertThat(keyOf(new ApplicationForm(
                        OrganisationType.PARTNER,
                        "X",
                        null,
                        null,
                        "KR",
                        false,
                        null,
                        null,
                        null,
                        null,
                        "Why",
                        "Ji",
                        "Kim",
                        null,
                        "ji@x.example",
                        null,
                        "ko",
                        true,
                        "ko",
                        null)))
                .isEqualTo("membership.applications.invalid.type");
    }

    @Test
    void theHoneypotMarksARobotAndARobotsSubmissionStoresNothing() {
        var form = valid();
        var robot = new ApplicationForm(
                form.type(),
                form.nameEn(),
                form.nameKo(),
                form.nameLocal(),
                form.country(),
                form.capital(),
                form.website(),
                form.headName(),
                form.headTitle(),
                form.address(),
                form.motivation(),
                form.contactFirstName(),
                form.contactLastName(),
                form.contactPosition(),
                form.contactEmail(),
                form.contactPhone(),
                form.contactLanguage(),
                true,
                "en",
                "http://spam.example");

        assertThat(ApplicationInput.isRobot(robot)).isTrue();
        assertThat(ApplicationInput.isRobot(form)).isFalse();
    }

    @Test
    void limitsCountPerIpAnHourAndPerEmailADay() {
        var now = LocalDateTime.of(2026, 11, 25, 17, 42, 10);

        var ip = SubmissionLimits.ofIp("203.0.113.7", now);
        var laterSameHour = SubmissionLimits.ofIp("203.0.113.7", now.plusMinutes(17));
        var nextHour = SubmissionLimits.ofIp("203.0.113.7", now.plusMinutes(18));
        assertThat(ip.bucket()).isEqualTo(laterSameHour.bucket()).isNotEqualTo(nextHour.bucket());
        assertThat(ip.start()).isEqualTo(LocalDateTime.of(2026, 11, 25, 17, 0));
        assertThat(ip.allows(SubmissionLimits.PER_IP)).isTrue();
        assertThat(ip.allows(SubmissionLimits.PER_IP + 1)).isFalse();

        var email = SubmissionLimits.ofEmail(" Minh@Danang.gov.vn", now);
        assertThat(email.bucket())
                .isEqualTo(SubmissionLimits.ofEmail("minh@danang.gov.vn", now.withHour(23))
                        .bucket())
                .isNotEqualTo(SubmissionLimits.ofEmail("minh@danang.gov.vn", now.plusDays(1))
                        .bucket());
        assertThat(email.allows(SubmissionLimits.PER_EMAIL)).isTrue();
        assertThat(email.allows(SubmissionLimits.PER_EMAIL + 1)).isFalse();
        assertThat(email.messageKey()).isEqualTo("membership.applications.limit.email");

        assertThat(SubmissionLimits.ip(null)).isEqualTo("unknown");
        assertThat(SubmissionLimits.ip("2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(SubmissionLimits.ip("1.2.3.4'; DROP")).isEqualTo("unknown");
    }

    @Test
    void statusesMoveOnlyForward() {
        assertThat(ApplicationStatus.SUBMITTED.mayMoveTo(ApplicationStatus.COMPLETE))
                .isTrue();
        assertThat(ApplicationStatus.SUBMITTED.mayMoveTo(ApplicationStatus.ON_AGENDA))
                .isFalse();
        assertThat(ApplicationStatus.SUBMITTED.mayMoveTo(ApplicationStatus.ACCEPTED))
                .isFalse();
        assertThat(ApplicationStatus.INFORMATION_REQUESTED.mayMoveTo(ApplicationStatus.COMPLETE))
                .isTrue();
        assertThat(ApplicationStatus.COMPLETE.mayMoveTo(ApplicationStatus.ON_AGENDA))
                .isTrue();
        assertThat(ApplicationStatus.ON_AGENDA.next())
                .containsExactlyInAnyOrder(
                        ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
        for (ApplicationStatus end :
                Set.of(ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)) {
            assertThat(end.isFinal()).isTrue();
        }
    }

    @Test
    void onlyTheSecretariatReviewsAndEditsGovernanceCheckedBeforeAnyRead() {
        assertThat(applications(SECRETARIAT).mayReview(SECRETARIAT)).isTrue();
        assertThat(applications(HANOI).mayReview(HANOI)).isFalse();
        assertThat(applications(CHENGDU_OFFICE).mayReview(CHENGDU_OFFICE)).isFalse();
        assertThat(applications(null).mayReview(null)).isFalse();

        for (SignedInUser user : new SignedInUser[] {HANOI, CHENGDU_OFFICE}) {
            var service = applications(user);
            assertThatThrownBy(() -> service.application(1)).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.markComplete(1, 1)).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.reject(1, 1, "No")).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.search(null, null, null, false, 0, 10))
                    .isInstanceOf(PermissionDeniedException.class);
            var governance = new Governance(context(user), service, new MemberProfiles(context(user)));
            assertThat(governance.mayEdit(user)).isFalse();
            assertThatThrownBy(() -> governance.addMeeting(
                            GovernanceRecords.MeetingKind.EXECUTIVE_COMMITTEE, LocalDate.of(2026, 10, 1), null))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> governance.recordDecision(1, true, 1, null))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThatThrownBy(() -> applications(null).application(1)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aRequestForInformationOrARejectionNeedsAComment() {
        assertThatThrownBy(() -> ApplicationInput.comment("  ", true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("comment");
        assertThat(ApplicationInput.comment(null, false)).isNull();
        assertThat(ApplicationInput.comment(" Send the council's decision.\n", true))
                .isEqualTo("Send the council's decision.");
    }

    private static ApplicationForm withName(String name) {
        var f = valid();
        return new ApplicationForm(
                f.type(),
                name,
                f.nameKo(),
                f.nameLocal(),
                f.country(),
                f.capital(),
                f.website(),
                f.headName(),
                f.headTitle(),
                f.address(),
                f.motivation(),
                f.contactFirstName(),
                f.contactLastName(),
                f.contactPosition(),
                f.contactEmail(),
                f.contactPhone(),
                f.contactLanguage(),
                true,
                "en",
                null);
    }

    private static String keyOf(ApplicationForm form) {
        try {
            ApplicationInput.check(form);
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted: " + form);
    }

    private static MembershipApplications applications(SignedInUser user) {
        return new MembershipApplications(context(user));
    }

    private static PluginContext context(SignedInUser user) {
        return UnitTestContext.of("membership", user, DECLARED);
    }

    private static SignedInUser user(Role role, String organisation) {
        return new SignedInUser(
                role.claimValue() + "-user",
                role.claimValue() + "-user",
                "Test " + role.claimValue(),
                role.claimValue() + "@example.org",
                Set.of(role),
                OrganisationKey.of(organisation),
                Locale.ENGLISH);
    }
}
