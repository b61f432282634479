package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * Organisation documents as a member city uses them: Hanoi uploads a document on its own page, is told
 * in its language why a too-large file and a file that is not what its name says are refused, and
 * Nairobi, another member city, neither sees nor downloads Hanoi's documents.
 */
@BrowserTest
class DocumentsIT {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aMemberCityUploadsOnItsOwnPageAndAnotherCityCannotSeeOrDownloadIt(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage shell = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        DocumentsPage documents = DocumentsPage.open(page, platform, "vn-hanoi", Locale.ENGLISH);
        assertThat(documents.emptyState()).isVisible();

        documents.upload("Hanoi statutes 2026.pdf", "application/pdf", PDF);
        assertThat(documents.file("Hanoi statutes 2026.pdf")).isVisible();
        String download = documents.file("Hanoi statutes 2026.pdf").getAttribute("href");
        assertThat(download).matches("files/\\d+");
        assertThat(page.request().get(platform.url(download)).status()).isEqualTo(200);

        documents.upload("too-large.pdf", "application/pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1));
        assertThat(documents.error()).hasText(documents.text("files.rejected.too-large", "10 MB"));
        documents.error().scrollIntoViewIfNeeded();
        Screenshots.save(page, "documents-too-large-hanoi-en");

        // Named like a PDF, but it is a script: the content decides.
        documents.upload(
                "minutes.pdf", "application/pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(documents.error())
                .hasText(documents.text("files.rejected.wrong-type", "PDF, PNG, JPEG, DOCX, XLSX"));
        assertThat(documents.file("minutes.pdf")).hasCount(0);
        documents.error().scrollIntoViewIfNeeded();
        Screenshots.save(page, "documents-wrong-type-hanoi-en");

        shell.switchLanguage(Locale.KOREAN);
        DocumentsPage korean = DocumentsPage.shownIn(page, Locale.KOREAN);
        assertThat(korean.file("Hanoi statutes 2026.pdf")).isVisible();
        korean.upload("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(korean.error()).hasText(korean.text("files.rejected.wrong-type", "PDF, PNG, JPEG, DOCX, XLSX"));
        korean.error().scrollIntoViewIfNeeded();
        Screenshots.save(page, "documents-wrong-type-hanoi-ko");
        ShellPage.shownIn(page, PlatformTexts.in(Locale.KOREAN))
                .switchLanguage(Locale.ENGLISH)
                .signOut()
                .signIn(DemoUser.named("nairobi.demo"));

        page.navigate(platform.url("organisation/vn-hanoi"));
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName("Hanoi")))
                .isVisible();
        assertThat(page.locator("#logos")).isVisible();
        assertThat(DocumentsPage.isShown(page))
                .as("another city sees no documents part")
                .isFalse();
        assertThat(page.getByText("Hanoi statutes 2026.pdf")).hasCount(0);
        assertThat(page.request().get(platform.url(download)).status())
                .as("another city's download")
                .isEqualTo(404);
        Screenshots.save(page, "documents-hidden-nairobi-en");
    }
}
