package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The membership plugin's member directory: its filters, grid, total and export links. */
final class MemberDirectoryPage {

    private final Page page;
    private final PlatformTexts texts;
    private final Locator root;

    private MemberDirectoryPage(Page page, PlatformTexts texts) {
        this.page = page;
        this.texts = texts;
        this.root = page.locator(".membership-directory");
    }

    /** Opens the directory from the shell's menu and waits for its heading. */
    static MemberDirectoryPage openFrom(ShellPage shell, Page page) {
        shell.openMenu(shell.texts().get("membership.menu.directory"));
        var directory = new MemberDirectoryPage(page, shell.texts());
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setLevel(1)
                                .setName(shell.texts().get("membership.directory.title"))))
                .isVisible();
        return directory;
    }

    /** Types into the name search (the grid reloads after a short pause). */
    MemberDirectoryPage search(String text) {
        field("membership.directory.search").fill(text);
        return this;
    }

    /** Picks an option of one of the filter combo boxes, by its label and the option's text. */
    MemberDirectoryPage filter(String labelKey, String option) {
        Locator box = field(labelKey);
        box.click();
        box.fill(option);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        return this;
    }

    /** Empties a filter combo box or the search. */
    MemberDirectoryPage clear(String labelKey) {
        field(labelKey).fill("");
        field(labelKey).press("Enter");
        return this;
    }

    /** The grid cell showing exactly this text. */
    Locator cell(String text) {
        return root.getByRole(
                AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName(text).setExact(true));
    }

    /** The "members found" line. */
    Locator total() {
        return root.locator(".membership-directory-total");
    }

    Locator exportCsv() {
        return root.locator(".membership-directory-export-csv");
    }

    /** Clicks the CSV export and returns the downloaded file. */
    Download downloadCsv() {
        return page.waitForDownload(() -> exportCsv().click());
    }

    private Locator field(String labelKey) {
        return root.getByLabel(texts.get(labelKey), new Locator.GetByLabelOptions().setExact(true));
    }
}
