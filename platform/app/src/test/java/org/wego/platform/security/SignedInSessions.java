package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.platform.ActingUser;
import org.wego.platform.users.UserAccounts;
import org.wego.plugin.api.Role;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.HeadlessChromium;
import org.wego.teststack.KeycloakRealmAdmin;
import org.wego.teststack.TestStack;

/**
 * What the session ITs share: a fresh member-city account of {@code vn-hanoi} per test, signed in
 * through a cookie session (HTTP) or a Chromium tab, and the realm's back-channel logout pointed at
 * this class's platform.
 */
abstract class SignedInSessions {

    static final Duration REVALIDATE = Duration.ofSeconds(2);
    static final Pattern SESSION_CODE = Pattern.compile("name=\"session_code\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcClient jdbc;

    static Playwright playwright;
    static Browser browser;
    final KeycloakRealmAdmin admin = TestStack.current().realmAdmin();
    BrowserContext tabs;
    Account account;

    record Account(String id, String username, String password) {
        String displayName() {
            return "Test " + username;
        }
    }

    @BeforeAll
    static void chromium() {
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        browser.close();
        playwright.close();
        // Back to the realm file's URL, so no later test class's sign-out calls this class's closed port.
        TestStack.current()
                .realmAdmin()
                .setBackChannelLogoutUrl(
                        TestStack.current().oidcClientId(),
                        "http://localhost:8080" + PlatformSessions.BACK_CHANNEL_LOGOUT_PATH);
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

    // --- Helpers ---

    URI home() {
        return URI.create(url(""));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    BrowserlessSignIn signedInSession() {
        var session = BrowserlessSignIn.newSession();
        var page = session.open(home(), account.username(), account.password());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(account.displayName());
        assertThat(isServed(session)).as("signed in").isTrue();
        return session;
    }

    /** Whether the session's next request is served as signed in (200), not sent to sign in (a redirect). */
    boolean isServed(BrowserlessSignIn session) {
        var page = session.fetch(home());
        return page.status() == 200 && page.body().contains(account.displayName());
    }

    void assertEnded(BrowserlessSignIn session) {
        // Keycloak's back-channel call arrives within moments; the revocation counts here at once.
        await().atMost(Duration.ofSeconds(6))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !isServed(session));
        assertThat(session.get(home()).isKeycloakLoginForm())
                .as("sent to Keycloak's login form: its session is gone too")
                .isTrue();
    }

    Page signedInTab() {
        return signedInTab(null);
    }

    /** A tab signed in with the browser set to a language (e.g. {@code ko-KR}), or the context's own. */
    Page signedInTab(@Nullable String browserLanguage) {
        if (browserLanguage != null) {
            // The UI opens in the browser's language when the account has no stored preference.
            tabs.close();
            tabs = browser.newContext(new Browser.NewContextOptions().setLocale(browserLanguage));
            tabs.setDefaultTimeout(20_000);
        }
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
    static void clickSomething(Page tab) {
        tab.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Notifications").setExact(true))
                .first()
                .click();
    }

    void assertTabSentToSignIn(Page tab) {
        // Give the back-channel call a moment, then act: the tab must land on Keycloak's login form.
        sleep(Duration.ofMillis(500));
        clickSomething(tab);
        tab.locator("#kc-form-login").waitFor();
        assertThat(URI.create(tab.url()).getPort()).isNotEqualTo(port);
    }

    void deactivate() {
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            accounts.deactivate(currentUser.require(), account.id());
        }
    }

    List<String> revocationReasons() {
        return jdbc.sql("SELECT reason FROM platform_session_revocation WHERE subject = :subject")
                .param("subject", account.id())
                .query(String.class)
                .list();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
