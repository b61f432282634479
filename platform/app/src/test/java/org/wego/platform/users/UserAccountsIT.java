package org.wego.platform.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.organisations.Organisations;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;

/** Inviting, listing and deactivating users against the real Keycloak and mail sink. */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAccountsIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, UserAccountsIT.class);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail audit;

    @Autowired
    javax.sql.DataSource dataSource;

    private final TestStack stack = TestStack.current();
    private final KeycloakRealmAdmin realm = stack.realmAdmin();

    private static final SignedInUser SECRETARIAT = user("sec-1", Role.SECRETARIAT, "wego-secretariat");
    private static final SignedInUser CHENGDU = user("ro-1", Role.REGIONAL_OFFICE, "ro-chengdu");
    private static final SignedInUser HANOI = user("mc-1", Role.MEMBER_CITY, "vn-hanoi");

    private static SignedInUser user(String id, Role role, String organisation) {
        return new SignedInUser(
                id, id, id, id + "@example.org", Set.of(role), OrganisationKey.of(organisation), Locale.ENGLISH);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@invited.example.org";
    }

    private static Invitation invitation(String organisation, Role role, String email) {
        return new Invitation(OrganisationKey.of(organisation), role, "Linh", "Nguyen", email, Locale.KOREAN);
    }

    @Test
    void anInvitationCreatesTheKeycloakUserWithOrganisationRoleAndLanguageAndMailsTheSetPasswordLink() {
        String email = uniqueEmail("linh");

        UserAccount invited = accounts.invite(SECRETARIAT, invitation("vn-hanoi", Role.MEMBER_CITY, email));

        var stored = realm.user(invited.id());
        assertThat(stored.path("attributes").path("org_id").path(0).asString()).isEqualTo("vn-hanoi");
        assertThat(stored.path("attributes").path("locale").path(0).asString()).isEqualTo("ko");
        assertThat(stored.path("requiredActions").toString()).contains("UPDATE_PASSWORD");
        assertThat(invited.role()).isEqualTo(Role.MEMBER_CITY);
        assertThat(invited.invitationPending()).isTrue();
        assertThat(accounts.usersOf(
                        HANOI,
                        organisations.byKey(OrganisationKey.of("vn-hanoi")).orElseThrow()))
                .extracting(UserAccount::email)
                .contains(email);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(stack.mailSink().inbox(email))
                        .hasSize(2)
                        .anySatisfy(mail -> {
                            assertThat(mail.content()).contains("login-actions/action-token");
                            assertThat(mail.subject())
                                    .as("Keycloak's own mail in the invited user's language (our e-mail theme)")
                                    .isEqualTo("계정 설정을 완료하세요");
                        })
                        .anySatisfy(mail -> assertThat(mail.subject()).isEqualTo("Linh님, WeGO 플랫폼에 오신 것을 환영합니다")));
        // The outbox screen's source: the sink's copy of every message.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(stack.mailSink().newest(stack.mailSinkAccount(), 50))
                        .anySatisfy(mail -> assertThat(mail.content()).contains("login-actions/action-token")));
        assertThat(audit.read(SECRETARIAT, new AuditTrail.Filter(UserAccounts.AUDIT_ENTITY, invited.id()), 0, 5))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.after()).contains("vn-hanoi").contains("member-city"));
    }

    @Test
    void namesWithQuotesSemicolonsAndMarkupAreInvitedAsTypedAndTheRealmKeepsThem() {
        String email = uniqueEmail("oneil");
        String first = "Siobhán \"Shiv\"; <b>";
        String last = "O'Neil & Kim (Jr.)";

        UserAccount invited = accounts.invite(
                SECRETARIAT,
                new Invitation(OrganisationKey.of("vn-hanoi"), Role.MEMBER_CITY, first, last, email, Locale.ENGLISH));

        var stored = realm.user(invited.id());
        assertThat(stored.path("firstName").asString()).isEqualTo(first);
        assertThat(stored.path("lastName").asString()).isEqualTo(last);
    }

    @Test
    void aRegionalOfficeInvitesMemberCityUsersOfItsOwnRegionOnly() {
        String inRegion = uniqueEmail("chengdu-ok");
        accounts.invite(CHENGDU, invitation("vn-hanoi", Role.MEMBER_CITY, inRegion));

        String outside = uniqueEmail("nairobi");
        assertThatThrownBy(() -> accounts.invite(CHENGDU, invitation("ke-nairobi", Role.MEMBER_CITY, outside)))
                .isInstanceOf(PermissionDeniedException.class);
        String secretariat = uniqueEmail("sec");
        assertThatThrownBy(
                        () -> accounts.invite(CHENGDU, invitation("wego-secretariat", Role.SECRETARIAT, secretariat)))
                .isInstanceOf(PermissionDeniedException.class);
        String officeColleague = uniqueEmail("colleague");
        assertThatThrownBy(
                        () -> accounts.invite(CHENGDU, invitation("ro-chengdu", Role.REGIONAL_OFFICE, officeColleague)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> accounts.invite(HANOI, invitation("vn-hanoi", Role.MEMBER_CITY, uniqueEmail("x"))))
                .isInstanceOf(PermissionDeniedException.class);
        // An applicant of its region is not a member yet, and the secretariat's only (issue 13).
        org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("""
                        INSERT INTO platform_organisation (org_key, type, name_en, name_ko, country, continent, capital,
                            regional_office_id, status, version)
                        SELECT 'vn-applicant-users', 'CITY', 'Applicant', 'Applicant', 'VN', 'ASIA', FALSE, id,
                            'APPLICANT', 0
                        FROM platform_organisation WHERE org_key = 'ro-chengdu'""")
                .update();
        assertThatThrownBy(() -> accounts.invite(
                        CHENGDU, invitation("vn-applicant-users", Role.MEMBER_CITY, uniqueEmail("applicant"))))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(accounts.visibleTo(SECRETARIAT))
                .extracting(UserAccount::email)
                .contains(inRegion)
                .doesNotContain(outside, secretariat, officeColleague);
        assertThat(accounts.visibleTo(CHENGDU))
                .extracting(UserAccount::email)
                .contains(inRegion)
                .noneMatch(email -> email.startsWith("nairobi"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsCreated() {
        String email = uniqueEmail("dup");
        accounts.invite(SECRETARIAT, invitation("kr-seoul", Role.MEMBER_CITY, email));

        assertProblems(
                invitation("kr-seoul", Role.MEMBER_CITY, email.toUpperCase(Locale.ROOT)),
                "email",
                "users.error.email.duplicate");
        assertProblems(
                invitation("kr-seoul", Role.MEMBER_CITY, "not-an-address"), "email", "users.error.email.invalid");
        assertProblems(
                invitation("kr-seoul", Role.MEMBER_CITY, "a@b.org'; DROP TABLE x;--"),
                "email",
                "users.error.email.invalid");
        assertProblems(
                invitation("no-such-org", Role.MEMBER_CITY, uniqueEmail("u")),
                "organisation",
                "users.error.organisation.unknown");
        String markup = uniqueEmail("markup");
        assertProblems(
                new Invitation(
                        OrganisationKey.of("kr-seoul"),
                        Role.MEMBER_CITY,
                        "Linh\tThi",
                        "Nguyen",
                        markup,
                        Locale.ENGLISH),
                "firstName",
                "users.error.name.control");
        assertProblems(
                new Invitation(
                        OrganisationKey.of("kr-seoul"), Role.MEMBER_CITY, "A".repeat(101), "B", markup, Locale.ENGLISH),
                "firstName",
                "users.error.too-long");
        assertProblems(
                new Invitation(null, null, " ", "B", markup, Locale.ENGLISH), "organisation", "users.error.required");

        assertThat(accounts.visibleTo(SECRETARIAT))
                .extracting(UserAccount::email)
                .doesNotContain(markup)
                .filteredOn(email::equals)
                .hasSize(1);
    }

    private void assertProblems(Invitation invitation, String field, String key) {
        assertThatThrownBy(() -> accounts.invite(SECRETARIAT, invitation))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.messageKey()).isEqualTo(key);
                        }));
    }

    @Test
    void aDeactivatedUserCannotSignInUntilReactivated() {
        String username = "deact-" + UUID.randomUUID().toString().substring(0, 8);
        String id = realm.createUser(username, "Password-1234", List.of("member-city"), "vn-hanoi");
        URI home = URI.create("http://localhost:" + port + "/");

        assertThatThrownBy(() -> accounts.deactivate(HANOI, id)).isInstanceOf(PermissionDeniedException.class);
        UserAccount deactivated = accounts.deactivate(SECRETARIAT, id);

        assertThat(deactivated.enabled()).isFalse();
        assertThat(realm.user(id).path("attributes").path("org_id").path(0).asString())
                .as("deactivating keeps the organisation")
                .isEqualTo("vn-hanoi");
        var refused = BrowserlessSignIn.newSession().open(home, username, "Password-1234");
        assertThat(refused.uri().getPort()).isNotEqualTo(port);
        assertThat(refused.body()).containsIgnoringCase("disabled");

        accounts.reactivate(SECRETARIAT, id);
        var page = BrowserlessSignIn.newSession().open(home, username, "Password-1234");
        assertThat(page.uri().getPort()).isEqualTo(port);
        assertThat(page.status()).isEqualTo(200);
    }
}
