package org.wego.plugin.testkit.auditfixtures;

import org.springframework.jdbc.core.JdbcTemplate;

/** Writes through {@code JdbcTemplate}; reached through {@link Retention} by an audited and an unaudited caller. */
class DatabaseRetention implements Retention {

    private final JdbcTemplate jdbc;

    DatabaseRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purge(long id) {
        jdbc.update("DELETE FROM notice_archive WHERE notice_id = ?", id);
    }
}
