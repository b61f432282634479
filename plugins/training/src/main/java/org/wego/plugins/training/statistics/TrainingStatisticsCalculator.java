package org.wego.plugins.training.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.training.statistics.TrainedOfficials.Trained;
import org.wego.plugins.training.statistics.TrainingFigures.Row;
import org.wego.plugins.training.statistics.TrainingFigures.Source;

/**
 * Works the training statistics out of the officials trained and the reported history, without I/O.
 * Each table: the computed rows, then each reported total as a row of its own (labelled with the year
 * or partner only when the report gives one), then, when there is history, the two added up.
 */
final class TrainingStatisticsCalculator {

    static final String ALL = "ALL";
    static final String UNKNOWN = "NONE";
    /** The key of the row for cities served by the secretariat directly (no regional office). */
    static final String SECRETARIAT = "SECRETARIAT";

    private TrainingStatisticsCalculator() {}

    /**
     * The statistics.
     *
     * @param trained every official trained on the platform
     * @param registry looks an organisation up by key (partners, trainees' cities, regional offices)
     * @param history the totals reported before the platform
     * @param today the day of the figures
     * @param m the labels' language
     */
    static TrainingFigures compute(
            List<Trained> trained,
            Function<OrganisationKey, Optional<Organisation>> registry,
            List<TrainingHistory> history,
            LocalDate today,
            Messages m) {
        String reported = reportedLabel(history, m);
        Function<OrganisationKey, String> name =
                key -> registry.apply(key).map(o -> o.name(m.locale())).orElse(key.value());

        // Totals: on the platform, each report, together.
        var totals = new ArrayList<Row>();
        totals.add(row(ALL, m.get("training.statistics.row.platform"), Source.COMPUTED, trained));
        for (TrainingHistory h : history) {
            totals.add(reportedRow(h, h.label(m.locale()) + " (" + HistoryRows.label(m, h.reportedIn()) + ")"));
        }
        together(totals, trained, history, m);

        // Per year the programme ended.
        var byYear = grouped(trained, t -> Integer.toString(t.year()), Comparator.naturalOrder(), k -> k);
        for (TrainingHistory h : history) {
            String period = h.year() == null ? m.get("training.statistics.row.undated") : Integer.toString(h.year());
            byYear.add(reportedRow(h, period + " (" + HistoryRows.label(m, h.reportedIn()) + ")"));
        }
        together(byYear, trained, history, m);

        // Per partner, most officials first.
        var byPartner = grouped(trained, t -> t.partner().value(), null, k -> name.apply(OrganisationKey.of(k)));
        for (TrainingHistory h : history) {
            String partner =
                    h.partner() == null ? m.get("training.statistics.row.not-broken-down") : name.apply(h.partner());
            byPartner.add(reportedRow(h, partner + " (" + HistoryRows.label(m, h.reportedIn()) + ")"));
        }
        together(byPartner, trained, history, m);

        // Per continent of the trainee's organisation, in the registry's continent order.
        Map<String, Integer> continentOrder = new LinkedHashMap<>();
        for (Continent c : Continent.values()) {
            continentOrder.put(c.name(), c.ordinal());
        }
        var byContinent = grouped(
                trained,
                t -> registry.apply(t.organisation())
                        .map(Organisation::continent)
                        .map(Continent::name)
                        .orElse(UNKNOWN),
                Comparator.comparing(k -> continentOrder.getOrDefault(k, Integer.MAX_VALUE)),
                k -> UNKNOWN.equals(k) ? m.get("training.statistics.row.unknown") : m.get("continent." + k));
        notBrokenDown(byContinent, history, m);
        together(byContinent, trained, history, m);

        // Per regional office of the trainee's organisation (or the secretariat directly).
        var byOffice = grouped(
                trained,
                t -> registry.apply(t.organisation())
                        .map(Organisation::regionalOffice)
                        .map(OrganisationKey::value)
                        .orElse(SECRETARIAT),
                null,
                k -> SECRETARIAT.equals(k)
                        ? m.get("training.statistics.row.secretariat")
                        : name.apply(OrganisationKey.of(k)));
        notBrokenDown(byOffice, history, m);
        together(byOffice, trained, history, m);

        return new TrainingFigures(today, reported, totals, byYear, byPartner, byContinent, byOffice);
    }

    /**
     * The computed rows of one breakdown: officials and distinct cities per key, ordered by the given
     * order or (none given) most officials first, then by label.
     */
    private static List<Row> grouped(
            List<Trained> trained,
            Function<Trained, String> key,
            @Nullable Comparator<String> order,
            Function<String, String> label) {
        Map<String, List<Trained>> groups =
                trained.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(
                order != null
                        ? order
                        : Comparator.<String>comparingInt(k -> -groups.get(k).size())
                                .thenComparing(label));
        var rows = new ArrayList<Row>();
        for (String k : keys) {
            rows.add(row(k, label.apply(k), Source.COMPUTED, groups.get(k)));
        }
        return rows;
    }

    private static Row row(String key, String label, Source source, List<Trained> trained) {
        return new Row(key, label, source, trained.size(), cities(trained), false);
    }

    private static long cities(List<Trained> trained) {
        Set<OrganisationKey> cities =
                trained.stream().map(Trained::organisation).collect(Collectors.toSet());
        return cities.size();
    }

    private static Row reportedRow(TrainingHistory h, String label) {
        return new Row("history-" + h.id(), label, Source.REPORTED, h.officials(), h.cities(), h.citiesAtLeast());
    }

    /** The reports give no continent or regional office: one row each, saying so. */
    private static void notBrokenDown(List<Row> rows, List<TrainingHistory> history, Messages m) {
        for (TrainingHistory h : history) {
            rows.add(reportedRow(
                    h,
                    m.get("training.statistics.row.not-broken-down") + " (" + HistoryRows.label(m, h.reportedIn())
                            + ")"));
        }
    }

    /**
     * The platform's one wording of reported figures (the chart's legend, the CSV's source): "reported,
     * 2023-01" when every report is of that month, otherwise "reported, before the platform".
     */
    static String reportedLabel(List<TrainingHistory> history, Messages m) {
        Set<Optional<java.time.YearMonth>> months =
                history.stream().map(h -> Optional.ofNullable(h.reportedIn())).collect(Collectors.toSet());
        return HistoryRows.label(
                m, months.size() == 1 ? months.iterator().next().orElse(null) : null);
    }

    /**
     * With history, a last row: officials on the platform and reported added up. Cities are not added
     * (the same city may be counted in both), so the row leaves them out.
     */
    private static void together(List<Row> rows, List<Trained> trained, List<TrainingHistory> history, Messages m) {
        if (history.isEmpty()) {
            return;
        }
        long officials = trained.size()
                + history.stream().mapToLong(TrainingHistory::officials).sum();
        rows.add(new Row(ALL, m.get("training.statistics.row.together"), Source.TOGETHER, officials, null, false));
    }
}
