package org.wego.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.FileType;

/** Names are safe to show, log and send back, and their extension matches the content. */
class FileNamesTest {

    @Test
    void keepsAnOrdinaryNameInAnyScript() {
        assertThat(FileNames.clean("MOU Hanoi 2026.pdf", FileType.PDF)).contains("MOU Hanoi 2026.pdf");
        assertThat(FileNames.clean("하노이 협약서.PDF", FileType.PDF)).contains("하노이 협약서.pdf");
        assertThat(FileNames.clean("photo.jpeg", FileType.JPEG)).contains("photo.jpeg");
    }

    @Test
    void dropsFoldersControlAndMarkupCharacters() {
        assertThat(FileNames.clean("../../etc/passwd.pdf", FileType.PDF)).contains("passwd.pdf");
        assertThat(FileNames.clean("C:\\Users\\minji\\report.docx", FileType.DOCX))
                .contains("report.docx");
        assertThat(FileNames.clean("<script>alert(1)</script>.png", FileType.PNG))
                .contains("script.png");
        assertThat(FileNames.clean("a\u0000b\r\nc\u202Egpj.pdf", FileType.PDF)).contains("ab cgpj.pdf");
        assertThat(FileNames.clean("x'; DROP TABLE platform_attachment;--.pdf", FileType.PDF))
                .contains("x' DROP TABLE platform_attachment--.pdf");
        assertThat(FileNames.clean("...hidden.pdf", FileType.PDF)).contains("hidden.pdf");
    }

    @Test
    void givesTheExtensionOfTheContent() {
        assertThat(FileNames.clean("invoice.exe", FileType.PDF)).contains("invoice.exe.pdf");
        assertThat(FileNames.clean("scan", FileType.JPEG)).contains("scan.jpg");
    }

    @Test
    void refusesNamesWithNothingLeftAndShortensLongOnes() {
        assertThat(FileNames.clean("", FileType.PDF)).isEmpty();
        assertThat(FileNames.clean("<>|*?.pdf", FileType.PDF)).isEmpty();
        assertThat(FileNames.clean("folder/", FileType.PDF)).isEmpty();
        String longName = "가".repeat(500) + ".pdf";
        assertThat(FileNames.clean(longName, FileType.PDF))
                .get()
                .satisfies(
                        name -> assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf"));
    }
}
