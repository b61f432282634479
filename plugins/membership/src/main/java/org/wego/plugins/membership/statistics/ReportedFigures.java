package org.wego.plugins.membership.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.OrganisationType;

/**
 * The figures WeGO's January 2023 overview reports (DOMAIN.md, "Members (January 2023)"), in one
 * place. They are shown beside the figures computed from the registry, labelled with the plugin
 * kit's one wording for reported figures ({@code HistoryRows}: "reported, 2023-01"), and never used
 * to compute anything: the document's printed totals row disagrees with its own rows.
 */
final class ReportedFigures {

    /** The month of the overview, which labels its figures: "reported, 2023-01". */
    static final YearMonth MONTH = YearMonth.of(2023, 1);

    /** Members by type, per continent in {@link Continent} order (Asia, Africa, Europe, Americas, Middle East, Oceania). */
    static final Map<OrganisationType, List<Long>> BY_TYPE = Map.of(
            OrganisationType.CITY, List.of(72L, 48L, 16L, 14L, 8L, 2L),
            OrganisationType.INSTITUTION, List.of(8L, 8L, 2L, 0L, 0L, 0L),
            OrganisationType.COMPANY, List.of(29L, 1L, 5L, 0L, 0L, 0L));

    /** The totals per type the document prints (city 160, institution 18, company 35). */
    static final Map<OrganisationType, Long> TYPE_TOTALS =
            Map.of(OrganisationType.CITY, 160L, OrganisationType.INSTITUTION, 18L, OrganisationType.COMPANY, 35L);

    /** The totals row as printed in the document, per continent: it does not match the rows above it. */
    static final List<Long> PRINTED_TOTALS = List.of(108L, 56L, 26L, 13L, 8L, 2L);

    /** All members, January 2023. */
    static final long TOTAL = 213;

    /** Capital cities, as reported. */
    static final long CAPITALS = 42;

    /** Other cities, as reported. */
    static final long OTHER_CITIES = 118;

    /** The documented growth points: 50 members in 2010. */
    static final long MEMBERS_2010 = 50;

    /** The year of the first documented growth point. */
    static final int FIRST_YEAR = 2010;

    /** The year of the overview: its members joined "before 2023-01" when no date is recorded. */
    static final int OVERVIEW_YEAR = 2023;

    private ReportedFigures() {}
}
