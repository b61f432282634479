package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The events plugin's list ({@code events}): the search, the count and the grid of events, and the
 * secretariat's "Record an event". Found by the plugin's translated labels.
 */
final class EventsPage {

    private final Page page;
    private final PlatformTexts texts;

    private EventsPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
    }

    /** The list the browser shows now, waiting for its heading and grid. */
    static EventsPage shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("events.heading"))))
                .isVisible();
        assertThat(page.locator(".events-grid")).isVisible();
        return new EventsPage(page, texts);
    }

    /** Opens the list from the shell's menu ("Events"). */
    static EventsPage openFrom(ShellPage shell, Page page) {
        shell.openMenu(shell.texts().get("events.menu"));
        return shownIn(page, shell.texts());
    }

    /** Types into the search field and waits until the count says how many events are left. */
    EventsPage search(String text, int expectedCount) {
        page.getByLabel(texts.get("events.search"), new Page.GetByLabelOptions().setExact(true))
                .fill(text);
        assertThat(count()).hasText(texts.get("events.count", expectedCount));
        return this;
    }

    /** The sentence above the grid: "12 events". */
    Locator count() {
        return page.locator(".events-list > p").first();
    }

    /**
     * A shown cell of the grid with exactly this text (a title, a period, a place); the grid keeps the
     * cells of rows a search left out, hidden, for reuse.
     */
    Locator cell(String text) {
        return page.locator(".events-grid vaadin-grid-cell-content")
                .getByText(text, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** The secretariat's button to the form; absent for everyone else. */
    Locator recordButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("events.record")));
    }

    /** Opens the form for a new event. */
    EventFormPage record() {
        recordButton().click();
        return EventFormPage.shownIn(page, texts);
    }
}
