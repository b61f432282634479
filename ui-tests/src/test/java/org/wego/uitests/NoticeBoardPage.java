package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** The notice board plugin's page, found by its translated labels. */
final class NoticeBoardPage {

    private final Page page;
    private final PlatformTexts texts;

    private NoticeBoardPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
    }

    static NoticeBoardPage shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("notice-board.menu"))))
                .isVisible();
        return new NoticeBoardPage(page, texts);
    }

    private Locator titleField() {
        return page.getByLabel(texts.get("notice-board.title"));
    }

    private Locator postButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("notice-board.post")));
    }

    boolean offersToPost() {
        return postButton().count() > 0;
    }

    /** Writes and posts a notice, waiting until the board shows it. */
    void post(String title) {
        titleField().fill(title);
        postButton().click();
        assertThat(page.getByText(title, new Page.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    /** Proposes a notice, waiting until the organisation's proposals list it. */
    void propose(String title) {
        titleField().fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("notice-board.propose")))
                .click();
        assertThat(page.locator(".notice-board-proposals")
                        .getByText(title, new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    /** Posts a notice with a related record, waiting until the board shows it. */
    void post(String title, String related) {
        page.getByLabel(texts.get("notice-board.related")).fill(related);
        post(title);
    }

    /** Posts a notice with a related record the board refuses, and waits for the message next to that field. */
    void postRefused(String title, String related, String message) {
        titleField().fill(title);
        page.getByLabel(texts.get("notice-board.related")).fill(related);
        postButton().click();
        assertThat(page.locator("vaadin-text-field[invalid] [slot=error-message]"))
                .hasText(message);
    }

    /** The related record shown under a notice, as its text (the record's title or "not available"). */
    Locator relatedOf(String title) {
        return page.locator("main ul:not(.notice-board-proposals) > li")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(title, new Page.GetByTextOptions().setExact(true))))
                .locator(".wego-reference");
    }

    /** Posts nothing and returns the message shown next to the field. */
    String postEmpty() {
        titleField().fill("");
        postButton().click();
        Locator error = page.locator("vaadin-text-field[invalid] [slot=error-message]");
        assertThat(error).isVisible();
        return error.innerText().strip();
    }

    List<String> notices() {
        // The published notices, not the organisation's proposals listed below them.
        return page.locator("main ul:not(.notice-board-proposals) > li > p:first-child")
                .allInnerTexts();
    }
}
