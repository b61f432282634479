package org.wego.plugins.agreements.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.agreements.register.AgreementKind;

/**
 * The statistics of the register for every signed-in user: aggregates of the signed agreements only (no
 * title, no party is named), so they show every role the same figures; and their CSV file.
 */
@Component
class AgreementStatistics {

    /** The month of the overview whose per-year counts are shown as history rows. */
    static final YearMonth REPORTED_IN = YearMonth.of(2023, 1);

    private final PluginContext platform;
    private final JdbcClient jdbc;

    AgreementStatistics(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The signed agreements (signed, in effect, expired, terminated or renewed), counted. */
    @Transactional(readOnly = true)
    AgreementFigures figures() {
        platform.requireUser();
        Map<OrganisationKey, PartnerKind> kinds = platform.organisations().partnerKinds();
        var agreements = new LinkedHashMap<Long, AgreementFigures.Counted>();
        jdbc.sql("""
                        SELECT a.id, a.kind, a.signed_year, p.organisation_key, o.type, o.continent
                        FROM agreements_agreement a
                        LEFT JOIN agreements_party p ON p.agreement_id = a.id
                        LEFT JOIN %s o ON o.org_key = p.organisation_key
                        WHERE a.stage IN ('SIGNED', 'TERMINATED', 'RENEWED') AND a.signed_year IS NOT NULL
                        ORDER BY a.id, p.position""".formatted(OrganisationDirectory.PUBLIC_VIEW)).query(rs -> {
            long id = rs.getLong("id");
            var kind = AgreementKind.valueOf(rs.getString("kind"));
            int year = rs.getInt("signed_year");
            var agreement = agreements.computeIfAbsent(
                    id, k -> new AgreementFigures.Counted(id, kind, year, new ArrayList<>()));
            String type = rs.getString("type");
            if (type != null) { // a party no longer in the registry counts as not recorded
                String continent = rs.getString("continent");
                agreement
                        .parties()
                        .add(new AgreementFigures.Party(
                                Counterpart.of(
                                        OrganisationType.valueOf(type),
                                        kinds.get(OrganisationKey.of(rs.getString("organisation_key")))),
                                continent == null ? null : Continent.valueOf(continent)));
            }
        });
        return AgreementFigures.of(List.copyOf(agreements.values()), AgreementFigures.REPORTED_2023_01);
    }

    /**
     * The figures as a CSV file in a language: per year a row of counted agreements by kind and, after it, the
     * reported count as a row of its own, labelled as every plugin labels reported figures; then the
     * agreements by counterpart type and by continent.
     */
    byte[] csv(Locale locale) {
        Messages messages = platform.messages(locale);
        AgreementFigures figures = figures();
        var headers = new ArrayList<String>(List.of(
                "agreements.stats.column.group", "agreements.stats.column.row", "agreements.stats.column.source"));
        for (AgreementKind kind : AgreementKind.values()) {
            headers.add("agreements.kind." + kind.name());
        }
        headers.add("agreements.stats.column.agreements");
        CsvTable table = platform.csv().create(messages).header(headers);
        String counted = messages.get("agreements.stats.counted");
        String reported = HistoryRows.label(messages, REPORTED_IN);
        String perYear = messages.get("agreements.stats.per-year");
        int blanks = AgreementKind.values().length;
        for (AgreementFigures.Year year : figures.years()) {
            var row = new ArrayList<Object>(List.of(perYear, year.year(), counted));
            for (AgreementKind kind : AgreementKind.values()) {
                row.add(year.byKind().get(kind));
            }
            row.add(year.counted());
            table.row(row);
            if (year.reported() != null) {
                table.row(only(perYear, year.year(), reported, blanks, year.reported()));
            }
        }
        String byType = messages.get("agreements.stats.by-counterpart");
        for (Counterpart type : Counterpart.values()) {
            table.row(only(
                    byType,
                    messages.get("agreements.stats.counterpart." + type.name()),
                    counted,
                    blanks,
                    figures.byCounterpart().get(type)));
        }
        table.row(only(
                byType, messages.get("agreements.not-recorded"), counted, blanks, figures.counterpartNotRecorded()));
        String byContinent = messages.get("agreements.stats.by-continent");
        for (Continent continent : Continent.values()) {
            table.row(only(
                    byContinent,
                    messages.get("continent." + continent.name()),
                    counted,
                    blanks,
                    figures.byContinent().get(continent)));
        }
        table.row(only(
                byContinent, messages.get("agreements.not-recorded"), counted, blanks, figures.continentNotRecorded()));
        return table.bytes();
    }

    private static List<Object> only(String group, Object label, String source, int blanks, Object total) {
        var row = new ArrayList<Object>(List.of(group, label, source));
        for (int i = 0; i < blanks; i++) {
            row.add("");
        }
        row.add(total);
        return row;
    }
}
