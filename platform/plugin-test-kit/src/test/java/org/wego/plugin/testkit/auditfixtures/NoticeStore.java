package org.wego.plugin.testkit.auditfixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The rows of the notices: package-private helpers that write and leave the audit to their callers. */
class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Called only by an audited method: passes. */
    void insert(long id, String title) {
        jdbc.sql("INSERT INTO notice (id, title) VALUES (:id, :title)")
                .param("id", id)
                .param("title", title)
                .update();
    }

    /** Called by an audited method and by an unaudited one: fails, on the unaudited one's way. */
    void update(long id, String title) {
        jdbc.sql("UPDATE notice SET title = :title WHERE id = :id")
                .param("id", id)
                .param("title", title)
                .update();
    }

    /** Called by a job task that forgets the audit: fails. */
    void delete(long id) {
        jdbc.sql("DELETE FROM notice WHERE id = :id").param("id", id).update();
    }

    String title(long id) {
        return jdbc.sql("SELECT title FROM notice WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
