package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * The membership statistics dashboard as a member city sees it in English and the secretariat in
 * Korean (charts beside tables, reported figures labelled), and the secretariat suspending a member
 * on its profile page and reinstating it.
 */
@BrowserTest
class MembershipStatisticsIT {

    @Test
    void aMemberCityAndTheSecretariatSeeTheStatisticsInTheirLanguage(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage hanoi = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        hanoi.openMenu(hanoi.texts().get("membership.menu.statistics"));
        PlatformTexts en = hanoi.texts();
        assertThat(heading(page, 1, en.get("membership.statistics.title"))).isVisible();
        assertThat(heading(page, 2, en.get("membership.statistics.by-type"))).isVisible();
        assertThat(heading(page, 2, en.get("membership.statistics.growth-title")))
                .isVisible();
        assertThat(page.locator("svg[role=img]")).hasCount(5);
        String reported = en.get("history.reported.in", "2023-01");
        assertThat(rowHeader(page, en.get("membership.statistics.row.printed", reported)))
                .isVisible();
        // The kit's one style of a reported row (HistoryRows), as training marks its own.
        assertThat(page.locator(".membership-statistics-by-type tr.wego-history-row"))
                .hasCount(5);
        assertThat(page.getByText(en.get("membership.statistics.export"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(hanoi.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "membership-statistics-hanoi-en");
        page.locator(".membership-statistics-growth").scrollIntoViewIfNeeded();
        Screenshots.save(page, "membership-statistics-growth-hanoi-en");

        ShellPage secretariat = hanoi.signOut().signIn(DemoUser.named("secretariat.demo"));
        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        korean.openMenu(ko.get("membership.menu.statistics"));
        assertThat(heading(page, 1, ko.get("membership.statistics.title"))).isVisible();
        assertThat(heading(page, 2, ko.get("membership.statistics.offices-title")))
                .isVisible();
        assertThat(rowHeader(page, ko.get("membership.statistics.secretariat"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "membership-statistics-secretariat-ko");
        page.locator(".membership-statistics-offices").scrollIntoViewIfNeeded();
        Screenshots.save(page, "membership-statistics-offices-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    @Test
    void theSecretariatSuspendsAMemberAndReinstatesIt(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts en = secretariat.texts();
        page.navigate(platform.url("membership/profile?org=ke-nairobi"));
        assertThat(heading(page, 2, en.get("membership.standing.title"))).isVisible();
        Locator status = page.locator(".membership-standing-status");
        assertThat(status).hasText(en.get("membership.status.MEMBER"));

        page.locator("vaadin-button.membership-standing-suspend").click();
        Locator confirm = page.locator("vaadin-button.membership-standing-confirm");
        confirm.click();
        assertThat(page.getByText(en.get("membership.invalid.required")).first())
                .isVisible();
        Screenshots.save(page, "membership-status-suspend-dialog-secretariat-en");
        String reason = "Fees unpaid since 2024 " + System.currentTimeMillis() % 100_000;
        page.locator("vaadin-text-area.membership-standing-reason textarea").fill(reason);
        confirm.click();
        assertThat(page.getByText(en.get("membership.standing.saved"))).isVisible();
        assertThat(status).hasText(en.get("membership.status.SUSPENDED"));
        assertThat(page.locator(".membership-standing-history").getByText(reason))
                .isVisible();
        page.locator(".membership-standing").scrollIntoViewIfNeeded();
        Screenshots.save(page, "membership-status-suspended-secretariat-en");

        page.locator("vaadin-button.membership-standing-reinstate").click();
        page.locator("vaadin-text-area.membership-standing-reason textarea").fill("Fees paid");
        confirm.click();
        assertThat(status).hasText(en.get("membership.status.MEMBER"));
        assertThat(page.locator(".membership-standing-history").getByText("Fees paid"))
                .isVisible();

        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, 2, korean.texts().get("membership.standing.title")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        page.locator(".membership-standing").scrollIntoViewIfNeeded();
        Screenshots.save(page, "membership-status-reinstated-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    private static Locator rowHeader(Page page, String name) {
        return page.getByRole(
                AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, int level, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level).setName(name));
    }
}
