package org.wego.plugins.membership.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The membership statistics, numbers only (no private data), labelled in one language: what
 * {@link MembershipStatistics#statistics} returns and the REST endpoint {@code
 * /api/v1/members/statistics} serialises as JSON. "Members" are cities, companies and institutions
 * whose status is member today (a suspended or former member does not count). Every figure computed
 * from the registry stands beside the reported one of January 2023, where the document has one.
 *
 * @param asOf the day the figures were computed
 * @param reportedLabel the label of the reported figures: "reported, 2023-01"
 * @param continents the columns of {@link #byTypeAndContinent}, in order; a last column {@code NONE}
 *     appears only when some member has no continent recorded
 * @param byTypeAndContinent members by type and continent: computed rows (city, institution,
 *     company, all), then the reported rows, the reported totals summed from them and the totals row
 *     as the document prints it
 * @param capitals cities that are national capitals and the other cities
 * @param regionalOffices members per regional office, and those served by the secretariat directly
 *     (no regional office); nothing reported to compare with
 * @param growth members by the year they joined since 2010 and the running total, with the
 *     documented points (50 in 2010, 213 in 2023-01)
 * @param applications membership applications by status, or {@code null} while no applications
 *     feature provides them ({@link ApplicationCounts})
 */
public record Statistics(
        LocalDate asOf,
        String reportedLabel,
        List<Column> continents,
        List<TypeRow> byTypeAndContinent,
        List<Figure> capitals,
        List<Figure> regionalOffices,
        List<GrowthPoint> growth,
        @Nullable List<Figure> applications) {

    /** Where a row's numbers come from. */
    public enum Source {
        /** Counted from the registry today. */
        COMPUTED,
        /** As the January 2023 overview reports it. */
        REPORTED,
        /** The overview's totals row as printed, which does not add up to its own rows. */
        REPORTED_PRINTED
    }

    /**
     * A column of the type-by-continent table.
     *
     * @param key the continent's name ({@code ASIA}, ...) or {@code NONE}
     * @param label its label in the requested language
     */
    public record Column(String key, String label) {}

    /**
     * One row of members by type and continent.
     *
     * @param key the type ({@code CITY}, {@code INSTITUTION}, {@code COMPANY}) or {@code ALL}
     * @param label the row's label, naming the source for reported rows
     * @param source computed or reported
     * @param total the row's total
     * @param byContinent the counts in the order of {@link Statistics#continents}
     */
    public record TypeRow(String key, String label, Source source, long total, List<Long> byContinent) {

        public TypeRow {
            byContinent = List.copyOf(byContinent);
        }
    }

    /**
     * One figure computed beside the reported one.
     *
     * @param key a stable key (e.g. {@code capitals}, a regional office's key, an application status)
     * @param label its label in the requested language
     * @param computed counted from the records
     * @param reported as reported in January 2023, or {@code null} when the document has no figure
     * @param difference computed minus reported, or {@code null} without a reported figure
     */
    public record Figure(
            String key,
            String label,
            long computed,
            @Nullable Long reported,
            @Nullable Long difference) {

        /** A figure with its difference worked out. */
        static Figure of(String key, String label, long computed, @Nullable Long reported) {
            return new Figure(key, label, computed, reported, reported == null ? null : computed - reported);
        }
    }

    /**
     * One point of the growth since 2010.
     *
     * @param period a year ({@code 2015}) or {@code 2023-01}, the point of the overview: the members
     *     with no join date recorded (the seeded ones) joined before it
     * @param label the period's label in the requested language
     * @param joined members who joined in the period (for {@code 2023-01}: those without a recorded date)
     * @param cumulative members at the period's end, or {@code null} while it cannot be known (before
     *     2023, when members without a recorded join date exist)
     * @param reported the documented figure (50 for 2010, 213 for 2023-01), or {@code null}
     * @param reportedLabel the documented figure's label ("reported, 2010"), or {@code null}
     */
    public record GrowthPoint(
            String period,
            String label,
            long joined,
            @Nullable Long cumulative,
            @Nullable Long reported,
            @Nullable String reportedLabel) {}
}
