package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** The secretariat's approvals inbox: filter, open and decide one request, or decide many at once. */
final class ApprovalsPage {

    private final Page page;
    private final PlatformTexts texts;

    private ApprovalsPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
    }

    static ApprovalsPage shownIn(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("approvals.inbox.title"))))
                .isVisible();
        return new ApprovalsPage(page, texts);
    }

    /** Narrows the grid to requests whose title, submitter or organisation contains the text. */
    void search(String text) {
        page.getByLabel(texts.get("approvals.search")).fill(text);
        page.getByLabel(texts.get("approvals.search")).press("Enter");
    }

    /**
     * Waits until the grid holds exactly this many requests: a search applies a moment after it is
     * typed, and "select all" before that would select the unfiltered list.
     */
    void awaitCount(int requests) {
        page.waitForFunction("n => document.querySelector('#approvals-grid').size === n", requests);
    }

    /** Shows the requests of one status instead of the pending ones (the default filter). */
    void showStatus(String status) {
        String label = texts.get("approvals.status." + status);
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(texts.get("approvals.status")))
                .fill(label);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .click();
    }

    /** The grid row cell showing a request's title. */
    Locator row(String title) {
        return page.locator("#approvals-grid vaadin-grid-cell-content")
                .getByText(title, new Locator.GetByTextOptions().setExact(true));
    }

    /** Opens a request and returns its dialog, once the request's details show in it. */
    Locator open(String title) {
        row(title).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator(".approval-details")).isVisible();
        return dialog;
    }

    /** Closes the open request without deciding it. */
    void closeOpen() {
        button("approvals.close").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }

    /** Opens a request, tries to reject it without a comment, and returns the message shown. */
    String rejectWithoutComment(String title) {
        row(title).click();
        button("approvals.reject").click();
        Locator error = page.locator("#approval-comment [slot=error-message]");
        assertThat(error).isVisible();
        return error.innerText().strip();
    }

    /** Approves the open request with a comment, waiting for the dialog to close. */
    void approveOpen(String comment) {
        page.locator("#approval-comment textarea").fill(comment);
        button("approvals.approve").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }

    /** Selects every request the grid shows and rejects them with one comment; returns the result lines. */
    List<String> rejectAllShown(String comment) {
        return decideAllShown(comment, "#approvals-bulk-reject");
    }

    /** Selects every request the grid shows and approves them with one comment; returns the result lines. */
    List<String> approveAllShown(String comment) {
        return decideAllShown(comment, "#approvals-bulk-approve");
    }

    private List<String> decideAllShown(String comment, String button) {
        page.locator(
                        "#approvals-grid vaadin-checkbox.vaadin-grid-select-all-checkbox, #approvals-grid [slot] vaadin-checkbox")
                .first()
                .click();
        page.locator("#approvals-bulk-comment textarea").fill(comment);
        page.locator(button).click();
        Locator lines = page.locator("#approvals-bulk-result li");
        assertThat(lines.first()).isVisible();
        return lines.allInnerTexts();
    }

    private Locator button(String key) {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(texts.get(key)).setExact(true));
    }
}
