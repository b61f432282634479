package org.wego.plugin.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A one-page certificate the platform draws as a PDF ({@link VerifiableDocuments#certificatePdf}):
 * A4 landscape, framed, the heading and the lines centred (wrapped to the page), then at the foot the
 * issue date, the verification code and the address of the platform's public verification page, with
 * labels in the sheet's language. The font covers Korean and Latin scripts and is embedded; every text is
 * printed literally (markup is not interpreted); an accented letter the font lacks shows as its base
 * letter, any other character it lacks as {@code ?}.
 *
 * @param language the language of the texts and of the labels at the foot (English or Korean; others get
 *     English labels)
 * @param heading the title at the top, e.g. "Certificate of Completion" or "수료증"
 * @param lines the body, top to bottom
 * @param issuedOn the issue date printed at the foot
 * @param code the document's verification code as {@link VerifiableDocuments#issue} returned it
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public record CertificateSheet(Locale language, String heading, List<Line> lines, LocalDate issuedOn, String code) {

    /** Checks that nothing is missing and keeps an unmodifiable copy of the lines. */
    public CertificateSheet {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(code, "code");
        lines = List.copyOf(lines);
    }

    /**
     * One centred line of the body (long ones wrap).
     *
     * @param emphasis how prominent it is
     * @param text what it says, printed literally
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    public record Line(Emphasis emphasis, String text) {

        /** Checks that nothing is missing. */
        public Line {
            Objects.requireNonNull(emphasis, "emphasis");
            Objects.requireNonNull(text, "text");
        }

        /** A line of ordinary text, e.g. "This is to certify that". */
        public static Line text(String text) {
            return new Line(Emphasis.TEXT, text);
        }

        /** The recipient's name, the largest line. */
        public static Line recipient(String name) {
            return new Line(Emphasis.RECIPIENT, name);
        }

        /** What the certificate is about, e.g. a programme's title. */
        public static Line subject(String subject) {
            return new Line(Emphasis.SUBJECT, subject);
        }

        /** A smaller detail, e.g. dates and place. */
        public static Line detail(String detail) {
            return new Line(Emphasis.DETAIL, detail);
        }
    }

    /** How prominent a line is (its size and the space above it). */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    public enum Emphasis {
        /** Ordinary text. */
        TEXT,
        /** The recipient's name. */
        RECIPIENT,
        /** What the certificate is about. */
        SUBJECT,
        /** A smaller detail. */
        DETAIL
    }
}
