package org.wego.plugins.training.certificates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.wego.plugin.api.Messages;

/**
 * Draws a certificate as a one-page A4 landscape PDF with PDFBox, every text from the plugin's
 * bundles in the certificate's language and NanumGothic embedded (subset) so Korean shows and can be
 * copied or searched. The font comes from the plugin jar ({@value #FONT}), put there by the build from
 * a pinned, checksummed npm package (see the plugin's pom).
 */
final class CertificatePdf {

    static final String FONT = "/fonts/NanumGothic_400Regular.ttf";

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 60;

    private CertificatePdf() {}

    /** The font's bytes, read from the jar once (2 MB; a zip of a whole programme draws hundreds of certificates). */
    private static final class FontFile {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("The Korean font " + FONT + " is missing from the training plugin");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The PDF of one certificate. */
    static byte[] render(CertificateContent content, Messages messages) {
        try (var document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(FontFile.BYTES));
            var page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(messages.get("training.certificate.pdf.title") + " — " + content.traineeName());
            info.setCreator("WeGO");
            document.getDocumentCatalog().setLanguage(content.language().toLanguageTag());
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(content.language());
            try (var page0 = new PDPageContentStream(document, page)) {
                page0.setLineWidth(2);
                page0.addRect(30, 30, WIDTH - 60, HEIGHT - 60);
                page0.stroke();
                page0.setLineWidth(0.5f);
                page0.addRect(38, 38, WIDTH - 76, HEIGHT - 76);
                page0.stroke();
                float y = HEIGHT - 110;
                y = centred(page0, font, 30, y, messages.get("training.certificate.pdf.title"));
                y -= 22;
                y = centred(page0, font, 14, y, messages.get("training.certificate.pdf.certifies"));
                y -= 12;
                y = centred(page0, font, 26, y, content.traineeName());
                y = centred(page0, font, 14, y, content.organisation());
                y -= 14;
                y = centred(page0, font, 14, y, messages.get("training.certificate.pdf.completed"));
                y -= 6;
                y = centred(page0, font, 18, y, content.programmeTitle());
                y = centred(
                        page0,
                        font,
                        12,
                        y,
                        messages.get(
                                "training.certificate.pdf.dates",
                                dates.format(content.start()),
                                dates.format(content.end()),
                                content.partner()));
                float bottom = 120;
                bottom = left(
                        page0,
                        font,
                        11,
                        bottom,
                        messages.get("training.certificate.pdf.issued", dates.format(content.issued())));
                bottom = left(
                        page0,
                        font,
                        11,
                        bottom,
                        messages.get("training.certificate.pdf.code", Certificates.grouped(content.code())));
                left(
                        page0,
                        font,
                        10,
                        bottom,
                        messages.get("training.certificate.pdf.verify", content.verificationAddress()));
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the certificate", e);
        }
    }

    /** Writes the text centred (wrapped to the page width) and returns the next line's baseline. */
    private static float centred(PDPageContentStream page, PDType0Font font, float size, float y, String text)
            throws IOException {
        float next = y;
        for (String line : lines(font, size, printable(font, text), WIDTH - 2 * MARGIN)) {
            float width = font.getStringWidth(line) / 1000 * size;
            show(page, font, size, (WIDTH - width) / 2, next, line);
            next -= size * 1.45f;
        }
        return next;
    }

    private static float left(PDPageContentStream page, PDType0Font font, float size, float y, String text)
            throws IOException {
        show(page, font, size, MARGIN, y, printable(font, text));
        return y - size * 1.6f;
    }

    private static void show(PDPageContentStream page, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    /** Splits at spaces (or anywhere, for long words and Korean without spaces) so lines fit. */
    static List<String> lines(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String grown = line.toString() + Character.toString(cp);
                if (!line.isEmpty() && width(font, size, grown) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text with characters the font lacks (NanumGothic covers Korean, Latin and common symbols)
     * shown as "?" rather than failing the whole certificate.
     */
    static String printable(PDType0Font font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.isISOControl(cp) ? " " : Character.toString(cp);
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
