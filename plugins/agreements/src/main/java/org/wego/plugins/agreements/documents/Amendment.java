package org.wego.plugins.agreements.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An amendment of an agreement, a dated record of its own (never a silent edit of the terms).
 *
 * @param date the day the amendment was agreed
 * @param recordedBy the display name of who recorded it
 */
public record Amendment(
        long id,
        long agreementId,
        LocalDate date,
        @Nullable String summaryEn,
        @Nullable String summaryKo,
        String recordedBy,
        LocalDateTime recordedAt) {

    /** The summary in a language: Korean for {@code ko} when there is one, else the other language's. */
    public String summary(Locale locale) {
        boolean korean = "ko".equals(locale.getLanguage());
        String first = korean ? summaryKo : summaryEn;
        String other = korean ? summaryEn : summaryKo;
        return first != null ? first : other == null ? "" : other;
    }
}
