package org.wego.plugins.training.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Messages;
import org.wego.plugin.testkit.UnitTestContext;

/**
 * Training's certificate sheet drawn by the platform's renderer (through the test kit's in-memory
 * documents) and read back with PDFBox's text extraction, in both languages.
 */
class CertificatePdfTest {

    private static byte[] render(CertificateContent content, Messages messages) {
        return UnitTestContext.of("training", null, (user, permission) -> false)
                .documents()
                .certificatePdf(CertificatePdf.sheet(content, messages));
    }

    @Test
    void anEnglishCertificateSaysWhoCompletedWhatWhenAndHowToVerifyIt() throws Exception {
        var content = new CertificateContent(
                Locale.ENGLISH,
                "Amina Diallo",
                "City of Dakar",
                "Smart City Data Governance",
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12),
                "Seoul Human Resources Development Center",
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        byte[] pdf = render(content, messages(Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Certificate of Completion")
                    .contains("Amina Diallo")
                    .contains("City of Dakar")
                    .contains("has completed the training programme")
                    .contains("Smart City Data Governance")
                    .contains("held from March 8, 2027 to March 12, 2027 with Seoul Human Resources Development Center")
                    .contains("Issued on March 15, 2027")
                    .contains("Verification code: 7K2M-Q9XD-4HRT")
                    .contains("http://localhost:8080/verify?code=7K2M-Q9XD-4HRT");
            assertThat(embeddedFont(document)).contains("NanumGothic");
        }
    }

    @Test
    void markupInATitleOrNameIsPrintedLiterally() throws Exception {
        var content = new CertificateContent(
                Locale.ENGLISH,
                "O'Neil \"JJ\" <b>Smith</b>",
                "City of Dakar",
                "<script>alert(1)</script>",
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12),
                "Seoul -- Smart City Week; update",
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        try (PDDocument document = Loader.loadPDF(render(content, messages(Locale.ENGLISH)))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("<script>alert(1)</script>")
                    .contains("O'Neil \"JJ\" <b>Smith</b>")
                    .contains("Seoul -- Smart City Week; update");
        }
    }

    @Test
    void aKoreanCertificateIsInKoreanWithTheFontEmbedded() throws Exception {
        var content = new CertificateContent(
                Locale.KOREAN,
                "김민지",
                "서울특별시",
                "스마트시티 데이터 거버넌스 연수",
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12),
                "서울시 인재개발원",
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        byte[] pdf = render(content, messages(Locale.KOREAN));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("수료증")
                    .contains("김민지")
                    .contains("서울특별시")
                    .contains("위 사람은 다음 연수 프로그램을 수료하였음을 증명합니다")
                    .contains("스마트시티 데이터 거버넌스 연수")
                    .contains("2027년 3월 8일")
                    .contains("서울시 인재개발원")
                    .contains("발급일: 2027년 3월 15일")
                    .contains("확인 코드: 7K2M-Q9XD-4HRT")
                    .doesNotContain("Certificate of Completion");
            assertThat(embeddedFont(document)).contains("NanumGothic");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ko");
        }
        assertThat(pdf.length).as("the font is embedded as a subset, not whole").isLessThan(400_000);
    }

    @Test
    void aLongTitleWrapsAndACharacterTheFontLacksDoesNotBreakTheCertificate() throws Exception {
        var content = new CertificateContent(
                Locale.ENGLISH,
                "Nguyễn Thị Ánh 🎓",
                "Hanoi",
                "Urban resilience ".repeat(12).strip(),
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12),
                "NIA",
                LocalDate.of(2027, 3, 15),
                "7K2MQ9XD4HRT");
        try (PDDocument document = Loader.loadPDF(render(content, messages(Locale.ENGLISH)))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nguy").contains("Urban resilience Urban resilience");
            assertThat(text.lines().filter(l -> l.contains("Urban resilience")).count())
                    .isGreaterThan(1);
        }
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

    /** The plugin's bundle, as the platform's messages would give it. */
    static Messages messages(Locale locale) throws Exception {
        ResourceBundle bundle;
        try (var in = CertificatePdfTest.class.getResourceAsStream(
                "/i18n/training_" + locale.getLanguage() + ".properties")) {
            bundle = new PropertyResourceBundle(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new Messages() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String get(String key, Object... arguments) {
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            }
        };
    }
}
