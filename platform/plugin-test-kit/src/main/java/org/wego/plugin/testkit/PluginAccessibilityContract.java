package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.teststack.AxeChecks;
import org.wego.teststack.DemoUser;
import org.wego.teststack.HeadlessChromium;

/**
 * Accessibility as part of the plugin contract: every view the plugin registers (read from the
 * platform's live navigation registry, not from a list) is opened in the machine's Chromium as each
 * role that may open it, and anonymously when it is public, in English and in Korean, and must show
 * its declared document title and pass axe-core with no violation of any impact. Each role signs in
 * once, through the real Keycloak login form. A screenshot of every page in both languages lands in
 * {@code target/accessibility/} for a person to look at. What axe leaves out, and why, is the one list
 * in {@link AxeChecks#EXCLUDED}.
 *
 * <p>A plugin runs it with an empty subclass in its {@code src/test/java}:
 *
 * <pre>{@code
 * class TrainingAccessibilityIT extends PluginAccessibilityContract {}
 * }</pre>
 */
@WegoPluginTest
public abstract class PluginAccessibilityContract {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);
    private static final Path SCREENSHOTS = Path.of("target/accessibility");
    /** True once no Vaadin client on the page waits for the server. */
    private static final String VAADIN_IDLE =
            "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(client => !client.isActive())";

    /**
     * The query string a view is opened with (without {@code ?}), for a view that shows nothing
     * without one, e.g. the records of one programme. None by default: the view as a menu opens it.
     */
    protected @Nullable String queryFor(ViewContribution view) {
        return null;
    }

    @Test
    void everyViewOfThePluginIsTitledAndPassesAxeForEachRoleInBothLanguages(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).as("the plugin's start").isEmpty();
        List<ViewContribution> views = platform.pluginViews();
        assertThat(views).as("views registered by " + platform.pluginId()).isNotEmpty();

        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (Playwright playwright = HeadlessChromium.playwright();
                Browser browser = HeadlessChromium.launch(playwright)) {
            for (Role role : Role.values()) {
                List<ViewContribution> open = views.stream()
                        .filter(v -> !v.access().isPublic() && v.access().permits(userOf(platform, role)))
                        .toList();
                if (!open.isEmpty()) {
                    checkSignedIn(platform, browser, role, open, problems, checked);
                }
            }
            List<ViewContribution> publicViews =
                    views.stream().filter(v -> v.access().isPublic()).toList();
            for (Locale language : LANGUAGES) {
                if (publicViews.isEmpty()) {
                    break;
                }
                try (BrowserContext anonymous =
                        browser.newContext(new Browser.NewContextOptions().setLocale(language.toLanguageTag()))) {
                    Page page = anonymous.newPage();
                    for (ViewContribution view : publicViews) {
                        check(platform, page, view, "anonymous", language, problems, checked);
                    }
                }
            }
        }
        assertThat(checked).as("pages checked").isNotEmpty();
        assertThat(problems)
                .as(() -> "accessibility of " + platform.pluginId() + "'s views (" + checked.size()
                        + " pages checked):\n" + String.join("\n", problems))
                .isEmpty();
    }

    private void checkSignedIn(
            RunningPlatform platform,
            Browser browser,
            Role role,
            List<ViewContribution> views,
            List<String> problems,
            List<String> checked) {
        DemoUser user = platform.userOf(role);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
            Page page = context.newPage();
            page.navigate(platform.url("").toString());
            page.locator("#kc-form-login #username").fill(user.username());
            page.locator("#kc-form-login #password").fill(user.password());
            page.locator("#kc-form-login #kc-login").click();
            page.locator("vaadin-app-layout").waitFor();
            Locale shown = Locale.ENGLISH;
            for (Locale language : LANGUAGES) {
                if (!language.equals(shown)) {
                    switchLanguage(platform, page, shown, language);
                    shown = language;
                }
                for (ViewContribution view : views) {
                    check(platform, page, view, role.claimValue(), language, problems, checked);
                }
            }
            // Demo users keep their language: leave this one as it was found.
            switchLanguage(platform, page, shown, Locale.ENGLISH);
        }
    }

    private void check(
            RunningPlatform platform,
            Page page,
            ViewContribution view,
            String who,
            Locale language,
            List<String> problems,
            List<String> checked) {
        String query = queryFor(view);
        String path = query == null ? view.path() : view.path() + "?" + query;
        String where = who + " on /" + path + " in " + language;
        page.navigate(platform.url(path).toString());
        settle(page);
        checked.add(where);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(
                        who + "-" + language + "-" + view.path().replace('/', '-') + ".png"))
                .setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setStyle(".v-loading-indicator { visibility: hidden !important; }"));

        String application = platform.text("app.title", language);
        String title = page.title();
        String declared = view.titleKey() == null ? null : platform.text(view.titleKey(), language);
        boolean dynamic = com.vaadin.flow.router.HasDynamicTitle.class.isAssignableFrom(view.viewClass());
        if (title.isBlank() || title.equals(application)) {
            problems.add(where + ": the page has no title of its own ('" + title + "', WCAG 2.4.2)");
        } else if (!dynamic && !title.equals(declared + " · " + application)) {
            problems.add(where + ": the title is '" + title + "', not the declared '" + declared + " · " + application
                    + "'");
        }
        List<Rule> violations = AxeChecks.violations(page);
        if (!violations.isEmpty()) {
            problems.add(where + " (" + page.url() + "):\n" + AxeChecks.describe(violations));
        }
    }

    /** Through the shell's language menu, as a user does; the page reloads in the new language. */
    private static void switchLanguage(RunningPlatform platform, Page page, Locale from, Locale to) {
        if (from.equals(to)) {
            return;
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(platform.text("shell.language", from)))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions()
                                .setName(to.getDisplayLanguage(to))
                                .setExact(true))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(platform.text("shell.signout", to))
                                .setExact(true))
                .waitFor();
    }

    private static void settle(Page page) {
        try {
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(5_000));
        } catch (PlaywrightException busy) {
            // a view that keeps polling: what it shows so far is checked
        }
        page.waitForFunction(VAADIN_IDLE);
    }

    private static SignedInUser userOf(RunningPlatform platform, Role role) {
        DemoUser user = platform.userOf(role);
        return new SignedInUser(
                user.username(),
                user.displayName(),
                user.username() + "@example.org",
                Set.of(role),
                OrganisationKey.of(user.organisation()),
                Locale.ENGLISH);
    }
}
