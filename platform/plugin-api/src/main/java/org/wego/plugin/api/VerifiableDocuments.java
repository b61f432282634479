package org.wego.plugin.api;

import java.util.Optional;

/**
 * Codes that let anyone check a document the platform issued (a certificate, an attendance record)
 * on the platform's public page {@code verify?code=...}, without signing in. The platform keeps the
 * facts the page shows, so a code stays verifiable while the issuing plugin is stopped. Codes are 12
 * characters of Crockford's base32 (60 random bits), shown as {@code XXXX-XXXX-XXXX}; the public page
 * is rate limited as every public route.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface VerifiableDocuments {

    /**
     * The code of a document of this plugin: a new one the first time, the same ever after (the facts
     * are updated); recorded in the audit trail when new.
     *
     * @param kind the kind of document, {@code {pluginId}.{kind}}, e.g. {@code training.certificate}
     * @param documentId the document's id within the plugin
     * @param facts what the public page shows about it
     * @return the code, without separators
     */
    String issue(String kind, String documentId, DocumentFacts facts);

    /**
     * Takes over a code issued before this service existed (a migration): the same code stays valid.
     *
     * @throws IllegalArgumentException if the code is malformed or belongs to another document
     */
    String adopt(String kind, String documentId, String code, DocumentFacts facts);

    /** What the public page shows for what someone typed (dashes, spaces, O for 0 forgiven). */
    Optional<VerifiedDocument> verify(String typedCode);

    /** Revokes a document's code (the page then says so, with the reason); audited. */
    void revoke(String kind, String documentId, String reason);

    /**
     * Draws a one-page certificate PDF with the platform's font and layout, the verification code and the
     * address of the public verification page ({@code wego.base-url} + {@code /verify?code=...}) printed at
     * its foot, so plugins need no PDF library or font of their own. Pure drawing: nothing is stored or
     * audited (issue the code first).
     *
     * @param sheet what the certificate says
     * @return the PDF's bytes
     * @throws IllegalArgumentException if the sheet's code is not a verification code
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    byte[] certificatePdf(CertificateSheet sheet);
}
