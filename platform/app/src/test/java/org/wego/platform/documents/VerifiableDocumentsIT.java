package org.wego.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.plugin.api.CertificateSheet;
import org.wego.plugin.api.DocumentFacts;
import org.wego.plugin.api.VerifiableDocuments;

/**
 * Codes issued once per document, adopted from before, verified publicly, revoked; audited; certificates
 * drawn with the platform's verify address.
 */
@SpringBootTest(classes = WegoApplication.class)
class VerifiableDocumentsIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, VerifiableDocumentsIT.class);
    }

    @Autowired
    DocumentRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${wego.base-url}")
    String baseUrl;

    private static final DocumentFacts FACTS = new DocumentFacts(
            "Certificate of completion",
            "수료증",
            "Nguyễn Văn <b>An</b>",
            "Smart Mobility, 2–6 March 2027",
            "스마트 모빌리티, 2027년 3월 2–6일",
            LocalDate.of(2027, 3, 6));

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM platform_verifiable_document WHERE kind LIKE 'docs-it.%'")
                .update();
    }

    @Test
    void aDocumentHasOneCodeVerifiableByAnyoneUntilRevoked() {
        VerifiableDocuments documents = registry.forPlugin("docs-it");
        String code = documents.issue("docs-it.certificate", "42", FACTS);

        assertThat(documents.issue("docs-it.certificate", "42", FACTS))
                .as("the same ever after")
                .isEqualTo(code);
        var found = registry.verify(code.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + code.substring(4, 8) + " "
                        + code.substring(8))
                .orElseThrow();
        assertThat(found.valid()).isTrue();
        assertThat(found.facts().holder()).as("stored as given, shown as text").isEqualTo("Nguyễn Văn <b>An</b>");
        assertThat(found.title(Locale.KOREAN)).isEqualTo("스마트 모빌리티, 2027년 3월 2–6일");
        assertThat(registry.verify("0000-0000-0000")).isEmpty();

        documents.revoke("docs-it.certificate", "42", "issued in error");
        assertThat(registry.verify(code).orElseThrow().revokedReason()).isEqualTo("issued in error");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = :e AND entity_id = :id")
                        .param("e", DocumentRegistry.AUDIT_ENTITY)
                        .param("id", "docs-it.certificate/42")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aCertificateOfAnIssuedCodePrintsThePlatformsVerifyAddress() throws Exception {
        VerifiableDocuments documents = registry.forPlugin("docs-it");
        String code = documents.issue("docs-it.certificate", "43", FACTS);
        String grouped = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);

        byte[] pdf = documents.certificatePdf(new CertificateSheet(
                Locale.ENGLISH,
                "Certificate of Completion",
                List.of(CertificateSheet.Line.recipient(FACTS.holder())),
                FACTS.issuedOn(),
                code));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .as("markup literally; accents NanumGothic lacks dropped, not ?")
                    .contains("Nguyen Van <b>An</b>")
                    .contains("Verification code: " + grouped)
                    .contains(baseUrl.replaceAll("/+$", "") + "/verify?code=" + grouped);
        }
    }

    @Test
    void aCodeIssuedBeforeIsAdoptedAndStaysValid() {
        VerifiableDocuments documents = registry.forPlugin("docs-it");
        assertThat(documents.adopt("docs-it.certificate", "7", "7K2M-Q9XD-4HRT", FACTS))
                .isEqualTo("7K2MQ9XD4HRT");
        assertThat(documents.adopt("docs-it.certificate", "7", "7K2MQ9XD4HRT", FACTS))
                .isEqualTo("7K2MQ9XD4HRT");
        assertThat(registry.verify("7K2M-Q9XD-4HRT")).isPresent();
        assertThatThrownBy(() -> documents.adopt("docs-it.certificate", "7", "AAAA-AAAA-AAAA", FACTS))
                .hasMessageContaining("another code");
        assertThatThrownBy(() -> documents.issue("training.certificate", "7", FACTS))
                .as("only its own kinds")
                .hasMessageContaining("docs-it.{kind}");
    }
}
