package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.wego.teststack.DemoUser;

/**
 * Keycloak's own login form, where every visitor without a session ends up. Found by Keycloak's
 * form and field ids, which stay the same in every language and theme version.
 */
final class KeycloakLoginPage {

    private final Page page;
    private final Locator form;

    private KeycloakLoginPage(Page page) {
        this.page = page;
        this.form = page.locator("#kc-form-login");
    }

    /** The login form the browser shows now, waiting for it to arrive; fails if it doesn't. */
    static KeycloakLoginPage shownIn(Page page) {
        var login = new KeycloakLoginPage(page);
        assertThat(login.form).isVisible();
        return login;
    }

    /**
     * Signs in and returns the platform's shell in English. Demo users keep their chosen language
     * across tests; one that an earlier (failed) test left in Korean is switched back, so one failure
     * does not fail every later test of that user.
     */
    ShellPage signIn(DemoUser user) {
        submit(user);
        PlatformTexts korean = PlatformTexts.in(Locale.KOREAN);
        var koreanSignOut = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(korean.get("shell.signout")).setExact(true));
        var englishSignOut = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions()
                        .setName(PlatformTexts.english().get("shell.signout"))
                        .setExact(true));
        englishSignOut.or(koreanSignOut).first().waitFor();
        if (koreanSignOut.isVisible()) {
            return ShellPage.shownIn(page, korean).switchLanguage(Locale.ENGLISH);
        }
        return ShellPage.shownIn(page, PlatformTexts.english());
    }

    /** Signs in and returns the shell in the language the user chose earlier. */
    ShellPage signIn(DemoUser user, Locale expectedLanguage) {
        submit(user);
        return ShellPage.shownIn(page, PlatformTexts.in(expectedLanguage));
    }

    private void submit(DemoUser user) {
        form.locator("#username").fill(user.username());
        form.locator("#password").fill(user.password());
        form.locator("#kc-login").click();
    }

    /** Where the form was served from, to tell Keycloak's address from the platform's. */
    String url() {
        return page.url();
    }
}
