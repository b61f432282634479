package org.wego.plugins.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;

/** What the secretariat enters for a programme; checked by {@link ProgrammeRules#clean}. */
record ProgrammeInput(
        @Nullable String titleEn,
        @Nullable String titleKo,
        @Nullable String descriptionEn,
        @Nullable String descriptionKo,
        @Nullable OrganisationKey partner,
        @Nullable ProgrammeMode mode,
        @Nullable String venue,
        @Nullable String language,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable LocalDate deadline,
        int capacity,
        int quota,
        @Nullable ProgrammeStatus status) {}
