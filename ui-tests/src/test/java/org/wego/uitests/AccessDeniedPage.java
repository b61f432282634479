package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What a signed-in user sees on a page their role may not open. */
final class AccessDeniedPage {

    private final Locator title;
    private final Locator message;

    private AccessDeniedPage(Page page) {
        this.title = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        this.message = page.getByRole(AriaRole.PARAGRAPH);
    }

    /** The access-denied page the browser shows now, waiting for its title. */
    static AccessDeniedPage shownIn(Page page) {
        var denied = new AccessDeniedPage(page);
        assertThat(denied.title).isVisible();
        return denied;
    }

    String title() {
        return title.innerText().strip();
    }

    /** The explanation under the title: why, and whom to ask. */
    String message() {
        return message.innerText().strip();
    }
}
