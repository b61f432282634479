package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * The whole invitation as people do it: the secretariat invites a member-city official, finds
 * Keycloak's set-password mail in the outbox, the official follows its link, sets a password, signs
 * in, sees a member city's menu and the welcome notification under the bell.
 */
@BrowserTest
class UsersIT {

    private static final String PASSWORD = "Welcome-2026!wego";

    @Test
    void theSecretariatInvitesAUserWhoSetsAPasswordFromTheOutboxAndSignsIn(Page page, RunningPlatform platform) {
        String email = "linh-" + UUID.randomUUID().toString().substring(0, 8) + "@hanoi.example.org";
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts texts = shell.texts();

        shell.openMenu(texts.get("nav.users"));
        // Every user's roles come from Keycloak: on a loaded machine that takes a few seconds.
        assertThat(heading(page, texts.get("users.title")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("users.invite")))
                .click();
        // The dialog's fields are slotted into it, not inside its shadow root: look them up on the page.
        pick(page, label(page, texts.get("users.organisation")), "Hanoi");
        pick(page, label(page, texts.get("users.role")), texts.get("role.member-city"));
        label(page, texts.get("users.first-name")).fill("Linh");
        label(page, texts.get("users.last-name")).fill("Nguyen");
        label(page, texts.get("users.email")).fill("not-an-address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("users.invite.send")))
                .click();
        assertThat(page.getByText(texts.get("users.error.email.invalid"))).isVisible();
        Screenshots.save(page, "users-invite-invalid-en");
        label(page, texts.get("users.email")).fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("users.invite.send")))
                .click();
        assertThat(page.getByText(texts.get("users.invited", email))).isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(email)))
                .isVisible();
        Screenshots.save(page, "users-secretariat-en");

        shell.openMenu(texts.get("nav.outbox"));
        // The sink's mail is read over IMAP when the screen opens: slow on a loaded machine.
        assertThat(heading(page, texts.get("outbox.title")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        // The sink holds every mail of the run (other tests send hundreds): search for the invitee's.
        page.locator("#outbox-sink-search input").fill(email);
        // The search applies a moment after typing: wait until the grid holds only the invitee's few mails
        // (unfiltered, it shows the newest 100 of a run's thousands).
        page.waitForFunction("() => { const n = document.querySelector('vaadin-grid.wego-sink-grid').size;"
                + " return n > 0 && n < 10; }");
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(email))
                        .first())
                .isVisible();
        page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("Update Your Account"))
                .filter(new Locator.FilterOptions().setVisible(true))
                .first()
                .click();
        assertThat(page.locator("pre.wego-mail-body a").first()).isVisible();
        Screenshots.save(page, "outbox-secretariat-en");
        // Which row a grid renders first is not the mail order: take the link addressed to the invitee.
        String setPassword = InvitationMails.setPasswordLink(email);

        // Switch languages on the users page: the outbox re-reads the whole sink on every load (slow).
        shell.openMenu(texts.get("nav.users"));
        assertThat(heading(page, texts.get("users.title"))).isVisible();
        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, korean.texts().get("users.title"))).isVisible();
        Screenshots.save(page, "users-secretariat-ko");
        korean.openMenu(korean.texts().get("nav.outbox"));
        assertThat(heading(page, korean.texts().get("outbox.title")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        page.locator("#outbox-sink-search input").fill(email);
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(email))
                        .first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        Screenshots.save(page, "outbox-secretariat-ko");
        korean.openMenu(korean.texts().get("nav.users"));
        assertThat(heading(page, korean.texts().get("users.title"))).isVisible();
        korean.switchLanguage(Locale.ENGLISH).signOut();

        // The invited official, in a browser without a session: the link from the mail.
        page.navigate(setPassword);
        // Keycloak first says what the link will do, unless it goes straight to the form.
        Locator form = page.locator("#password-new");
        Locator proceed = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                        .setName(java.util.regex.Pattern.compile("proceed", java.util.regex.Pattern.CASE_INSENSITIVE)));
        form.or(proceed).first().waitFor();
        Screenshots.saveAsIs(page, "set-password-link-keycloak-en");
        if (!form.isVisible()) {
            proceed.click();
        }
        form.fill(PASSWORD);
        page.locator("#password-confirm").fill(PASSWORD);
        Screenshots.saveAsIs(page, "set-password-keycloak-en");
        page.locator("input[type=submit], button[type=submit]").first().click();
        page.navigate(platform.url(""));
        ShellPage official = KeycloakLoginPage.shownIn(page)
                .signIn(new DemoUser(email, PASSWORD, "Linh Nguyen", "member-city", "vn-hanoi"));
        org.assertj.core.api.Assertions.assertThat(official.userName()).isEqualTo("Linh Nguyen");
        org.assertj.core.api.Assertions.assertThat(official.menuLabels())
                .as("a member city's menu")
                .contains(texts.get("nav.organisations"), texts.get("nav.notifications"))
                .doesNotContain(texts.get("nav.users"), texts.get("nav.outbox"), texts.get("nav.audit"));

        Locator bell = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("notifications.bell", 1)));
        assertThat(bell).isVisible();
        Screenshots.save(page, "bell-member-city-en");
        bell.click();
        assertThat(heading(page, texts.get("notifications.title"))).isVisible();
        assertThat(page.getByText("Welcome to the WeGO Platform, Linh")).isVisible();
        Screenshots.save(page, "notifications-member-city-en");
        ShellPage officialKo = official.switchLanguage(Locale.KOREAN);
        assertThat(page.getByText("Linh님, WeGO 플랫폼에 오신 것을 환영합니다")).isVisible();
        Screenshots.save(page, "notifications-member-city-ko");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(officialKo.texts().get("notifications.mark-all-read")))
                .click();
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(officialKo.texts().get("notifications.bell", 0))))
                .isVisible();
        officialKo.switchLanguage(Locale.ENGLISH);
    }

    /** Types into a Vaadin combo box and picks the option with exactly that label. */
    private static void pick(Page page, Locator comboBox, String label) {
        comboBox.fill(label);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .click();
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(name));
    }
}
