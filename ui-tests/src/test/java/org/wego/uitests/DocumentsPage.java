package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The "Documents" part of an organisation's page: its upload, the error next to it and the list of
 * files. Wraps the part's root, found by its translated heading's section.
 */
final class DocumentsPage {

    private final Page page;
    private final Locator root;
    private final ResourceBundle texts;
    private final Locale locale;

    private DocumentsPage(Page page, Locale locale) {
        this.page = page;
        this.locale = locale;
        this.root = page.locator("#documents");
        this.texts = ResourceBundle.getBundle(
                "i18n/files",
                locale,
                DocumentsPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Opens an organisation's page and returns its documents part, as shown in a language. */
    static DocumentsPage open(Page page, RunningPlatform platform, String organisationKey, Locale locale) {
        page.navigate(platform.url("organisation/" + organisationKey));
        return shownIn(page, locale);
    }

    /** The documents part of the page the browser shows now. */
    static DocumentsPage shownIn(Page page, Locale locale) {
        var documents = new DocumentsPage(page, locale);
        assertThat(documents.root.getByRole(
                        AriaRole.HEADING, new Locator.GetByRoleOptions().setName(documents.text("files.documents"))))
                .isVisible();
        return documents;
    }

    /** Whether the page shows a documents part at all. */
    static boolean isShown(Page page) {
        return page.locator("#documents").count() > 0;
    }

    /** Chooses a file in the upload, which uploads it at once. */
    DocumentsPage upload(String name, String mimeType, byte[] content) {
        root.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, mimeType, content));
        return this;
    }

    /** The download link of a file in the list. */
    Locator file(String name) {
        return root.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The error shown next to the upload. */
    Locator error() {
        return root.locator(".wego-attachments-error");
    }

    Locator emptyState() {
        return root.getByText(text("files.panel.empty.upload"));
    }

    /** A text of the files bundle in this page's language. */
    String text(String key, Object... arguments) {
        String text = texts.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    Page page() {
        return page;
    }
}
