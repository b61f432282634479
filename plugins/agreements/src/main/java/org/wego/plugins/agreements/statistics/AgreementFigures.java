package org.wego.plugins.agreements.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugins.agreements.register.AgreementKind;

/**
 * Signed agreements counted from the register, per year signed (by kind), by counterpart type and by the
 * counterparties' continent, beside the number the overview of January 2023 reported for a year. The two are
 * never added up: the register holds the agreements the overview named and those recorded since.
 *
 * <p>An agreement with counterparties of two types (or continents) counts once under each, so those tables
 * may add up to more than the agreements; one without a recorded type or continent counts as not recorded.
 */
record AgreementFigures(
        List<Year> years,
        Map<AgreementKind, Long> byKind,
        Map<Counterpart, Long> byCounterpart,
        long counterpartNotRecorded,
        Map<Continent, Long> byContinent,
        long continentNotRecorded,
        long total) {

    /** The agreements the overview of January 2023 reported per year signed (2020's line names four). */
    static final Map<Integer, Long> REPORTED_2023_01 = Map.of(2019, 7L, 2020, 3L, 2021, 3L, 2022, 9L);

    /** One counterparty as counted: its type, and its continent when the registry has one. */
    record Party(Counterpart type, @Nullable Continent continent) {}

    /** One signed agreement as counted. */
    record Counted(long id, AgreementKind kind, int year, List<Party> parties) {}

    /**
     * One year: the register's agreements signed in it by kind, their total, and the reported count ({@code
     * null} for a year the overview does not cover).
     */
    record Year(
            int year,
            Map<AgreementKind, Long> byKind,
            long counted,
            @Nullable Long reported) {}

    static AgreementFigures of(List<Counted> agreements, Map<Integer, Long> reported) {
        var years = new TreeSet<>(reported.keySet());
        var perYear = new TreeMap<Integer, Map<AgreementKind, Long>>();
        var byKind = zeros(AgreementKind.class);
        var byCounterpart = zeros(Counterpart.class);
        var byContinent = zeros(Continent.class);
        long counterpartNone = 0;
        long continentNone = 0;
        for (Counted agreement : agreements) {
            years.add(agreement.year());
            perYear.computeIfAbsent(agreement.year(), y -> zeros(AgreementKind.class))
                    .merge(agreement.kind(), 1L, Long::sum);
            byKind.merge(agreement.kind(), 1L, Long::sum);
            var types = EnumSet.noneOf(Counterpart.class);
            var continents = EnumSet.noneOf(Continent.class);
            boolean continentMissing = agreement.parties().isEmpty();
            for (Party party : agreement.parties()) {
                types.add(party.type());
                if (party.continent() == null) {
                    continentMissing = true;
                } else {
                    continents.add(party.continent());
                }
            }
            types.forEach(type -> byCounterpart.merge(type, 1L, Long::sum));
            continents.forEach(continent -> byContinent.merge(continent, 1L, Long::sum));
            counterpartNone += types.isEmpty() ? 1 : 0;
            continentNone += continentMissing && continents.isEmpty() ? 1 : 0;
        }
        var rows = new ArrayList<Year>();
        for (int year : years) {
            Map<AgreementKind, Long> kinds = perYear.getOrDefault(year, zeros(AgreementKind.class));
            long counted = kinds.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new Year(year, kinds, counted, reported.get(year)));
        }
        return new AgreementFigures(
                List.copyOf(rows),
                byKind,
                byCounterpart,
                counterpartNone,
                byContinent,
                continentNone,
                agreements.size());
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        var map = new EnumMap<E, Long>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0L);
        }
        return map;
    }
}
