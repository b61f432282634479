package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wego.plugin.api.Role;
import org.wego.teststack.DemoUser;

/**
 * A person's first minutes on the platform, in a real browser: sent to Keycloak, signed in, shown
 * the menu and dashboard their role allows, in English and in Korean, then signed out again.
 */
@BrowserTest
class SignInIT {

    /** What each role finds in the menu, as message keys, top to bottom. */
    private static List<String> menuKeysOf(DemoUser user) {
        if (isSecretariat(user)) {
            return List.of(
                    "nav.home",
                    "nav.organisations",
                    "nav.approvals",
                    "nav.requests",
                    "nav.notifications",
                    "nav.account",
                    "nav.users",
                    "nav.plugins",
                    "nav.audit",
                    "nav.data-quality",
                    "nav.system",
                    "nav.outbox",
                    "nav.topics",
                    "membership.menu.directory",
                    "membership.menu.profiles",
                    "membership.menu.statistics",
                    "membership.menu.applications",
                    "membership.menu.governance",
                    "notice-board.menu",
                    "training.menu.programmes",
                    "training.menu.trainees",
                    "training.menu.statistics",
                    "training.menu.attendance",
                    "training.menu.certificates",
                    "events.menu",
                    "events.menu.statistics",
                    "agreements.menu",
                    "agreements.due.menu",
                    "agreements.menu.statistics",
                    "agreements.menu.import");
        }
        if (user.role().equals("regional-office")) {
            return List.of(
                    "nav.home",
                    "nav.organisations",
                    "nav.requests",
                    "nav.notifications",
                    "nav.account",
                    "nav.users",
                    "membership.menu.directory",
                    "membership.menu.statistics",
                    "membership.menu.governance",
                    "notice-board.menu",
                    "training.menu.programmes",
                    "training.menu.upload",
                    "training.menu.trainees",
                    "training.menu.statistics",
                    "training.menu.certificates",
                    "events.menu",
                    "events.menu.statistics",
                    "agreements.menu",
                    "agreements.due.menu",
                    "agreements.menu.statistics");
        }
        return List.of(
                "nav.home",
                "nav.organisations",
                "nav.requests",
                "nav.notifications",
                "nav.account",
                "membership.menu.directory",
                "membership.menu.my-profile",
                "membership.menu.statistics",
                "membership.menu.governance",
                "notice-board.menu",
                "training.menu.programmes",
                "training.menu.upload",
                "training.menu.trainees",
                "training.menu.statistics",
                "training.menu.certificates",
                "events.menu",
                "events.menu.statistics",
                "agreements.menu",
                "agreements.due.menu",
                "agreements.menu.statistics");
    }

    /** The dashboard widgets each role gets, in dashboard order. */
    private static List<String> widgetsOf(DemoUser user) {
        return isSecretariat(user)
                ? List.of("platform.account", "platform.system-status", "notice-board.latest")
                : List.of("platform.account", "notice-board.latest");
    }

    static Stream<Arguments> demoUsers() {
        return DemoUser.all().stream().map(user -> Arguments.argumentSet(user.username(), user));
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void everyDemoUserSignsInSeesTheirRolesMenuInBothLanguagesAndSignsOut(
            DemoUser user, Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(user);

        assertThat(shell.userName()).isEqualTo(user.displayName());
        assertThat(shell.userOrganisation()).isEqualTo(platform.organisationName(user.organisation(), Locale.ENGLISH));
        assertThat(shell.menuLabels()).containsExactlyElementsOf(labels(menuKeysOf(user), PlatformTexts.english()));
        HomePage home = shell.home();
        assertThat(home.greeting()).isEqualTo(PlatformTexts.english().get("home.welcome", user.displayName()));
        assertThat(home.widgetIds()).containsExactlyElementsOf(widgetsOf(user));
        assertThat(shell.untranslatedKeys()).isEmpty();
        Screenshots.save(page, user.username() + "-en");

        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        assertThat(korean.menuLabels())
                .containsExactlyElementsOf(labels(menuKeysOf(user), PlatformTexts.in(Locale.KOREAN)));
        assertThat(korean.home().greeting())
                .isEqualTo(PlatformTexts.in(Locale.KOREAN).get("home.welcome", user.displayName()));
        assertThat(korean.untranslatedKeys()).isEmpty();
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("ko");
        Screenshots.save(page, user.username() + "-ko");

        // The choice is the user's, not the browser's: it survives signing out and in again.
        ShellPage again = korean.signOut().signIn(user, Locale.KOREAN);
        assertThat(again.menuLabels())
                .containsExactlyElementsOf(labels(menuKeysOf(user), PlatformTexts.in(Locale.KOREAN)));

        // Back to English: later tests expect a fresh user's language.
        ShellPage english = again.switchLanguage(Locale.ENGLISH);
        assertThat(english.menuLabels()).containsExactlyElementsOf(labels(menuKeysOf(user), PlatformTexts.english()));

        KeycloakLoginPage login = english.signOut();
        assertThat(URI.create(login.url()).getPort())
                .as("signed out, back on Keycloak's login page")
                .isNotEqualTo(platform.baseUrl().getPort());
    }

    @Test
    void aMemberCityOpeningTheSystemStatusPageIsToldItsRoleDoesNotAllowIt(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));

        var response = page.navigate(platform.url("admin/system"));
        AccessDeniedPage denied = AccessDeniedPage.shownIn(page);

        assertThat(response.status()).isEqualTo(403);
        assertThat(denied.title()).isEqualTo(PlatformTexts.english().get("access.denied.title"));
        assertThat(denied.message()).isEqualTo(PlatformTexts.english().get("access.denied.text"));
    }

    @Test
    void anAnonymousVisitorOfTheAccountPageIsSentToKeycloak(Page page, RunningPlatform platform) {
        page.navigate(platform.url("account"));

        KeycloakLoginPage login = KeycloakLoginPage.shownIn(page);

        assertThat(URI.create(login.url()).getPort())
                .isNotEqualTo(platform.baseUrl().getPort());
    }

    private static boolean isSecretariat(DemoUser user) {
        return Role.fromClaimValue(user.role()).orElseThrow() == Role.SECRETARIAT;
    }

    private static List<String> labels(List<String> keys, PlatformTexts texts) {
        return keys.stream().map(texts::get).toList();
    }
}
