package org.wego.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.FileType;

/** The content decides the type, never the name. */
class FileSnifferTest {

    @TempDir
    Path dir;

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws IOException {
        assertThat(FileSniffer.sniff(write("a.bin", TestFiles.pdf()))).contains(FileType.PDF);
        assertThat(FileSniffer.sniff(write("b.bin", TestFiles.png()))).contains(FileType.PNG);
        assertThat(FileSniffer.sniff(write("c.bin", TestFiles.jpeg()))).contains(FileType.JPEG);
        assertThat(FileSniffer.sniff(write("d.bin", TestFiles.docx()))).contains(FileType.DOCX);
        assertThat(FileSniffer.sniff(write("e.bin", TestFiles.xlsx()))).contains(FileType.XLSX);
    }

    @Test
    void aNameThatLiesDoesNotMakeATypeAndUnknownContentHasNone() throws IOException {
        assertThat(FileSniffer.sniff(write("script.pdf", TestFiles.text()))).isEmpty();
        assertThat(FileSniffer.sniff(write("archive.docx", TestFiles.plainZip())))
                .as("a zip without the Office parts")
                .isEmpty();
        assertThat(FileSniffer.sniff(write("broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})))
                .as("a zip header without a zip")
                .isEmpty();
        assertThat(FileSniffer.sniff(write("short.png", new byte[] {(byte) 0x89, 'P'})))
                .isEmpty();
        assertThat(FileSniffer.sniff(write("empty.pdf", new byte[0]))).isEmpty();
    }

    @Test
    void anOfficeFileThatInflatesFarBeyondItsSizeIsRefused() throws IOException {
        // 64 MB of spaces in a workbook of about 64 KB: within the 256 MB cap, a ratio of a thousand.
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        assertThatThrownBy(() -> FileSniffer.sniff(write("bomb.xlsx", out.toByteArray())))
                .isInstanceOfSatisfying(
                        AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentRejectedException.Reason.UNSAFE_ARCHIVE));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
