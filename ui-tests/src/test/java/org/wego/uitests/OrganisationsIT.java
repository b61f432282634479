package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * The organisation registry as people use it: the secretariat finds a seeded member and reads the
 * data-quality findings; a member city searches the registry in Korean.
 */
@BrowserTest
class OrganisationsIT {

    @Test
    void theSecretariatFindsASeededMemberAndReadsTheFindings(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts texts = shell.texts();
        shell.openMenu(texts.get("nav.organisations"));
        assertThat(heading(page, texts.get("organisations.title"))).isVisible();

        page.getByLabel(texts.get("organisations.search")).fill("Hanoi");
        page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions().setName("Hanoi").setExact(true))
                .click();
        assertThat(heading(page, "Hanoi")).isVisible();
        assertThat(page.getByText("vn-hanoi")).isVisible();
        Screenshots.save(page, "organisation-hanoi-secretariat-en");

        shell.openMenu(texts.get("nav.data-quality"));
        assertThat(heading(page, texts.get("findings.title"))).isVisible();
        assertThat(page.getByText(texts.get("findings.kind.COUNT_MISMATCH")).first())
                .isVisible();
        Screenshots.save(page, "data-quality-secretariat-en");

        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, korean.texts().get("findings.title"))).isVisible();
        Screenshots.save(page, "data-quality-secretariat-ko");
        korean.openMenu(korean.texts().get("nav.audit"));
        assertThat(heading(page, korean.texts().get("audit.title"))).isVisible();
        assertThat(page.getByRole(
                                AriaRole.GRIDCELL,
                                new Page.GetByRoleOptions().setName("platform.user-preference.language"))
                        .first())
                .isVisible(); // switching the language was audited
        Screenshots.save(page, "audit-log-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    @Test
    void aMemberCitySearchesTheRegistryInKorean(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage korean = KeycloakLoginPage.shownIn(page)
                .signIn(DemoUser.named("nairobi.demo"))
                .switchLanguage(Locale.KOREAN);
        PlatformTexts texts = korean.texts();
        korean.openMenu(texts.get("nav.organisations"));
        assertThat(heading(page, texts.get("organisations.title"))).isVisible();
        page.getByLabel(texts.get("organisations.search")).fill("나이로비");
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions().setName("나이로비").setExact(true)))
                .isVisible();
        Screenshots.save(page, "organisations-nairobi-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    private static com.microsoft.playwright.Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(name));
    }
}
