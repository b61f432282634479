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
 * The secretariat records a partner organisation in the registry: refusals next to their fields, a
 * name in one language only, no country; the partner is listed with its kind and the change audited.
 * A member city sees no such form. In English and in Korean.
 */
@BrowserTest
class PartnerFormIT {

    @Test
    void theSecretariatAddsAPartnerWithANameInOneLanguageAndNoCountry(Page page, RunningPlatform platform) {
        String name =
                "Urban <Lab> \"Resilience\"; " + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts texts = shell.texts();
        shell.openMenu(texts.get("nav.organisations"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("partner-form.open")))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText(texts.get("partner-form.title"))).isVisible();
        Locator save = dialog.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(texts.get("partner-form.save")));

        save.click();
        assertThat(errorOf(page, "vaadin-combo-box")).hasText(texts.get("registry.error.required"));

        dialog.getByLabel(texts.get("organisations.partner-kind")).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions()
                                .setName(texts.get("organisation.partner-kind.INTERNATIONAL_ORGANISATION")))
                .click();
        save.click();
        assertThat(errorOf(page, "vaadin-text-field")).hasText(texts.get("registry.error.partner-name"));

        dialog.getByLabel(texts.get("partner-form.name-en")).fill(name);
        dialog.getByLabel(texts.get("partner-form.country")).fill("X1");
        save.click();
        assertThat(errorOf(page, "vaadin-text-field")).hasText(texts.get("registry.error.country"));
        Screenshots.save(page, "registry-partner-form-refused-secretariat-en");

        dialog.getByLabel(texts.get("partner-form.country")).fill("");
        save.click();
        assertThat(dialog).isHidden();

        page.getByLabel(texts.get("organisations.search")).fill(name);
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions().setName(name).setExact(true)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions()
                                .setName(texts.get("organisation.type.PARTNER") + " · "
                                        + texts.get("organisation.partner-kind.INTERNATIONAL_ORGANISATION"))
                                .setExact(true)))
                .isVisible();
        // As the registry holds it: a partner of that kind, without a country, its one name in both languages.
        var registry = platform.bean(org.wego.platform.organisations.Organisations.class);
        var kinds = registry.partnerKinds();
        var created = kinds.keySet().stream()
                .map(key -> registry.byKey(key).orElseThrow())
                .filter(o -> o.name(Locale.ENGLISH).equals(name))
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(kinds.get(created.key()))
                .isEqualTo(org.wego.plugin.api.PartnerKind.INTERNATIONAL_ORGANISATION);
        org.assertj.core.api.Assertions.assertThat(created.country()).isNull();
        org.assertj.core.api.Assertions.assertThat(created.name(Locale.KOREAN)).isEqualTo(name);
        Screenshots.save(page, "registry-partner-added-secretariat-en");

        ShellPage korean = shell.switchLanguage(Locale.KOREAN);
        korean.openMenu(korean.texts().get("nav.organisations"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(korean.texts().get("partner-form.open")))
                .click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByText(korean.texts().get("partner-form.intro")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "registry-partner-form-secretariat-ko");
        page.getByRole(AriaRole.DIALOG)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(korean.texts().get("registry.cancel")))
                .click();

        // The registry recorded who added it (the audit trail's entity of the registry).
        korean.openMenu(korean.texts().get("nav.audit"));
        assertThat(page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName("platform.organisation"))
                        .first())
                .isVisible();
        korean.switchLanguage(Locale.ENGLISH).signOut();
    }

    @Test
    void aMemberCityIsNotOfferedTheForm(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        shell.openMenu(shell.texts().get("nav.organisations"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setLevel(1)
                                .setName(shell.texts().get("organisations.title"))))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(shell.texts().get("partner-form.open"))))
                .hasCount(0);
        shell.signOut();
    }

    private static Locator errorOf(Page page, String component) {
        return page.locator(component + "[invalid] [slot=error-message]");
    }
}
