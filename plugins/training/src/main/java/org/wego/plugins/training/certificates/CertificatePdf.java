package org.wego.plugins.training.certificates;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.wego.plugin.api.CertificateSheet;
import org.wego.plugin.api.CertificateSheet.Line;
import org.wego.plugin.api.Messages;

/**
 * What a training certificate says, as the sheet the platform draws as a PDF
 * ({@link org.wego.plugin.api.VerifiableDocuments#certificatePdf}): every text from the plugin's bundles
 * in the certificate's language. The platform adds the issue date, the code and the verification
 * address at the foot, with its font and layout.
 */
final class CertificatePdf {

    private CertificatePdf() {}

    /** The sheet of one certificate. */
    static CertificateSheet sheet(CertificateContent content, Messages messages) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(content.language());
        return new CertificateSheet(
                content.language(),
                messages.get("training.certificate.pdf.title"),
                List.of(
                        Line.text(messages.get("training.certificate.pdf.certifies")),
                        Line.recipient(content.traineeName()),
                        Line.detail(content.organisation()),
                        Line.text(messages.get("training.certificate.pdf.completed")),
                        Line.subject(content.programmeTitle()),
                        Line.detail(messages.get(
                                "training.certificate.pdf.dates",
                                dates.format(content.start()),
                                dates.format(content.end()),
                                content.partner()))),
                content.issued(),
                content.code());
    }
}
