package org.wego.plugin.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wego.platform.documents.CertificatePdf;
import org.wego.platform.documents.VerificationCodes;
import org.wego.plugin.api.CertificateSheet;
import org.wego.plugin.api.DocumentFacts;
import org.wego.plugin.api.VerifiableDocuments;
import org.wego.plugin.api.VerifiedDocument;

/**
 * The verifiable documents of a {@link UnitTestContext}, kept in memory with the platform's rules: kinds
 * named after the plugin, one code per document, the platform's code form and forgiving verification,
 * revocation that stays. Certificates are drawn by the platform's real renderer: it is pure (no database,
 * no network, only the font on the classpath), so a unit test can read back the very PDF users get.
 */
final class InMemoryDocuments implements VerifiableDocuments {

    /** The address printed on certificates: a platform on its default port ({@code wego.base-url}). */
    static final String BASE_URL = "http://localhost:8080";

    private final String pluginId;
    private final Map<String, Entry> byCode = new LinkedHashMap<>();
    private final CertificatePdf certificates = new CertificatePdf(BASE_URL);

    InMemoryDocuments(String pluginId) {
        this.pluginId = pluginId;
    }

    private record Entry(
            String kind,
            String documentId,
            DocumentFacts facts,
            @Nullable String revokedReason) {}

    @Override
    public synchronized String issue(String kind, String documentId, DocumentFacts facts) {
        return put(own(kind), documentId, null, facts);
    }

    @Override
    public synchronized String adopt(String kind, String documentId, String code, DocumentFacts facts) {
        String given = VerificationCodes.normalised(code)
                .orElseThrow(() -> new IllegalArgumentException("Not a verification code: " + code));
        return put(own(kind), documentId, given, facts);
    }

    @Override
    public synchronized Optional<VerifiedDocument> verify(String typedCode) {
        return VerificationCodes.normalised(typedCode)
                .flatMap(code -> Optional.ofNullable(byCode.get(code))
                        .map(e -> new VerifiedDocument(code, e.kind(), e.facts(), e.revokedReason())));
    }

    @Override
    public synchronized void revoke(String kind, String documentId, String reason) {
        String code = codeOf(own(kind), documentId)
                .orElseThrow(() -> new NoSuchElementException("no document " + kind + " " + documentId));
        Entry entry = byCode.get(code);
        String why = reason.strip().isEmpty() ? "-" : reason.strip();
        byCode.put(code, new Entry(entry.kind(), entry.documentId(), entry.facts(), why));
    }

    @Override
    public byte[] certificatePdf(CertificateSheet sheet) {
        return certificates.render(sheet);
    }

    private String put(String kind, String documentId, @Nullable String code, DocumentFacts facts) {
        Optional<String> existing = codeOf(kind, documentId);
        if (existing.isPresent()) {
            if (code != null && !code.equals(existing.get())) {
                throw new IllegalArgumentException(kind + " " + documentId + " already has another code");
            }
            Entry entry = byCode.get(existing.get());
            byCode.put(existing.get(), new Entry(kind, documentId, facts, entry.revokedReason()));
            return existing.get();
        }
        if (code != null && byCode.containsKey(code)) {
            throw new IllegalArgumentException("The code " + code + " belongs to another document");
        }
        String issued = code != null ? code : VerificationCodes.generate();
        byCode.put(issued, new Entry(kind, documentId, facts, null));
        return issued;
    }

    private Optional<String> codeOf(String kind, String documentId) {
        return byCode.entrySet().stream()
                .filter(e -> e.getValue().kind().equals(kind)
                        && e.getValue().documentId().equals(documentId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private String own(String kind) {
        if (!Objects.requireNonNull(kind).startsWith(pluginId + ".") || kind.length() > 100) {
            throw new IllegalArgumentException("Document kind '" + kind + "' must be named " + pluginId + ".{kind}");
        }
        return kind;
    }
}
