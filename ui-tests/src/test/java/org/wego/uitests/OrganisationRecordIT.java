package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * An organisation's record kept current: the secretariat edits names, website and official contacts
 * and records a status change, a bad address is refused next to its field; a member city keeps its own
 * website and sees its own contacts, but not another city's.
 */
@BrowserTest
class OrganisationRecordIT {

    private static final String SCRIPT_TITLE = "<script>alert(1)</script>";

    @Test
    void theSecretariatEditsARecordAndSuspendsAndReinstatesAMember(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts texts = shell.texts();
        page.navigate(platform.url("organisation/vn-hue"));
        assertThat(heading(page, "Hue")).isVisible();
        assertThat(page.getByText(texts.get("registry.contacts.none"))).isVisible();

        button(page, texts.get("registry.edit")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel(texts.get("registry.website")).fill("www.hue.gov.vn");
        button(page, texts.get("registry.contacts.add")).click();
        dialog.getByLabel(texts.get("registry.contact.name"), new Locator.GetByLabelOptions().setExact(true))
                .fill("Tran Minh");
        dialog.getByLabel(texts.get("registry.contact.email")).fill("minh@hue.gov.vn");
        // Markup and SQL-looking text are ordinary text: stored as typed and shown literally, never run.
        var scripts = new java.util.ArrayList<String>();
        page.onDialog(d -> {
            scripts.add(d.message());
            d.dismiss();
        });
        button(page, texts.get("registry.contacts.add")).click();
        Locator names =
                dialog.getByLabel(texts.get("registry.contact.name"), new Locator.GetByLabelOptions().setExact(true));
        assertThat(names).hasCount(2); // the new row is there before it is filled
        names.nth(1).fill(SCRIPT_TITLE);
        dialog.getByLabel(texts.get("registry.contact.role")).nth(1).fill("O'Neil -- \"Smart\" /* ; update");
        button(page, texts.get("registry.save")).click();
        assertThat(dialog.getByText(texts.get("input.invalid.url"))).isVisible();
        Screenshots.save(page, "organisation-edit-error-secretariat-en");

        dialog.getByLabel(texts.get("registry.website")).fill("https://www.hue.gov.vn");
        button(page, texts.get("registry.save")).click();
        assertThat(dialog).isHidden();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("https://www.hue.gov.vn")))
                .isVisible();
        Screenshots.save(page, "organisation-saved-secretariat-en");
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("Tran Minh")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(SCRIPT_TITLE)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("O'Neil -- \"Smart\" /* ; update")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(scripts)
                .as("no script of the text ran")
                .isEmpty();
        Screenshots.save(page, "organisation-markup-shown-literally-secretariat-en");

        changeStatus(page, texts, texts.get("membership.status.SUSPENDED"), "Dues unpaid since 2025");
        assertThat(page.getByText("Dues unpaid since 2025")).isVisible();
        Screenshots.save(page, "organisation-suspended-secretariat-en");
        changeStatus(page, texts, texts.get("membership.status.MEMBER"), "Dues paid");

        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        assertThat(page.getByText(korean.texts().get("registry.history"))).isVisible();
        Screenshots.save(page, "organisation-record-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    @Test
    void aMemberCityKeepsItsWebsiteAndSeesOnlyItsOwnContacts(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        PlatformTexts texts = shell.texts();
        page.navigate(platform.url("organisation/vn-hanoi"));
        assertThat(heading(page, "Hanoi")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.get("registry.contacts"))))
                .isVisible();
        assertThat(button(page, texts.get("registry.edit"))).hasCount(0);

        button(page, texts.get("registry.website.edit")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel(texts.get("registry.website")).fill("<script>alert(1)</script>");
        button(page, texts.get("registry.save")).click();
        assertThat(dialog.getByText(texts.get("input.invalid.url"))).isVisible();
        dialog.getByLabel(texts.get("registry.website")).fill("https://hanoi.gov.vn");
        button(page, texts.get("registry.save")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("https://hanoi.gov.vn")))
                .isVisible();
        Screenshots.save(page, "organisation-own-member-city-en");

        page.navigate(platform.url("organisation/ke-nairobi"));
        assertThat(heading(page, "Nairobi")).isVisible();
        assertThat(page.getByText(texts.get("registry.contacts"))).hasCount(0);
        assertThat(button(page, texts.get("registry.website.edit"))).hasCount(0);

        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        assertThat(page.getByText(korean.texts().get("registry.contacts"))).hasCount(0);
        Screenshots.save(page, "organisation-foreign-member-city-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    private static void changeStatus(Page page, PlatformTexts texts, String status, String reason) {
        button(page, texts.get("registry.status.change")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel(texts.get("registry.status.new")).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(status).setExact(true))
                .click();
        dialog.getByLabel(texts.get("registry.status.reason")).fill(reason);
        button(page, texts.get("registry.save")).click();
        assertThat(dialog).isHidden();
        assertThat(page.getByText(status).first()).isVisible();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(name));
    }
}
