package org.wego.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
