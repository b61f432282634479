package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.AxeChecks;
import org.wego.teststack.DemoUser;

/**
 * Every platform menu page, checked with axe-core as each role that may open it, in English and in
 * Korean, with a screenshot of each. The pages come from the live navigation registry (the menu the
 * role sees, the platform's entries), never from a list here. Plugins' pages are checked by the
 * plugin test kit's accessibility contract in each plugin's own build. Every violation fails the
 * test, whatever its impact; what axe leaves out, and why, is in {@link AxeChecks#EXCLUDED}.
 */
@BrowserTest
class AccessibilityIT {

    /** One demo user of each role, signed in once each. */
    static Stream<String> oneUserPerRole() {
        return DemoUser.all().stream()
                .filter(distinctBy(new java.util.HashSet<String>()))
                .map(DemoUser::username);
    }

    private static java.util.function.Predicate<DemoUser> distinctBy(Set<String> seenRoles) {
        return user -> seenRoles.add(user.role());
    }

    @ParameterizedTest
    @MethodSource("oneUserPerRole")
    void everyPlatformMenuPageHasNoAccessibilityProblemsInEitherLanguage(
            String username, Page page, RunningPlatform platform) {
        DemoUser user = DemoUser.named(username);
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(user);

        var registry = platform.bean(NavigationRegistry.class);
        List<MenuEntry> pages = registry.menuFor(signedIn(user)).stream()
                .filter(entry -> registry.views().stream()
                        .anyMatch(v ->
                                // The platform's own views, whichever of its features registered them.
                                v.view().viewClass().getName().startsWith("org.wego.platform.")
                                        && v.view().path().equals(entry.path())))
                .toList();
        assertThat(pages).as("platform menu pages of " + username).isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            if (!language.equals(shell.texts().locale())) {
                shell = shell.switchLanguage(language);
            }
            PlatformTexts texts = PlatformTexts.in(language);
            for (MenuEntry entry : pages) {
                page.navigate(platform.url(entry.path()));
                settle(page);
                String where = username + " on /" + entry.path() + " in " + language;
                Screenshots.save(
                        page,
                        "accessibility-" + user.role() + "-" + language + "-"
                                + (entry.path().isEmpty()
                                        ? "home"
                                        : entry.path().replace('/', '-')));
                String title = registry.views().stream()
                        .filter(v -> v.view().path().equals(entry.path()))
                        .map(v -> v.view().titleKey())
                        .findFirst()
                        .map(key -> texts.get(key) + " · " + texts.get("app.title"))
                        .orElseThrow();
                if (!page.title().equals(title)) {
                    problems.add(where + ": the document title is '" + page.title() + "', not '" + title + "'");
                }
                List<Rule> violations = AxeChecks.violations(page);
                if (!violations.isEmpty()) {
                    problems.add(where + " (" + page.url() + "):\n" + AxeChecks.describe(violations));
                }
            }
        }
        shell.switchLanguage(Locale.ENGLISH);

        assertThat(problems)
                .as(() -> "accessibility of the platform's menu pages as " + username + ":\n"
                        + String.join("\n", problems))
                .isEmpty();
    }

    private static SignedInUser signedIn(DemoUser user) {
        Role role = Role.fromClaimValue(user.role()).orElseThrow();
        return new SignedInUser(
                user.username(),
                user.displayName(),
                user.username() + "@example.org",
                Set.of(role),
                OrganisationKey.of(user.organisation()),
                Locale.ENGLISH);
    }

    private static void settle(Page page) {
        try {
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(5_000));
        } catch (PlaywrightException busy) {
            // a page that keeps polling: what it shows so far is checked
        }
    }
}
