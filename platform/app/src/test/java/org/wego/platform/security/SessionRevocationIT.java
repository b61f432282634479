package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.ActingUser;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.users.UserAccounts;
import org.wego.plugin.api.Role;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;

/**
 * An open platform session ends, or takes the new rights, when the account changes in Keycloak:
 * deactivation on the users screen, an admin's "sign out all sessions", a sign-out in another tab,
 * a revocation written by another node, and role and {@code org_id} changes. Each through a cookie
 * session (HTTP) and in a real browser tab. Revalidation runs after 2 s here instead of 5 min.
 */
@SpringBootTest(
        classes = WegoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "wego.session.revalidate=2s")
class SessionRevocationIT {

    private static final Duration REVALIDATE = Duration.ofSeconds(2);
    private static final Pattern SESSION_CODE = Pattern.compile("name=\"session_code\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, SessionRevocationIT.class);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcClient jdbc;

    private static Playwright playwright;
    private static Browser browser;
    private final KeycloakRealmAdmin admin = TestStack.current().realmAdmin();
    private BrowserContext tabs;
    private Account account;

    private record Account(String id, String username, String password) {
        String displayName() {
            return "Test " + username;
        }
    }

    @BeforeAll
    static void chromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("wego.ui-tests.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void setUp() {
        // The realm's client has one back-channel URL; this class's platform runs on its own port.
        admin.setBackChannelLogoutUrl(
                TestStack.current().oidcClientId(),
                "http://localhost:" + port + PlatformSessions.BACK_CHANNEL_LOGOUT_PATH);
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        account = new Account(
                admin.createUser(username, "pw-" + username, List.of("member-city"), "vn-hanoi"),
                username,
                "pw-" + username);
        tabs = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        tabs.setDefaultTimeout(20_000);
    }

    @AfterEach
    void tearDown() {
        tabs.close();
        admin.deleteUser(account.id());
    }

    // --- Through HTTP: a cookie session signed in the way a browser does. ---

    @Test
    void deactivationOnTheUsersScreenEndsTheOpenSession() {
        var session = signedInSession();

        deactivate();

        assertEnded(session);
        assertThat(revocationReasons()).contains("DEACTIVATED");
    }

    @Test
    void anAdminsSignOutOfAllSessionsInKeycloakEndsTheOpenSession() {
        var session = signedInSession();

        admin.logoutUser(account.id());

        assertEnded(session);
        assertThat(revocationReasons()).contains("BACK_CHANNEL_LOGOUT");
    }

    @Test
    void signingOutOfKeycloakInAnotherTabEndsTheOpenSession() {
        var session = signedInSession();

        // Another tab of the same browser: Keycloak's own sign-out page, confirmed.
        var confirm = session.get(URI.create(TestStack.current().oidcIssuer() + "/protocol/openid-connect/logout"));
        var code = SESSION_CODE.matcher(confirm.body());
        assertThat(code.find()).as("Keycloak's logout confirmation").isTrue();
        session.submitFirstForm(confirm, Map.of("session_code", code.group(1), "confirmLogout", "Logout"));

        assertEnded(session);
    }

    @Test
    void aRevocationWrittenByAnotherNodeEndsTheSessionHereWithinFiveSeconds() {
        var session = signedInSession();
        Instant written = Instant.now();

        // What another node of the cluster writes when its user is deactivated there.
        jdbc.sql("""
                        INSERT INTO platform_session_revocation (subject, revoked_at, revoked_by, reason)
                        VALUES (:subject, :at, 'another-node', 'DEACTIVATED')""")
                .param("subject", account.id())
                .param("at", Timestamp.from(written))
                .update();

        await().atMost(Duration.ofSeconds(6))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !isServed(session));
        assertThat(Duration.between(written, Instant.now())).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void anAccountDisabledInKeycloakAloneIsFoundOutOnTheNextActionAfterTheInterval() {
        var session = signedInSession();

        // No logout, so no back-channel call: only the revalidation with Keycloak can notice.
        admin.setEnabled(account.id(), false);
        sleep(REVALIDATE.plusMillis(500));

        assertThat(isServed(session)).isFalse();
        assertThat(revocationReasons()).contains("REVALIDATION_FAILED");
    }

    @Test
    void aRoleChangedInKeycloakIsTakenOnTheNextActionAfterTheInterval() {
        var session = signedInSession();
        assertThat(session.fetch(home()).body()).doesNotContain("admin/users");

        admin.replaceRealmRole(account.id(), "member-city", "secretariat");
        sleep(REVALIDATE.plusMillis(500));

        var page = session.fetch(home());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("the secretariat's menu").contains("admin/users");
    }

    @Test
    void anOrganisationChangedInKeycloakIsTakenOnTheNextActionAfterTheInterval() {
        var session = signedInSession();

        admin.setOrganisation(account.id(), "ke-nairobi");
        sleep(REVALIDATE.plusMillis(500));

        var page = session.fetch(home());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nairobi").doesNotContain("Hanoi");
    }

    // --- In a browser tab. ---

    @Test
    void anOpenTabIsSentToSignInAfterDeactivation() {
        Page tab = signedInTab();

        deactivate();

        assertTabSentToSignIn(tab);
    }

    @Test
    void anOpenTabIsSentToSignInAfterAnAdminSignsOutAllSessions() {
        Page tab = signedInTab();

        admin.logoutUser(account.id());

        assertTabSentToSignIn(tab);
    }

    @Test
    void anOpenTabIsSentToSignInAfterSigningOutInAnotherTab() {
        Page tab = signedInTab();
        Page other = tabs.newPage();
        other.navigate(url(""));
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        other.locator("#kc-form-login").waitFor();

        assertTabSentToSignIn(tab);
    }

    @Test
    void anOpenTabShowsTheNewRoleAndOrganisationAfterTheInterval() {
        Page tab = signedInTab();
        assertThat(tab.locator(".wego-user-organisation").innerText()).contains("Hanoi");
        assertThat(tab.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users"))
                        .count())
                .isZero();

        admin.replaceRealmRole(account.id(), "member-city", "secretariat");
        admin.setOrganisation(account.id(), "wego-secretariat");
        sleep(REVALIDATE.plusMillis(500));
        clickSomething(tab);

        tab.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Users").setExact(true))
                .waitFor();
        assertThat(tab.locator(".wego-user-organisation").innerText()).doesNotContain("Hanoi");
        assertThat(tab.url()).startsWith(url(""));
    }

    // --- Helpers ---

    private URI home() {
        return URI.create(url(""));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private BrowserlessSignIn signedInSession() {
        var session = BrowserlessSignIn.newSession();
        var page = session.open(home(), account.username(), account.password());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(account.displayName());
        assertThat(isServed(session)).as("signed in").isTrue();
        return session;
    }

    /** Whether the session's next request is served as signed in (200), not sent to sign in (a redirect). */
    private boolean isServed(BrowserlessSignIn session) {
        var page = session.fetch(home());
        return page.status() == 200 && page.body().contains(account.displayName());
    }

    private void assertEnded(BrowserlessSignIn session) {
        // Keycloak's back-channel call arrives within moments; the revocation counts here at once.
        await().atMost(Duration.ofSeconds(6))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !isServed(session));
        assertThat(session.get(home()).isKeycloakLoginForm())
                .as("sent to Keycloak's login form: its session is gone too")
                .isTrue();
    }

    private Page signedInTab() {
        Page tab = tabs.newPage();
        tab.navigate(url(""));
        tab.locator("#kc-form-login #username").fill(account.username());
        tab.locator("#kc-form-login #password").fill(account.password());
        tab.locator("#kc-form-login #kc-login").click();
        tab.locator(".wego-user-name").waitFor();
        assertThat(tab.locator(".wego-user-name").innerText()).isEqualTo(account.displayName());
        return tab;
    }

    /** A user action in the tab: a menu entry, handled by a Vaadin call without a page load. */
    private static void clickSomething(Page tab) {
        tab.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Notifications").setExact(true))
                .first()
                .click();
    }

    private void assertTabSentToSignIn(Page tab) {
        // Give the back-channel call a moment, then act: the tab must land on Keycloak's login form.
        sleep(Duration.ofMillis(500));
        clickSomething(tab);
        tab.locator("#kc-form-login").waitFor();
        assertThat(URI.create(tab.url()).getPort()).isNotEqualTo(port);
    }

    private void deactivate() {
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            accounts.deactivate(currentUser.require(), account.id());
        }
    }

    private List<String> revocationReasons() {
        return jdbc.sql("SELECT reason FROM platform_session_revocation WHERE subject = :subject")
                .param("subject", account.id())
                .query(String.class)
                .list();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
