package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The agreements plugin's register ({@code agreements}): the search, the count, the grid of agreements the
 * user may see, and the secretariat's "Record an agreement". Found by the plugin's translated labels.
 */
final class AgreementsPage {

    private final Page page;
    private final PlatformTexts texts;

    private AgreementsPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
    }

    /** The register the browser shows now, waiting for its heading and grid. */
    static AgreementsPage shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("agreements.heading"))))
                .isVisible();
        assertThat(page.locator(".agreements-grid")).isVisible();
        return new AgreementsPage(page, texts);
    }

    /** Opens the register from the shell's menu ("Agreements"). */
    static AgreementsPage openFrom(ShellPage shell, Page page) {
        shell.openMenu(shell.texts().get("agreements.menu"));
        return shownIn(page, shell.texts());
    }

    /** Types into the search field and waits until the count says how many agreements are left. */
    AgreementsPage search(String text, int expectedCount) {
        page.getByLabel(texts.get("agreements.search"), new Page.GetByLabelOptions().setExact(true))
                .fill(text);
        assertThat(count()).hasText(texts.get("agreements.count", expectedCount));
        return this;
    }

    /** The sentence above the grid: "3 agreements". */
    Locator count() {
        return page.locator(".agreements-list > p").first();
    }

    /** The link to an agreement's page in the grid, by its title in the page's language. */
    Locator link(String title) {
        return page.locator(".agreements-grid")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(title).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** The secretariat's button to the form; absent for everyone else. */
    Locator recordButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("agreements.record")));
    }

    /** Opens the form for a new agreement. */
    AgreementFormPage record() {
        recordButton().click();
        return AgreementFormPage.shownIn(page, texts);
    }
}
