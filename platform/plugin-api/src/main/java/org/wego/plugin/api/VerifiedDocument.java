package org.wego.plugin.api;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A document found by its code.
 *
 * @param code the code, without separators
 * @param kind the kind of document, {@code {pluginId}.{kind}}
 * @param facts what it says
 * @param revokedReason why it was revoked, or {@code null} while it is valid
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record VerifiedDocument(
        String code,
        String kind,
        DocumentFacts facts,
        @Nullable String revokedReason) {

    /** Whether it still stands. */
    public boolean valid() {
        return revokedReason == null;
    }

    /** The code as people see it: {@code XXXX-XXXX-XXXX}. */
    public String grouped() {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** The title in a language (Korean or English). */
    public String title(Locale language) {
        return "ko".equals(language.getLanguage()) ? facts.titleKo() : facts.titleEn();
    }

    /** The kind in a language (Korean or English). */
    public String kindLabel(Locale language) {
        return "ko".equals(language.getLanguage()) ? facts.kindKo() : facts.kindEn();
    }
}
