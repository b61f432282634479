package org.wego.plugins.agreements.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.teststack.AxeChecks;
import org.wego.teststack.DemoUser;
import org.wego.teststack.HeadlessChromium;

/**
 * The secretariat in a browser: records an amendment on an agreement's page, then terminates it through the
 * dialog that also takes the notice's day and file; the page shows the amendment and the notice with its file.
 */
@WegoPluginTest
class DocumentDialogsIT {

    @Test
    void theSecretariatRecordsAnAmendmentAndTerminatesWithTheNotice(RunningPlatform platform) throws Exception {
        PluginCalls calls = platform.calls();
        Map<String, Function<Object[], Object>> plugin = calls.inPlugin(Amendments.class, DocumentCalls.class);
        long agreement;
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            agreement = (Long) plugin.get("sign").apply(new Object[] {"MOU ended in the browser", "vn-hanoi"});
        }
        DemoUser user = platform.userOf(Role.SECRETARIAT);
        try (Playwright playwright = HeadlessChromium.playwright();
                Browser browser = HeadlessChromium.launch(playwright);
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
            Page page = context.newPage();
            page.navigate(platform.url("").toString());
            page.locator("#kc-form-login #username").fill(user.username());
            page.locator("#kc-form-login #password").fill(user.password());
            page.locator("#kc-form-login #kc-login").click();
            page.locator("vaadin-app-layout").waitFor();
            page.navigate(platform.url("agreements/agreement?id=" + agreement).toString());
            accessible(page, "the page with its documents");

            page.locator(".agreements-amendment-record").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            date(dialog, calls.text("agreements.docs.field.amended-on", Locale.ENGLISH), LocalDate.of(2025, 2, 3));
            dialog.getByLabel(calls.text("agreements.docs.field.summary-en", Locale.ENGLISH))
                    .fill("Training places doubled");
            page.locator(".agreements-amendment-save").click();
            assertThat(page.locator(".agreements-amendment")).containsText("Training places doubled");
            assertThat(page.locator(".agreements-amendment")).containsText("2025-02-03");

            page.locator(".agreements-move-terminate").click();
            dialog = page.getByRole(AriaRole.DIALOG);
            date(dialog, calls.text("agreements.field.terminated-on", Locale.ENGLISH), LocalDate.of(2025, 12, 31));
            date(
                    dialog,
                    calls.text("agreements.docs.field.notice-given-on", Locale.ENGLISH),
                    LocalDate.of(2025, 9, 30));
            dialog.locator("vaadin-upload input[type=file]")
                    .setInputFiles(new FilePayload("Notice of termination.pdf", "application/pdf", DocumentCalls.PDF));
            assertThat(dialog.locator("vaadin-upload-file")).hasCount(1);
            page.waitForFunction(
                    "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(client => !client.isActive())");
            page.locator(".agreements-move-confirm").click();
            Locator notice = page.locator(".agreements-docs-notice");
            assertThat(notice).containsText("2025-09-30");
            assertThat(notice).containsText("2025-12-31");
            assertThat(notice.getByText("Notice of termination.pdf")).isVisible();
            accessible(page, "the page with its amendment and notice");
        }
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            org.assertj.core.api.Assertions.assertThat(plugin.get("status").apply(new Object[] {agreement}))
                    .isEqualTo("TERMINATED");
        }
    }

    private static void accessible(Page page, String what) {
        page.locator(".agreements-docs").waitFor();
        page.waitForFunction(VAADIN_IDLE);
        var violations = AxeChecks.violations(page);
        org.assertj.core.api.Assertions.assertThat(violations)
                .as(() -> what + ":\n" + AxeChecks.describe(violations))
                .isEmpty();
    }

    private static final String VAADIN_IDLE =
            "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(client => !client.isActive())";

    private static void date(Locator dialog, String label, LocalDate day) {
        Locator picker = dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        picker.fill(day.toString());
        picker.press("Enter");
        assertThat(picker).hasValue(day.toString());
    }
}
