package org.wego.platform.documents;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.audit.AuditTrail;
import org.wego.plugin.api.CertificateSheet;
import org.wego.plugin.api.DocumentFacts;
import org.wego.plugin.api.VerifiableDocuments;
import org.wego.plugin.api.VerifiedDocument;

/**
 * The platform's verifiable documents ({@code platform_verifiable_document}): one code per (kind,
 * document), the facts the public page shows, and revocation, each change audited. Plugins reach it
 * through {@link #forPlugin(String)}, which keeps each to kinds named after it.
 */
@Service
@Transactional
public class DocumentRegistry {

    static final String AUDIT_ENTITY = "platform.verifiable-document";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final CertificatePdf certificates;

    DocumentRegistry(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${wego.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.certificates = new CertificatePdf(baseUrl);
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * The service as one plugin sees it: only kinds {@code {pluginId}.{kind}}; each write in the caller's
     * transaction, or its own (these calls do not pass through this bean's proxy).
     */
    public VerifiableDocuments forPlugin(String pluginId) {
        return new VerifiableDocuments() {
            @Override
            public String issue(String kind, String documentId, DocumentFacts facts) {
                return transactions.execute(
                        status -> DocumentRegistry.this.issue(own(pluginId, kind), documentId, null, facts));
            }

            @Override
            public String adopt(String kind, String documentId, String code, DocumentFacts facts) {
                String given = VerificationCodes.normalised(code)
                        .orElseThrow(() -> new IllegalArgumentException("Not a verification code: " + code));
                return transactions.execute(
                        status -> DocumentRegistry.this.issue(own(pluginId, kind), documentId, given, facts));
            }

            @Override
            public Optional<VerifiedDocument> verify(String typedCode) {
                return DocumentRegistry.this.verify(typedCode);
            }

            @Override
            public void revoke(String kind, String documentId, String reason) {
                transactions.executeWithoutResult(
                        status -> DocumentRegistry.this.revoke(own(pluginId, kind), documentId, reason));
            }

            @Override
            public byte[] certificatePdf(CertificateSheet sheet) {
                return certificates.render(sheet);
            }
        };
    }

    private static String own(String pluginId, String kind) {
        if (!kind.startsWith(pluginId + ".") || kind.length() > 100) {
            throw new IllegalArgumentException("Document kind '" + kind + "' must be named " + pluginId + ".{kind}");
        }
        return kind;
    }

    /** The document's code: the one it has (facts refreshed), else {@code code} or a new one. */
    String issue(String kind, String documentId, @Nullable String code, DocumentFacts facts) {
        Optional<String> existing = codeOf(kind, documentId);
        if (existing.isPresent()) {
            if (code != null && !code.equals(existing.get())) {
                throw new IllegalArgumentException(kind + " " + documentId + " already has another code");
            }
            write(
                    "UPDATE platform_verifiable_document SET kind_en = :kindEn, kind_ko = :kindKo, holder = :holder,"
                            + " title_en = :titleEn, title_ko = :titleKo, issued_on = :issuedOn"
                            + " WHERE kind = :kind AND document_id = :document",
                    kind,
                    documentId,
                    existing.get(),
                    facts);
            return existing.get();
        }
        String issued = code != null ? code : VerificationCodes.generate();
        write(
                "INSERT INTO platform_verifiable_document (code, kind, document_id, kind_en, kind_ko, holder,"
                        + " title_en, title_ko, issued_on, created_at) VALUES (:code, :kind, :document, :kindEn,"
                        + " :kindKo, :holder, :titleEn, :titleKo, :issuedOn, :now)",
                kind,
                documentId,
                issued,
                facts);
        audit.record(AUDIT_ENTITY, kind + "/" + documentId, null, issued);
        return issued;
    }

    private void write(String sql, String kind, String documentId, String code, DocumentFacts facts) {
        jdbc.sql(sql)
                .param("code", code)
                .param("kind", kind)
                .param("document", documentId)
                .param("kindEn", facts.kindEn())
                .param("kindKo", facts.kindKo())
                .param("holder", facts.holder())
                .param("titleEn", facts.titleEn())
                .param("titleKo", facts.titleKo())
                .param("issuedOn", facts.issuedOn())
                .param("now", LocalDateTime.now(clock))
                .update();
    }

    private Optional<String> codeOf(String kind, String documentId) {
        return jdbc.sql("SELECT code FROM platform_verifiable_document WHERE kind = :kind AND document_id = :document")
                .param("kind", kind)
                .param("document", documentId)
                .query(String.class)
                .optional();
    }

    /** The document a typed code names, if any. */
    @Transactional(readOnly = true)
    public Optional<VerifiedDocument> verify(@Nullable String typedCode) {
        return VerificationCodes.normalised(typedCode)
                .flatMap(code -> jdbc.sql("SELECT code, kind, kind_en, kind_ko, holder, title_en, title_ko, issued_on,"
                                + " revoked_reason FROM platform_verifiable_document WHERE code = :code")
                        .param("code", code)
                        .query((rs, row) -> new VerifiedDocument(
                                rs.getString("code"),
                                rs.getString("kind"),
                                new DocumentFacts(
                                        rs.getString("kind_en"),
                                        rs.getString("kind_ko"),
                                        rs.getString("holder"),
                                        rs.getString("title_en"),
                                        rs.getString("title_ko"),
                                        rs.getObject("issued_on", java.time.LocalDate.class)),
                                rs.getString("revoked_reason")))
                        .optional());
    }

    void revoke(String kind, String documentId, String reason) {
        String code = codeOf(kind, documentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("no document " + kind + " " + documentId));
        String why = reason.strip().isEmpty() ? "-" : reason.strip();
        jdbc.sql(
                        "UPDATE platform_verifiable_document SET revoked_reason = :reason, revoked_at = :now WHERE code = :code")
                .param("reason", why.length() > 300 ? why.substring(0, 300) : why)
                .param("now", LocalDateTime.now(clock))
                .param("code", code)
                .update();
        audit.record(AUDIT_ENTITY, kind + "/" + documentId, code, "revoked: " + why);
    }
}
