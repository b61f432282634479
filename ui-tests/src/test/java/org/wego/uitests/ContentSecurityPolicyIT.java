package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.DemoUser;

/**
 * Issue 13: the platform sent no Content-Security-Policy. It does now, and Vaadin, Lumo and our own
 * inline styles and scripts must still work under it in Chromium: every screen the secretariat may open
 * (taken from the live navigation registry, the plugins' included) and the public pages are shown with
 * no CSP violation reported (neither a {@code securitypolicyviolation} event nor a console error), and
 * signing in through Keycloak still works.
 */
@BrowserTest
class ContentSecurityPolicyIT {

    /** Records every violation the page reports, from the first script on. */
    private static final String LISTEN = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

    @Test
    void publicPagesAndEveryScreenOfTheSecretariatWorkUnderThePolicy(Page page, RunningPlatform platform) {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")
                    && (message.text().contains("Content Security Policy")
                            || message.text().contains("Content-Security-Policy"))) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.addInitScript(LISTEN);

        for (String publicPage : List.of("verify", "membership/apply")) {
            var response = page.navigate(platform.url(publicPage));
            assertThat(response.headerValue("content-security-policy"))
                    .as(publicPage)
                    .contains("default-src 'self'");
            settle(page);
            collect(page, violations);
        }

        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        assertThat(shell.userName())
                .as("signing in through Keycloak works under the policy")
                .isEqualTo(DemoUser.named("secretariat.demo").displayName());
        collect(page, violations);

        var secretariat = new SignedInUser(
                "x", "x", "x@x.org", Set.of(Role.SECRETARIAT), OrganisationKey.of("wego-secretariat"), Locale.ENGLISH);
        List<String> screens = new ArrayList<>();
        for (var registered : platform.bean(NavigationRegistry.class).views()) {
            var view = registered.view();
            if (!view.access().permits(secretariat)) {
                continue;
            }
            String path = com.vaadin.flow.router.HasUrlParameter.class.isAssignableFrom(view.viewClass())
                    ? view.path() + "/kr-seoul"
                    : view.path();
            if (!com.vaadin.flow.router.HasUrlParameter.class.isAssignableFrom(view.viewClass())
                    || view.viewClass() == org.wego.platform.organisations.OrganisationView.class) {
                screens.add(path);
                page.navigate(platform.url(path));
                settle(page);
                collect(page, violations);
            }
        }
        assertThat(screens).as("the screens visited").hasSizeGreaterThan(10);
        assertThat(violations).as("CSP violations on " + screens).isEmpty();
    }

    private static void settle(Page page) {
        try {
            page.waitForLoadState(
                    com.microsoft.playwright.options.LoadState.NETWORKIDLE,
                    new Page.WaitForLoadStateOptions().setTimeout(5_000));
        } catch (PlaywrightException busy) {
            // a screen that keeps polling: what it loaded so far is checked
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Page page, List<String> violations) {
        Object reported = page.evaluate("window.__cspViolations || []");
        for (Object violation : (List<Object>) reported) {
            violations.add(page.url() + ": " + violation);
        }
    }
}
