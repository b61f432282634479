package org.wego.plugins.training.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;

/**
 * The training statistics for every signed-in role: aggregate figures only (counts of officials and
 * cities; no names, e-mails or genders), computed from the programmes each time ({@link
 * TrainedOfficials} says what counts) beside the totals reported before the platform ({@code
 * training_history}). The page {@code training/statistics} shows them and exports them as CSV.
 */
@Component
@Transactional(readOnly = true)
class TrainingStatistics {

    private final PluginContext platform;
    private final JdbcClient jdbc;

    TrainingStatistics(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The statistics as of today, labelled in a language; for signed-in users only. */
    TrainingFigures statistics(Locale locale) {
        platform.requireUser();
        return TrainingStatisticsCalculator.compute(
                TrainedOfficials.all(jdbc),
                platform.organisations()::byKey,
                history(),
                LocalDate.now(platform.clock()),
                platform.messages(locale));
    }

    /** The statistics as one CSV file (UTF-8 with a BOM), headers in the language. */
    String csv(Locale locale) {
        return TrainingStatisticsCsv.write(statistics(locale), platform.messages(locale), platform.csv());
    }

    /** The totals reported before the platform, oldest first. */
    List<TrainingHistory> history() {
        return jdbc.sql("SELECT * FROM training_history ORDER BY id")
                .query((rs, row) -> {
                    int year = rs.getInt("period_year");
                    Integer yearOrNull = rs.wasNull() ? null : year;
                    String partner = rs.getString("partner_key");
                    java.sql.Date month = rs.getDate("reported_month");
                    return new TrainingHistory(
                            rs.getLong("id"),
                            rs.getString("label_en"),
                            rs.getString("label_ko"),
                            yearOrNull,
                            partner == null ? null : OrganisationKey.of(partner),
                            rs.getLong("officials"),
                            rs.getLong("cities"),
                            rs.getBoolean("cities_at_least"),
                            month == null ? null : YearMonth.from(month.toLocalDate()));
                })
                .list();
    }
}
