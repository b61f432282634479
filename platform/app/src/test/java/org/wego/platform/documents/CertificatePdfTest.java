package org.wego.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.CertificateSheet;
import org.wego.plugin.api.CertificateSheet.Line;

/** The platform's certificate PDF drawn in memory and read back with PDFBox's text extraction, in both languages. */
class CertificatePdfTest {

    private final CertificatePdf pdf = new CertificatePdf("https://wego.example.org/");

    @Test
    void anEnglishSheetPrintsItsLinesTheIssueDateTheCodeAndTheVerifyAddress() throws Exception {
        var sheet = new CertificateSheet(
                Locale.ENGLISH,
                "Certificate of Completion",
                List.of(
                        Line.text("This is to certify that"),
                        Line.recipient("Amina Diallo"),
                        Line.detail("City of Dakar"),
                        Line.subject("Smart City Data Governance")),
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Certificate of Completion")
                    .contains("This is to certify that")
                    .contains("Amina Diallo")
                    .contains("City of Dakar")
                    .contains("Smart City Data Governance")
                    .contains("Issued on March 15, 2027 by the WeGO Secretariat")
                    .contains("Verification code: 7K2M-Q9XD-4HRT")
                    .contains("Verify this document at https://wego.example.org/verify?code=7K2M-Q9XD-4HRT");
            assertThat(embeddedFont(document)).contains("NanumGothic").doesNotContain("missing");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Certificate of Completion — Amina Diallo");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void markupIsPrintedLiterally() throws Exception {
        var sheet = new CertificateSheet(
                Locale.ENGLISH,
                "<h1>Certificate</h1>",
                List.of(
                        Line.recipient("O'Neil \"JJ\" <b>Smith</b>"),
                        Line.subject("<script>alert(1)</script>"),
                        Line.detail("Seoul -- Smart City Week; update & more")),
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("<h1>Certificate</h1>")
                    .contains("O'Neil \"JJ\" <b>Smith</b>")
                    .contains("<script>alert(1)</script>")
                    .contains("Seoul -- Smart City Week; update & more");
        }
    }

    @Test
    void aKoreanSheetHasKoreanLabelsAndTheFontEmbeddedAsASubset() throws Exception {
        var sheet = new CertificateSheet(
                Locale.KOREAN,
                "수료증",
                List.of(
                        Line.text("성명"),
                        Line.recipient("김민지"),
                        Line.detail("서울특별시"),
                        Line.text("위 사람은 다음 연수 프로그램을 수료하였음을 증명합니다"),
                        Line.subject("스마트시티 데이터 거버넌스 연수")),
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        byte[] bytes = pdf.render(sheet);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("수료증")
                    .contains("김민지")
                    .contains("서울특별시")
                    .contains("위 사람은 다음 연수 프로그램을 수료하였음을 증명합니다")
                    .contains("스마트시티 데이터 거버넌스 연수")
                    .contains("발급일: 2027년 3월 15일")
                    .contains("확인 코드: 7K2M-Q9XD-4HRT")
                    .contains("문서 진위 확인: https://wego.example.org/verify?code=7K2M-Q9XD-4HRT")
                    .doesNotContain("Verification code");
            assertThat(embeddedFont(document)).contains("NanumGothic");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ko");
        }
        assertThat(bytes.length)
                .as("the font is embedded as a subset, not whole")
                .isLessThan(400_000);
    }

    @Test
    void aLongLineWrapsAndCharactersTheFontLacksDoNotBreakTheCertificate() throws Exception {
        var sheet = new CertificateSheet(
                Locale.ENGLISH,
                "Certificate",
                List.of(
                        Line.recipient("Nguyễn Thị Ánh 🎓"),
                        Line.subject("Urban resilience ".repeat(12).strip())),
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .as("accented letters the font lacks print as their base letters, an emoji as ?")
                    .contains("Nguyen Thi Anh ?")
                    .contains("Urban resilience Urban resilience");
            assertThat(text.lines().filter(l -> l.contains("Urban resilience")).count())
                    .isGreaterThan(1);
        }
    }

    @Test
    void aSheetWithoutAValidCodeIsRefused() {
        var sheet =
                new CertificateSheet(Locale.ENGLISH, "Certificate", List.of(), LocalDate.of(2027, 3, 15), "NOT-A-CODE");
        assertThatThrownBy(() -> pdf.render(sheet))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOT-A-CODE");
    }

    private static String embeddedFont(PDDocument document) throws Exception {
        var page = document.getPage(0);
        var names = new StringBuilder();
        for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            names.append(font.getName()).append(font.isEmbedded() ? " embedded " : " missing ");
        }
        return names.toString();
    }
}
