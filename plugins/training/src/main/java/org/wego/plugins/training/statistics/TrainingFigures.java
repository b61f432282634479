package org.wego.plugins.training.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The training statistics, numbers only (no personal data), labelled in one language: officials
 * trained (see {@link TrainedOfficials} for what counts) and cities reached, in all and per year,
 * partner, continent and regional office. The totals reported before the platform ({@code
 * training_history}) stand as rows of their own, labelled "reported, before the platform", never
 * spread over years, partners or people they were not reported for; a last row adds them up.
 *
 * @param asOf the day the figures were computed
 * @param reportedLabel the label of the reported rows: "reported, before the platform"
 * @param totals on the platform, each reported total, and the two together
 * @param byYear per year the programme ended
 * @param byPartner per partner of the programme
 * @param byContinent per continent of the trainee's organisation
 * @param byRegionalOffice per regional office of the trainee's organisation (or the secretariat directly)
 */
record TrainingFigures(
        LocalDate asOf,
        String reportedLabel,
        List<Row> totals,
        List<Row> byYear,
        List<Row> byPartner,
        List<Row> byContinent,
        List<Row> byRegionalOffice) {

    /** Where a row's numbers come from. */
    enum Source {
        /** Counted from the platform's programmes. */
        COMPUTED,
        /** A total reported before the platform (the history table). */
        REPORTED,
        /** The computed and the reported rows added up. */
        TOGETHER
    }

    /**
     * One row of a table.
     *
     * @param key a stable key: a year, an organisation key, a continent, {@code history-N}, {@code ALL}
     * @param label the row's label in the requested language
     * @param source computed, reported or together
     * @param officials officials trained
     * @param cities cities reached, or {@code null} where they cannot be added up (the same city may be
     *     counted before and on the platform)
     * @param citiesAtLeast whether the cities figure was reported as "N or more" ("40+")
     */
    record Row(
            String key,
            String label,
            Source source,
            long officials,
            @Nullable Long cities,
            boolean citiesAtLeast) {

        /** The cities figure as shown: "40+", "12", or "–". */
        String citiesText() {
            return cities == null ? "–" : cities + (citiesAtLeast ? "+" : "");
        }
    }
}
