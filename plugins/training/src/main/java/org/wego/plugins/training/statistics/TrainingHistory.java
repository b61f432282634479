package org.wego.plugins.training.statistics;

import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;

/**
 * A total reported before the platform (table {@code training_history}), e.g. the January 2023
 * overview's "1,183 officials from 40+ cities with the Seoul HRD institute, NIA, the World Bank and the
 * Chengdu office": kept as reported, as an aggregate, never as invented people. A year or a partner is
 * filled only when the source gives it.
 *
 * @param id its id
 * @param labelEn what was reported and where, in English
 * @param labelKo the same in Korean
 * @param year the year the figure is for, if the source gives one
 * @param partner the partner it is for, if the source gives one
 * @param officials officials trained, as reported
 * @param cities cities reached, as reported
 * @param citiesAtLeast whether the cities were reported as "N or more" ("40+")
 * @param reportedIn the month of the report (the overview of 2023-01), or {@code null} when unknown:
 *     labelled "reported, 2023-01" or "reported, before the platform" ({@code HistoryRows})
 */
record TrainingHistory(
        long id,
        String labelEn,
        String labelKo,
        @Nullable Integer year,
        @Nullable OrganisationKey partner,
        long officials,
        long cities,
        boolean citiesAtLeast,
        @Nullable YearMonth reportedIn) {

    String label(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? labelKo : labelEn;
    }
}
