package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;

/**
 * One event's page ({@code events/event?id=}): its facts, participating members, and a documents panel
 * per kind (programme, presentations, report); the secretariat's Change and Delete.
 */
final class EventPage {

    private final Page page;
    private final PlatformTexts texts;

    private EventPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
    }

    /** The page of the event titled so (in the page's language), waiting for its heading and documents. */
    static EventPage shownIn(Page page, PlatformTexts texts, String title) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(title)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(2).setName(texts.get("events.documents"))))
                .isVisible();
        return new EventPage(page, texts);
    }

    /** The labels of the facts (When, Place, Host, …), top to bottom. */
    List<String> factLabels() {
        return page.locator(".events-fact-label").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    /** The value shown beside a fact's label, by the label's message key. */
    Locator fact(String labelKey) {
        return page.locator(".events-fact")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".events-fact-label")
                                .getByText(texts.get(labelKey), new Locator.GetByTextOptions().setExact(true))));
    }

    /** The documents panel of a kind: {@code programme}, {@code presentation} or {@code report}. */
    Locator documents(String kind) {
        return page.locator(".events-documents-" + kind);
    }

    /** Files a document of a kind through its panel's upload, which sends it at once. */
    EventPage upload(String kind, String name, String mimeType, byte[] content) {
        documents(kind)
                .locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload(name, mimeType, content));
        return this;
    }

    /** A document's download link in a kind's panel. */
    Locator document(String kind, String name) {
        return documents(kind)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A button by its label's message key (the secretariat's Change and Delete). */
    Locator button(String labelKey) {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(texts.get(labelKey)).setExact(true));
    }

    /** The links to the participating members' organisation pages. */
    Locator participant(String name) {
        return page.locator(".events-participants")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
