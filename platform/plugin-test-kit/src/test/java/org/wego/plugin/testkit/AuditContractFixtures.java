package org.wego.plugin.testkit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.NotAudited;

/** Plugin-like services the audit contract must judge right. */
final class AuditContractFixtures {

    private AuditContractFixtures() {}

    static final class Audited {
        private final JdbcClient jdbc;
        private final AuditLog audit;

        Audited(JdbcClient jdbc, AuditLog audit) {
            this.jdbc = jdbc;
            this.audit = audit;
        }

        public void rename(long id, String name) {
            write(id, name);
            audit.record("x", Long.toString(id), null, name);
        }

        private void write(long id, String name) {
            jdbc.sql("UPDATE x SET name = :name WHERE id = :id")
                    .param("name", name)
                    .param("id", id)
                    .update();
        }

        public String read(long id) {
            return jdbc.sql("SELECT name FROM x WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
        }

        @NotAudited("a view counter, not a change anyone decides")
        public void countView(long id) {
            jdbc.sql("UPDATE x SET views = views + 1 WHERE id = :id")
                    .param("id", id)
                    .update();
        }
    }

    static final class Forgetful {
        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;

        Forgetful(JdbcClient jdbc, TransactionTemplate transactions) {
            this.jdbc = jdbc;
            this.transactions = transactions;
        }

        public void delete(long id) {
            jdbc.sql("DELETE FROM x WHERE id = :id").param("id", id).update();
        }

        public void deleteInATransaction(long id) {
            transactions.executeWithoutResult(status ->
                    jdbc.sql("DELETE FROM x WHERE id = :id").param("id", id).update());
        }
    }
}
