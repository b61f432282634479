package org.wego.plugins.membership.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.membership.statistics.Statistics.Column;
import org.wego.plugins.membership.statistics.Statistics.Figure;
import org.wego.plugins.membership.statistics.Statistics.GrowthPoint;
import org.wego.plugins.membership.statistics.Statistics.Source;
import org.wego.plugins.membership.statistics.Statistics.TypeRow;

/**
 * Works the statistics out of registry records, without I/O: members are cities, companies and
 * institutions whose status is member; the reported figures of {@link ReportedFigures} stand beside,
 * labelled as every plugin labels reported figures ({@link HistoryRows}).
 */
final class StatisticsCalculator {

    /** The rows of the type-by-continent table, in the document's order. */
    static final List<OrganisationType> TYPES =
            List.of(OrganisationType.CITY, OrganisationType.INSTITUTION, OrganisationType.COMPANY);

    static final String NO_CONTINENT = "NONE";
    static final String ALL = "ALL";
    static final String OVERVIEW_PERIOD = ReportedFigures.MONTH.toString();

    private StatisticsCalculator() {}

    /**
     * The statistics of these records.
     *
     * @param registry every organisation (members, regional offices and the rest)
     * @param joinDates the recorded join date of the organisations that have one
     * @param today the day of the figures: the growth runs up to its year
     * @param messages the labels' language
     * @param applications applications by status, or {@code null} without an applications feature
     */
    static Statistics compute(
            Collection<Organisation> registry,
            Map<OrganisationKey, LocalDate> joinDates,
            LocalDate today,
            Messages messages,
            @Nullable List<ApplicationCounts.Count> applications) {
        List<Organisation> members = registry.stream()
                .filter(o -> o.type().isMemberType() && o.status() == MembershipStatus.MEMBER)
                .toList();
        boolean unknownContinent = members.stream().anyMatch(o -> o.continent() == null);
        var columns = new ArrayList<Column>();
        for (Continent c : Continent.values()) {
            columns.add(new Column(c.name(), messages.get("continent." + c.name())));
        }
        if (unknownContinent) {
            columns.add(new Column(NO_CONTINENT, messages.get("membership.statistics.continent.none")));
        }
        String reported = HistoryRows.label(messages, ReportedFigures.MONTH);
        return new Statistics(
                today,
                reported,
                columns,
                byTypeAndContinent(members, unknownContinent, messages, reported),
                capitals(members, messages),
                regionalOffices(registry, members, messages),
                growth(members, joinDates, today, messages, reported),
                applications == null
                        ? null
                        : applications.stream()
                                .map(a -> Figure.of(a.status(), a.label(), a.count(), null))
                                .toList());
    }

    private static List<TypeRow> byTypeAndContinent(
            List<Organisation> members, boolean unknownContinent, Messages messages, String reportedLabel) {
        var rows = new ArrayList<TypeRow>();
        long[] all = new long[Continent.values().length + 1];
        for (OrganisationType type : TYPES) {
            long[] counts = new long[Continent.values().length + 1];
            for (Organisation o : members) {
                if (o.type() == type) {
                    int column = o.continent() == null
                            ? Continent.values().length
                            : o.continent().ordinal();
                    counts[column]++;
                    all[column]++;
                }
            }
            rows.add(row(type.name(), typeLabel(type, messages), Source.COMPUTED, counts, unknownContinent));
        }
        rows.add(row(ALL, messages.get("membership.statistics.all"), Source.COMPUTED, all, unknownContinent));
        long[] summed = new long[Continent.values().length + 1];
        for (OrganisationType type : TYPES) {
            List<Long> reported = ReportedFigures.BY_TYPE.get(type);
            long[] counts = new long[Continent.values().length + 1];
            for (int i = 0; i < reported.size(); i++) {
                counts[i] = reported.get(i);
                summed[i] += reported.get(i);
            }
            rows.add(row(
                    type.name(),
                    messages.get("membership.statistics.row.reported", typeLabel(type, messages), reportedLabel),
                    Source.REPORTED,
                    counts,
                    unknownContinent));
        }
        rows.add(row(
                ALL,
                messages.get("membership.statistics.row.summed", reportedLabel),
                Source.REPORTED,
                summed,
                unknownContinent));
        long[] printed = new long[Continent.values().length + 1];
        for (int i = 0; i < ReportedFigures.PRINTED_TOTALS.size(); i++) {
            printed[i] = ReportedFigures.PRINTED_TOTALS.get(i);
        }
        rows.add(row(
                ALL,
                messages.get("membership.statistics.row.printed", reportedLabel),
                Source.REPORTED_PRINTED,
                printed,
                unknownContinent));
        return rows;
    }

    private static TypeRow row(String key, String label, Source source, long[] counts, boolean unknownContinent) {
        int width = unknownContinent ? counts.length : counts.length - 1;
        List<Long> cells = Arrays.stream(counts).limit(width).boxed().toList();
        return new TypeRow(key, label, source, Arrays.stream(counts).sum(), cells);
    }

    private static List<Figure> capitals(List<Organisation> members, Messages messages) {
        long capitals = members.stream()
                .filter(o -> o.type() == OrganisationType.CITY && o.capital())
                .count();
        long others = members.stream()
                .filter(o -> o.type() == OrganisationType.CITY && !o.capital())
                .count();
        return List.of(
                Figure.of(
                        "capitals", messages.get("membership.statistics.capitals"), capitals, ReportedFigures.CAPITALS),
                Figure.of(
                        "other-cities",
                        messages.get("membership.statistics.other-cities"),
                        others,
                        ReportedFigures.OTHER_CITIES));
    }

    private static List<Figure> regionalOffices(
            Collection<Organisation> registry, List<Organisation> members, Messages messages) {
        var figures = new ArrayList<Figure>();
        registry.stream()
                .filter(o -> o.type() == OrganisationType.REGIONAL_OFFICE)
                .sorted((a, b) -> a.nameEn().compareTo(b.nameEn()))
                .forEach(office -> figures.add(Figure.of(
                        office.key().value(),
                        office.name(messages.locale()),
                        members.stream()
                                .filter(m -> office.key().equals(m.regionalOffice()))
                                .count(),
                        null)));
        figures.add(Figure.of(
                "secretariat",
                messages.get("membership.statistics.secretariat"),
                members.stream().filter(m -> m.regionalOffice() == null).count(),
                null));
        return figures;
    }

    private static List<GrowthPoint> growth(
            List<Organisation> members,
            Map<OrganisationKey, LocalDate> joinDates,
            LocalDate today,
            Messages messages,
            String reportedLabel) {
        List<LocalDate> dated = members.stream()
                .map(m -> joinDates.get(m.key()))
                .filter(Objects::nonNull)
                .toList();
        long undated = members.size() - dated.size();
        int first = Math.min(
                ReportedFigures.FIRST_YEAR,
                dated.stream().mapToInt(LocalDate::getYear).min().orElse(ReportedFigures.FIRST_YEAR));
        int last = Math.max(today.getYear(), ReportedFigures.OVERVIEW_YEAR);
        var points = new ArrayList<GrowthPoint>();
        for (int year = first; year <= last; year++) {
            if (year == ReportedFigures.OVERVIEW_YEAR) {
                long before = dated.stream()
                        .filter(d -> d.getYear() < ReportedFigures.OVERVIEW_YEAR)
                        .count();
                points.add(new GrowthPoint(
                        OVERVIEW_PERIOD,
                        messages.get("membership.statistics.growth.overview"),
                        undated,
                        undated + before,
                        ReportedFigures.TOTAL,
                        reportedLabel));
            }
            int y = year;
            long joined = dated.stream().filter(d -> d.getYear() == y).count();
            long upTo = dated.stream().filter(d -> d.getYear() <= y).count();
            Long cumulative = null; // unknown before the overview while undated members exist
            if (year >= ReportedFigures.OVERVIEW_YEAR) {
                cumulative = undated + upTo;
            } else if (undated == 0) {
                cumulative = upTo;
            }
            boolean documented = year == ReportedFigures.FIRST_YEAR;
            points.add(new GrowthPoint(
                    Integer.toString(year),
                    Integer.toString(year),
                    joined,
                    cumulative,
                    documented ? ReportedFigures.MEMBERS_2010 : null,
                    // The kit's wording with a year: the document dates this point by its year only.
                    documented ? messages.get(HistoryRows.REPORTED_IN_KEY, Integer.toString(year)) : null));
        }
        return points;
    }

    private static String typeLabel(OrganisationType type, Messages messages) {
        return messages.get("organisation.type." + type.name());
    }
}
