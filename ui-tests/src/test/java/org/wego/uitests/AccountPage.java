package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The signed-in user's own account, read-only. */
final class AccountPage {

    private AccountPage() {}

    /** Waits until the account page is shown, recognised by its translated heading. */
    static void shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("account.title"))))
                .isVisible();
    }
}
