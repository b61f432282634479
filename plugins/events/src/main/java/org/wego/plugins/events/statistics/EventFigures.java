package org.wego.plugins.events.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wego.plugins.events.register.WegoRole;

/**
 * Events per year, counted from the register by WeGO's role, beside the count the overview of January
 * 2023 reported for the year. The two are never added up: the register holds only the events the overview
 * named (and those recorded since), the report counted them all.
 */
record EventFigures(List<Year> years, Map<WegoRole, Long> byRole, long roleNotRecorded, long total) {

    /** Events the overview of January 2023 reported per year (2016–2022); the named ones are in the register. */
    static final Map<Integer, Long> REPORTED_2023_01 =
            Map.of(2016, 5L, 2017, 3L, 2018, 10L, 2019, 6L, 2020, 6L, 2021, 11L, 2022, 10L);

    /**
     * One year: the register's events by role ({@code notRecorded} without one), their total, and the
     * reported count ({@code null} for a year the overview does not cover).
     */
    record Year(
            int year,
            Map<WegoRole, Long> byRole,
            long notRecorded,
            long counted,
            @Nullable Long reported) {}

    /** From the register's counts by year and role (a {@code null} role: not recorded). */
    static EventFigures of(Map<Integer, Map<@Nullable WegoRole, Long>> counted, Map<Integer, Long> reported) {
        var years = new TreeSet<Integer>();
        years.addAll(counted.keySet());
        years.addAll(reported.keySet());
        var rows = new ArrayList<Year>();
        var byRole = new EnumMap<WegoRole, Long>(WegoRole.class);
        long notRecorded = 0;
        long total = 0;
        for (int year : years) {
            Map<@Nullable WegoRole, Long> ofYear = counted.getOrDefault(year, Map.of());
            var roles = new EnumMap<WegoRole, Long>(WegoRole.class);
            for (WegoRole role : WegoRole.values()) {
                long n = ofYear.getOrDefault(role, 0L);
                roles.put(role, n);
                byRole.merge(role, n, Long::sum);
            }
            long none = 0;
            long sum = 0;
            for (var entry : ofYear.entrySet()) { // a null key (role not recorded): no Map.get(null) on immutable maps
                none += entry.getKey() == null ? entry.getValue() : 0;
                sum += entry.getValue();
            }
            notRecorded += none;
            total += sum;
            rows.add(new Year(year, roles, none, sum, reported.get(year)));
        }
        return new EventFigures(List.copyOf(rows), byRole, notRecorded, total);
    }
}
