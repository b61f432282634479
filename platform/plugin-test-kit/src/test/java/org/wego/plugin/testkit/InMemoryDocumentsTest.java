package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.CertificateSheet;
import org.wego.plugin.api.DocumentFacts;
import org.wego.plugin.api.VerifiableDocuments;

/** The test kit's in-memory verifiable documents keep the platform's rules and draw real certificates. */
class InMemoryDocumentsTest {

    private static final DocumentFacts FACTS = new DocumentFacts(
            "Certificate of completion", "수료증", "Kim Minji", "Data governance", "데이터 거버넌스", LocalDate.of(2027, 3, 15));

    private final VerifiableDocuments documents =
            UnitTestContext.of("sample", null, (user, permission) -> false).documents();

    @Test
    void anIssuedCodeVerifiesAsTypedAndStaysTheDocumentsCode() {
        String code = documents.issue("sample.certificate", "7", FACTS);

        assertThat(code).hasSize(12);
        assertThat(documents.issue("sample.certificate", "7", FACTS)).isEqualTo(code);
        String typed =
                (code.substring(0, 4) + "-" + code.substring(4, 8) + " " + code.substring(8)).toLowerCase(Locale.ROOT);
        var found = documents.verify(typed).orElseThrow();
        assertThat(found.valid()).isTrue();
        assertThat(found.kind()).isEqualTo("sample.certificate");
        assertThat(found.facts()).isEqualTo(FACTS);
        assertThat(documents.verify("0000-0000-0000")).isEmpty();
        assertThat(documents.verify("not a code")).isEmpty();
    }

    @Test
    void anAdoptedCodeStaysAndARevokedOneSaysWhy() {
        assertThat(documents.adopt("sample.certificate", "8", "7k2m-q9xd-4hrt", FACTS))
                .isEqualTo("7K2MQ9XD4HRT");
        assertThatThrownBy(() -> documents.adopt("sample.certificate", "9", "7K2MQ9XD4HRT", FACTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.adopt("sample.certificate", "8", "0000-0000-0000", FACTS))
                .isInstanceOf(IllegalArgumentException.class);

        documents.revoke("sample.certificate", "8", " issued in error ");

        var found = documents.verify("7K2MQ9XD4HRT").orElseThrow();
        assertThat(found.valid()).isFalse();
        assertThat(found.revokedReason()).isEqualTo("issued in error");
        assertThatThrownBy(() -> documents.revoke("sample.certificate", "9", "x"))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void kindsAreThePluginsOwnAsOnThePlatform() {
        assertThatThrownBy(() -> documents.issue("training.certificate", "7", FACTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample.{kind}");
    }

    @Test
    void aCertificateIsTheRealPdfWithTheCodeAndVerifyAddress() throws Exception {
        String code = documents.issue("sample.certificate", "7", FACTS);
        var sheet = new CertificateSheet(
                Locale.KOREAN, "수료증", List.of(CertificateSheet.Line.recipient("김민지")), LocalDate.of(2027, 3, 15), code);

        try (var pdf = Loader.loadPDF(documents.certificatePdf(sheet))) {
            String grouped = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("수료증")
                    .contains("김민지")
                    .contains("확인 코드: " + grouped)
                    .contains("http://localhost:8080/verify?code=" + grouped);
        }
    }
}
