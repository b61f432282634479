package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;

/** A stored programme. */
public record Programme(
        long id,
        String titleEn,
        String titleKo,
        @Nullable String descriptionEn,
        @Nullable String descriptionKo,
        OrganisationKey partner,
        ProgrammeMode mode,
        String venue,
        String language,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate deadline,
        int capacity,
        int quota,
        ProgrammeStatus status,
        String updatedBy,
        LocalDateTime updatedAt,
        long version,
        Eligibility eligibility) {

    /** A programme open to every member. */
    public Programme(
            long id,
            String titleEn,
            String titleKo,
            @Nullable String descriptionEn,
            @Nullable String descriptionKo,
            OrganisationKey partner,
            ProgrammeMode mode,
            String venue,
            String language,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate deadline,
            int capacity,
            int quota,
            ProgrammeStatus status,
            String updatedBy,
            LocalDateTime updatedAt,
            long version) {
        this(
                id,
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                partner,
                mode,
                venue,
                language,
                startDate,
                endDate,
                deadline,
                capacity,
                quota,
                status,
                updatedBy,
                updatedAt,
                version,
                Eligibility.ALL);
    }

    /** The title in the language of the locale (Korean for {@code ko}, English otherwise). */
    public String title(java.util.Locale locale) {
        return "ko".equals(locale.getLanguage()) ? titleKo : titleEn;
    }
}
