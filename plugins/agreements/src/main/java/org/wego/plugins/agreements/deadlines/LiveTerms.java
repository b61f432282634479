package org.wego.plugins.agreements.deadlines;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.PluginContext;
import org.wego.plugins.agreements.register.Status;

/**
 * The terms of every signed agreement not yet past its expiry, read without a signed-in user: for the reminder
 * sweep and the calendar feed, which serve the secretariat (the whole register) outside a user's request.
 */
@Component
@Transactional(readOnly = true)
class LiveTerms {

    private final JdbcClient jdbc;

    LiveTerms(PluginContext platform) {
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The signed agreements expiring on or after {@code from}, each with its expiry. */
    List<Term> from(LocalDate from) {
        return jdbc.sql("""
                        SELECT id, title_en, title_ko, stage, expiry_date, notice_days, officer_id
                        FROM agreements_agreement
                        WHERE stage = 'SIGNED' AND expiry_date IS NOT NULL AND expiry_date >= :from
                        ORDER BY expiry_date, id""")
                .param("from", from)
                .query((rs, n) -> new Term(
                        rs.getLong("id"),
                        rs.getString("title_en"),
                        rs.getString("title_ko"),
                        Status.valueOf(rs.getString("stage")),
                        rs.getObject("expiry_date", LocalDate.class),
                        rs.getObject("notice_days", Integer.class),
                        rs.getString("officer_id")))
                .list();
    }
}
