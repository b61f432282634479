package org.wego.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.wego.plugin.api.CertificateSheet;
import org.wego.plugin.api.CertificateSheet.Emphasis;

/**
 * Draws a {@link CertificateSheet} as a one-page A4 landscape PDF with PDFBox, NanumGothic embedded
 * (subset) so Korean shows and can be copied or searched. The font comes from the platform's jar
 * ({@value #FONT}), put there by the build from a pinned, checksummed npm package (see platform/app's
 * pom). Pure: no database, no network, only the classpath font and the labels of the {@code documents}
 * bundle, so the plugin test kit uses it as is.
 */
public final class CertificatePdf {

    static final String FONT = "/fonts/NanumGothic_400Regular.ttf";

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 60;

    private final String verifyPage;

    /**
     * @param baseUrl the platform's public address ({@code wego.base-url}), for the verification link
     */
    public CertificatePdf(String baseUrl) {
        // The public page's route, as PlatformNavigation registers DocumentVerifyView.
        this.verifyPage = baseUrl.replaceAll("/+$", "") + "/verify";
    }

    /** The font's bytes, read once (2 MB; a zip of a whole programme draws hundreds of certificates). */
    private static final class FontFile {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("The Korean font " + FONT + " is missing from the platform");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The PDF of one certificate.
     *
     * @throws IllegalArgumentException if the sheet's code is not a verification code
     */
    public byte[] render(CertificateSheet sheet) {
        String code = VerificationCodes.normalised(sheet.code())
                .filter(c -> c.equals(sheet.code()))
                .orElseThrow(() -> new IllegalArgumentException("Not a verification code: " + sheet.code()));
        String grouped = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        Locale language = sheet.language();
        var labels = ResourceBundle.getBundle(
                "i18n/documents",
                Locale.KOREAN.getLanguage().equals(language.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        try (var document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(FontFile.BYTES));
            var page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            String recipient = sheet.lines().stream()
                    .filter(l -> l.emphasis() == Emphasis.RECIPIENT)
                    .map(l -> " — " + l.text())
                    .findFirst()
                    .orElse("");
            document.getDocumentInformation().setTitle(sheet.heading() + recipient);
            document.getDocumentInformation().setCreator("WeGO");
            document.getDocumentCatalog().setLanguage(language.toLanguageTag());
            try (var content = new PDPageContentStream(document, page)) {
                content.setLineWidth(2);
                content.addRect(30, 30, WIDTH - 60, HEIGHT - 60);
                content.stroke();
                content.setLineWidth(0.5f);
                content.addRect(38, 38, WIDTH - 76, HEIGHT - 76);
                content.stroke();
                float y = centred(content, font, 30, HEIGHT - 110, sheet.heading()) - 22;
                for (CertificateSheet.Line line : sheet.lines()) {
                    y = switch (line.emphasis()) {
                        case RECIPIENT -> centred(content, font, 26, y - 12, line.text());
                        case SUBJECT -> centred(content, font, 18, y - 6, line.text());
                        case DETAIL -> centred(content, font, 12, y, line.text());
                        case TEXT -> centred(content, font, 14, y - 2, line.text());
                    };
                }
                float bottom = 120;
                bottom = left(
                        content, font, 11, bottom, label(labels, language, "issued", dates.format(sheet.issuedOn())));
                bottom = left(content, font, 11, bottom, label(labels, language, "code", grouped));
                left(content, font, 10, bottom, label(labels, language, "verify", verifyPage + "?code=" + grouped));
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the certificate", e);
        }
    }

    private static String label(ResourceBundle labels, Locale language, String key, String argument) {
        return new MessageFormat(labels.getString("documents.pdf." + key), language).format(new Object[] {argument});
    }

    /** Writes the text centred (wrapped to the page width) and returns the next line's baseline. */
    private static float centred(PDPageContentStream page, PDType0Font font, float size, float y, String text)
            throws IOException {
        float next = y;
        for (String line : lines(font, size, printable(font, text), WIDTH - 2 * MARGIN)) {
            show(page, font, size, (WIDTH - width(font, size, line)) / 2, next, line);
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
    private static List<String> lines(PDType0Font font, float size, String text, float maxWidth) throws IOException {
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
                if (!line.isEmpty() && width(font, size, line + Character.toString(cp)) > maxWidth) {
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
     * The text as the font can print it (NanumGothic covers Korean, Latin-1 and common symbols): a
     * letter it lacks is printed as its base letter with the accents the font has (Vietnamese "ễ" as
     * "e", so "Nguyễn" stays readable as "Nguyen"), anything else it lacks as "?", rather than failing
     * the whole certificate; control characters as spaces.
     */
    private static String printable(PDType0Font font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.isISOControl(cp) ? " " : Character.toString(cp);
            if (inFont(font, c)) {
                out.append(c);
                return;
            }
            String decomposed = Normalizer.normalize(c, Normalizer.Form.NFD);
            if (decomposed.equals(c) || !inFont(font, Character.toString(decomposed.codePointAt(0)))) {
                out.append('?');
                return;
            }
            decomposed
                    .codePoints()
                    .mapToObj(Character::toString)
                    .filter(part -> inFont(font, part))
                    .forEach(out::append);
        });
        return out.toString();
    }

    private static boolean inFont(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
