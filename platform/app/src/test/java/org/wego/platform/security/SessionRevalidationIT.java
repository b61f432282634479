package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.teststack.TestStack;

/**
 * Back-channel logout cannot reach a node Keycloak cannot see, so the first user action after the
 * revalidation interval (2 s here, 5 min by default) asks Keycloak: an account disabled there ends the
 * session, and changed roles and {@code org_id} are taken into the open session (menu and checks).
 * Through a cookie session (HTTP) and in a Chromium tab. The idle limits are seconds here too: timer polls
 * do not keep a tab signed in, and the warning's "stay signed in" does.
 */
@SpringBootTest(
        classes = WegoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wego.session.revalidate=2s", "wego.session.idle-timeout=20s", "wego.session.idle-warning=10s"})
class SessionRevalidationIT extends SignedInSessions {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, SessionRevalidationIT.class);
    }

    // --- Through HTTP: a cookie session signed in the way a browser does. ---

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

    @Test
    void anIdleTabIsWarnedMayStaySignedInAndIsSignedOutWhenIdleTooLong() {
        Page tab = signedInTab();
        var stay = tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in"));

        // Polls run every few seconds meanwhile: they are not actions, so the warning comes.
        stay.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        assertThat(tab.getByText("Still there?").isVisible()).isTrue();
        screenshot(tab, "session-idle-warning-en");
        Instant stayed = Instant.now();
        stay.click();
        stay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(tab.locator(".wego-user-name").isVisible())
                .as("still signed in")
                .isTrue();

        // Now nobody acts: the poll after the idle limit ends the session, and the tab is sent to sign in
        // (Keycloak's own session, still open here, signs it straight back in).
        var signIn = tab.waitForRequest(
                request -> URI.create(request.url()).getPort() != port,
                new Page.WaitForRequestOptions().setTimeout(40_000),
                () -> {});
        assertThat(signIn.url()).startsWith(TestStack.current().oidcIssuer());
        assertThat(Duration.between(stayed, Instant.now()))
                .as("the idle limit counted from the click on 'stay signed in'")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theIdleWarningSpeaksTheUsersLanguage() {
        Page tab = signedInTab("ko-KR");
        var stay = tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인 유지"));
        stay.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        assertThat(tab.getByText("계속 사용 중이신가요?").isVisible()).isTrue();
        screenshot(tab, "session-idle-warning-ko");
        stay.click();
        stay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(tab.locator(".wego-user-name").isVisible())
                .as("still signed in")
                .isTrue();
    }

    private static void screenshot(Page tab, String name) {
        // The dialog fades in: take the picture once no animation runs.
        tab.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        tab.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
