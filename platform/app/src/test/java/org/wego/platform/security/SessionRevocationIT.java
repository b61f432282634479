package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.teststack.TestStack;

/**
 * An open platform session ends when the account's Keycloak session ends: deactivation on the users
 * screen, an admin's "sign out all sessions", a sign-out of Keycloak in another tab, a revocation
 * written by another node. Each through a cookie session (HTTP) and in a Chromium tab. Revalidation
 * with Keycloak is pushed out of reach here (10 min), so only the revocations can end the sessions:
 * with their check switched off these tests fail.
 */
@SpringBootTest(
        classes = WegoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "wego.session.revalidate=10m")
class SessionRevocationIT extends SignedInSessions {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, SessionRevocationIT.class);
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
}
