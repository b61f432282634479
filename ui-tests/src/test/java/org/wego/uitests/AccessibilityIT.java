package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wego.teststack.DemoUser;

/**
 * The pages everyone sees, checked with axe-core as a member city and as the secretariat (whose
 * dashboard has more on it). Every violation fails the build, whatever its impact: the shell is
 * small enough to stay clean, and a moderate problem (a missing landmark) hurts real users too.
 */
@BrowserTest
class AccessibilityIT {

    @ParameterizedTest
    @ValueSource(strings = {"hanoi.demo", "secretariat.demo"})
    void theHomePageHasNoAccessibilityProblems(String username, Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        KeycloakLoginPage.shownIn(page).signIn(DemoUser.named(username)).home();

        assertNoViolations(page, username + " on home");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hanoi.demo", "secretariat.demo"})
    void theAccountPageHasNoAccessibilityProblems(String username, Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named(username));
        shell.openMenu(shell.texts().get("nav.account"));
        AccountPage.shownIn(page, shell.texts());

        assertNoViolations(page, username + " on account");
    }

    private static void assertNoViolations(Page page, String where) {
        // Vaadin's connection indicator is a hidden status popover of the framework, outside any
        // landmark by design; everything of ours is checked.
        List<Rule> violations = new AxeBuilder(page)
                .exclude(List.of("vaadin-connection-indicator"))
                .analyze()
                .getViolations();
        if (!violations.isEmpty()) {
            System.out.println("axe-core, " + where + " (" + page.url() + "):\n" + describe(violations));
        }
        assertThat(violations)
                .as(() -> "axe-core violations, " + where + ":\n" + describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " ("
                        + rule.getHelpUrl() + ")\n"
                        + rule.getNodes().stream()
                                .map(node -> "    " + node.getTarget() + " " + node.getHtml() + "\n      "
                                        + String.valueOf(node.getFailureSummary())
                                                .replace("\n", "\n      "))
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
