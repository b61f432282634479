package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/**
 * One agreement's page ({@code agreements/agreement?id=}): its facts (status, parties, signed, expiry, notice
 * deadline, …) and, for the secretariat, Change and the moves its status allows.
 */
final class AgreementPage {

    private final Page page;
    private final PlatformTexts texts;

    private AgreementPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
    }

    /** The page of the agreement titled so (in the page's language), waiting for its heading and facts. */
    static AgreementPage shownIn(Page page, PlatformTexts texts, String title) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(title)))
                .isVisible();
        assertThat(page.locator(".agreements-details")).isVisible();
        return new AgreementPage(page, texts);
    }

    /** The id in the page's address ({@code agreements/agreement?id=12}). */
    long id() {
        // The heading can show before the browser's address changes from the form's.
        page.waitForURL(java.util.regex.Pattern.compile(".*agreements/agreement\\?id=\\d+.*"));
        return Long.parseLong(page.url().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
    }

    /** The labels of the facts, top to bottom. */
    List<String> factLabels() {
        return page.locator(".agreements-fact > span:first-child").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    /** A fact's row (label and value) by the label's message key. */
    Locator fact(String labelKey) {
        return page.locator(".agreements-fact")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("span")
                                .getByText(texts.get(labelKey), new Locator.GetByTextOptions().setExact(true))));
    }

    /** A button by its label's message key (the secretariat's Change and moves). */
    Locator button(String labelKey) {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(texts.get(labelKey)).setExact(true));
    }
}
