package org.wego.plugins.events.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugins.events.register.Events;
import org.wego.plugins.events.register.WegoRole;

/** The statistics of the register for every signed-in user, and their CSV file. */
@Component
class EventStatistics {

    /** The month of the overview whose per-year counts are shown as history rows. */
    static final YearMonth REPORTED_IN = YearMonth.of(2023, 1);

    private final Events events;
    private final PluginContext platform;

    EventStatistics(Events events, PluginContext platform) {
        this.events = events;
        this.platform = platform;
    }

    EventFigures figures() {
        return EventFigures.of(events.countsByYearAndRole(), EventFigures.REPORTED_2023_01);
    }

    /**
     * The per-year table as a CSV file in a language: a row of counted events per year (by role), and after
     * it the reported count as a row of its own, labelled as every plugin labels reported figures.
     */
    byte[] csv(Locale locale) {
        Messages messages = platform.messages(locale);
        EventFigures figures = figures();
        var headers =
                new ArrayList<String>(List.of("events.statistics.column.year", "events.statistics.column.source"));
        for (WegoRole role : WegoRole.values()) {
            headers.add("events.role." + role.name());
        }
        headers.add("events.not-recorded");
        headers.add("events.statistics.column.events");
        CsvTable table = platform.csv().create(messages).header(headers);
        String counted = messages.get("events.statistics.counted");
        String reported = HistoryRows.label(messages, REPORTED_IN);
        for (EventFigures.Year year : figures.years()) {
            var row = new ArrayList<Object>(List.of(year.year(), counted));
            for (WegoRole role : WegoRole.values()) {
                row.add(year.byRole().get(role));
            }
            row.add(year.notRecorded());
            row.add(year.counted());
            table.row(row);
            if (year.reported() != null) {
                var history = new ArrayList<Object>(List.of(year.year(), reported));
                for (int i = 0; i <= WegoRole.values().length; i++) {
                    history.add("");
                }
                history.add(year.reported());
                table.row(history);
            }
        }
        return table.bytes();
    }
}
